// Bảng chỉ tiêu: every indicator of a unit and year; sort, filter, drill down, export, print, provenance.
import { Anchor, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { figureOrigin } from '../../../core/figure-origin';
import { useScorecard, useUnits } from '../../api/queries';
import type { Scorecard } from '../../api/types';
import { href } from '../../app/router';
import { indicatorName, statusLabel } from '../../shared/labels';
import { QueryState } from '../../shared/query-state';
import { childrenOf } from '../../shared/unit-tree';
import { UnitYearPicker, useUnitYear } from '../../shared/unit-year-picker';
import { useNarrow } from '../../shared/use-narrow';
import { FreshnessNote } from './freshness-note';
import { InheritedDrawer } from './inherited-drawer';
import { type FigureFormat, ProvenanceDrawer } from './provenance-drawer';

const NO_FORMAT: FigureFormat = { measure: '', decimals: 0 };

import { LineageNote } from '../lineage/lineage-note';
import { type Filter, filterRows, type ShownFigure, type Sort, sortRows, sourcesIn } from './scorecard.model';
import { ScorecardCards } from './scorecard-cards';
import { ScorecardTable } from './scorecard-table';

export default function ScorecardPage() {
  const { t } = useTranslation();
  const { unitId, year } = useUnitYear();
  const scorecard = useScorecard(unitId, year);
  const exportLink = unitId === null ? undefined : `/api/units/${unitId}/scorecard.xlsx?year=${year}`;
  return (
    <Stack>
      <Title order={2}>{t('scorecard.title')}</Title>
      <UnitYearPicker
        extra={
          <Group gap="xs">
            <Button component="a" href={exportLink} variant="default" download>
              {t('scorecard.export')}
            </Button>
            <Button variant="default" onClick={() => window.print()}>
              {t('scorecard.print')}
            </Button>
          </Group>
        }
      />
      <LineageNote unitId={unitId} />
      <QueryState query={scorecard}>
        {(data) => (
          <>
            <FreshnessNote computedAt={data.computedAt} />
            <ScorecardBody scorecard={data} year={year} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}

function ScorecardBody({ scorecard, year }: { scorecard: Scorecard; year: number }) {
  const { t, i18n } = useTranslation();
  const units = useUnits();
  const [sort, setSort] = useState<Sort>({ key: 'name', direction: 'asc' });
  const [filter, setFilter] = useState<Filter>({ category: null, status: null });
  const [figure, setFigure] = useState<{ figure: ShownFigure; format: FigureFormat } | null>(null);
  const origin = figure && figureOrigin(figure.figure);
  const name = (r: Scorecard['rows'][number]) => indicatorName(r.indicator, i18n.language);
  const rows = sortRows(filterRows(scorecard.rows, filter), sort, name);
  const categories = [...new Set(scorecard.rows.map((r) => r.indicator.category))];
  const statuses = [...new Set(scorecard.rows.map((r) => r.status))];
  const children = childrenOf(units.data ?? [], scorecard.unit.id);
  const sources = sourcesIn(scorecard.rows);
  // A phone gets one card per indicator instead of a table to scroll sideways.
  const narrow = useNarrow();
  const View = narrow ? ScorecardCards : ScorecardTable;

  return (
    <Stack>
      <Text fw={600}>{t('scorecard.heading', { unit: scorecard.unit.name, year })}</Text>
      <Group className="no-print" gap="sm" align="end">
        <Select
          label={t('scorecard.category')}
          data={categories.map((c) => ({ value: c, label: t(`category.${c}`, { defaultValue: c }) }))}
          value={filter.category}
          onChange={(v) => setFilter((f) => ({ ...f, category: v }))}
          placeholder={t('common.all')}
          clearable
          w={220}
        />
        <Select
          label={t('scorecard.status')}
          data={statuses.map((s) => ({ value: s, label: statusLabel(t, s) }))}
          value={filter.status}
          onChange={(v) => setFilter((f) => ({ ...f, status: v }))}
          placeholder={t('common.all')}
          clearable
          w={220}
        />
      </Group>
      <View
        rows={rows}
        sources={sources}
        sort={sort}
        onSort={setSort}
        onFigure={(shown, format) => setFigure({ figure: shown, format })}
      />
      {children.length > 0 && (
        <nav aria-label={t('scorecard.children')} className="no-print">
          <Text fw={600}>{t('scorecard.children')}</Text>
          <Group gap="sm">
            {children.map((c) => (
              <Anchor key={c.id} href={href('/scorecard', { unit: c.id, year })}>
                {c.name}
              </Anchor>
            ))}
          </Group>
        </nav>
      )}
      <ProvenanceDrawer
        observationId={origin?.kind === 'stored' ? origin.observationId : null}
        format={figure?.format ?? NO_FORMAT}
        onClose={() => setFigure(null)}
      />
      <InheritedDrawer
        figure={origin?.kind === 'inherited' && figure ? figure.figure : null}
        format={figure?.format ?? NO_FORMAT}
        onClose={() => setFigure(null)}
      />
    </Stack>
  );
}
