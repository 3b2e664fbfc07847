// Child units side by side: one indicator's figures as bars, and each child's reporting completeness.
import { Anchor, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../core/vi/format';
import { api } from '../../api/client';
import { keys, SCORECARD_FRESH_MS } from '../../api/queries';
import type { Scorecard, ScorecardRow, Unit } from '../../api/types';
import { href } from '../../app/router';
import { indicatorName } from '../../shared/labels';
import { useNearViewport } from '../../shared/use-near-viewport';
import { Chart } from './charts/chart';
import { childrenOption } from './charts/chart-options';
import { completeness } from './overview.model';
import { ChartBox } from './overview-charts';

/** Each child's scorecard, asked for only once the panel comes near the screen (a province has 100 children). */
function useChildScorecards(children: Unit[], year: number, enabled: boolean) {
  return useQueries({
    queries: children.map((c) => ({
      queryKey: keys.scorecard(c.id, year),
      queryFn: () => api<Scorecard>(`/api/units/${c.id}/scorecard?year=${year}`),
      enabled,
      staleTime: SCORECARD_FRESH_MS,
    })),
  });
}

interface Props {
  units: Unit[];
  year: number;
  row: ScorecardRow | null;
}

export function ChildrenPanel({ units: children, year, row }: Props) {
  const { t, i18n } = useTranslation();
  const [ref, near] = useNearViewport<HTMLDivElement>();
  const results = useChildScorecards(children, year, near);
  const bars = useMemo(
    () =>
      children.flatMap((c, i) => {
        const value = results[i]?.data?.rows.find((r) => r.indicator.id === row?.indicator.id)?.actual?.value;
        return typeof value === 'number' ? [{ label: c.name, value }] : [];
      }),
    [children, results, row],
  );
  if (children.length === 0) return null;
  const title = row
    ? t('overview.childrenChart', { indicator: indicatorName(row.indicator, i18n.language) })
    : t('overview.childrenChartNone');
  return (
    <Stack ref={ref}>
      <ChartBox title={title}>
        {bars.length === 0 || !row ? (
          <Text c="dimmed">{t('overview.noChildFigures')}</Text>
        ) : (
          <Chart
            option={childrenOption(bars, row.indicator.measure, row.indicator.decimals)}
            label={title}
            height={Math.max(160, bars.length * 40)}
          />
        )}
      </ChartBox>
      <section aria-labelledby="completeness-title">
        <Title order={3} size="h4" id="completeness-title" mb="xs">
          {t('overview.completeness')}
        </Title>
        <Table.ScrollContainer minWidth={320}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('overview.childUnit')}</Table.Th>
                <Table.Th className="num">{t('overview.reported')}</Table.Th>
                <Table.Th w="40%">{t('overview.progress')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {children.map((c, i) => {
                const data = results[i]?.data;
                const done = data ? completeness(data) : null;
                const share = done && done.expected > 0 ? (done.reported / done.expected) * 100 : 0;
                return (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Anchor href={href('/overview', { unit: c.id, year })}>{c.name}</Anchor>
                    </Table.Td>
                    <Table.Td className="num">
                      {done ? `${formatNumber(done.reported, 0)}/${formatNumber(done.expected, 0)}` : '…'}
                    </Table.Td>
                    <Table.Td>
                      <Progress
                        value={share}
                        color={share >= 100 ? 'green.9' : 'orange.9'}
                        aria-label={c.name}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </section>
    </Stack>
  );
}
