// Tổng quan: a unit's year at a glance, for leaders.
import { Alert, Button, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataYears, useScorecard, useUnits } from '../../api/queries';
import type { Scorecard } from '../../api/types';
import { updateParams } from '../../app/router';
import { QueryState } from '../../shared/query-state';
import { childrenOf } from '../../shared/unit-tree';
import { UnitYearPicker, useUnitYear } from '../../shared/unit-year-picker';
import { LineageNote } from '../lineage/lineage-note';
import { ChecksList } from './checks-list';
import { ChildrenPanel } from './children-panel';
import { IndicatorCard } from './indicator-card';
import { shownRows } from './overview.model';
import { AchievementChart, TrendChart } from './overview-charts';

export default function OverviewPage() {
  const { t } = useTranslation();
  const { unitId, year } = useUnitYear();
  const scorecard = useScorecard(unitId, year);
  return (
    <Stack>
      <Title order={2}>{t('overview.title')}</Title>
      <UnitYearPicker />
      <LineageNote unitId={unitId} />
      <QueryState query={scorecard}>
        {(data) => <OverviewBody scorecard={data} unitId={unitId ?? 0} year={year} />}
      </QueryState>
    </Stack>
  );
}

function OverviewBody({ scorecard, unitId, year }: { scorecard: Scorecard; unitId: number; year: number }) {
  const { t } = useTranslation();
  const units = useUnits();
  const rows = shownRows(scorecard);
  const [picked, setPicked] = useState<number | null>(null);
  const chosen = rows.find((r) => r.indicator.id === picked) ?? rows.find((r) => r.actual) ?? rows[0] ?? null;
  const children = childrenOf(units.data ?? [], unitId);
  const dataYears = useDataYears(unitId);
  // The years that do have data, else the three before.
  const withData = (dataYears.data ?? []).map((y) => y.year).filter((y) => y !== year);
  const others = withData.length > 0 ? withData.slice(0, 3) : [1, 2, 3].map((back) => year - back);

  if (rows.length === 0) {
    return (
      <Alert color="gray" title={t('overview.emptyTitle', { year })}>
        <Group gap="xs" mt="xs">
          {others.map((other) => (
            <Button key={other} size="xs" variant="default" onClick={() => updateParams({ year: other })}>
              {other}
            </Button>
          ))}
        </Group>
      </Alert>
    );
  }
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" aria-label={t('overview.cards')}>
        {rows.map((row) => (
          <IndicatorCard key={row.indicator.id} row={row} />
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <AchievementChart rows={rows} />
        <TrendChart
          rows={rows}
          unitId={unitId}
          year={year}
          indicatorId={chosen?.indicator.id ?? null}
          onIndicator={setPicked}
        />
      </SimpleGrid>
      <ChildrenPanel units={children} year={year} row={chosen} />
      <ChecksList rows={scorecard.rows} />
    </Stack>
  );
}
