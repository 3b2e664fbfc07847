// The overview's charts: achievement against 100%, one indicator's trend beside last year.
import { Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { periodNameWithoutYear } from '../../../core/period-words';
import { useObservations } from '../../api/queries';
import type { ScorecardRow } from '../../api/types';
import { indicatorName } from '../../shared/labels';
import { useLanguage } from '../../shared/use-language';
import { useNearViewport } from '../../shared/use-near-viewport';
import { Chart } from './charts/chart';
import { achievementOption, trendOption } from './charts/chart-options';
import { achievementBars, trendSeries } from './overview.model';

export function ChartBox({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export function AchievementChart({ rows }: { rows: ScorecardRow[] }) {
  const { t, i18n } = useTranslation();
  const bars = achievementBars(rows, (r) => indicatorName(r.indicator, i18n.language));
  const option = useMemo(() => achievementOption(bars, t('overview.target100')), [bars, t]);
  return (
    <ChartBox title={t('overview.achievementChart')}>
      {bars.length === 0 ? (
        <Text c="dimmed">{t('overview.noAchievement')}</Text>
      ) : (
        <Chart
          option={option}
          label={t('overview.achievementChart')}
          height={Math.max(200, bars.length * 34)}
        />
      )}
    </ChartBox>
  );
}

interface TrendProps {
  rows: ScorecardRow[];
  unitId: number;
  year: number;
  indicatorId: number | null;
  onIndicator: (id: number) => void;
}

export function TrendChart({ rows, unitId, year, indicatorId, onIndicator }: TrendProps) {
  const { t, i18n } = useTranslation();
  // The figures by period are asked for once the chart comes near the screen, not with the first paint.
  const [ref, near] = useNearViewport<HTMLDivElement>();
  const asked = near && indicatorId !== null;
  const current = useObservations(asked ? { unitId, year, indicatorId } : null);
  const previous = useObservations(asked ? { unitId, year: year - 1, indicatorId } : null);
  const loaded = current.isSuccess && previous.isSuccess;
  const trend = useMemo(
    () => trendSeries(current.data ?? [], previous.data ?? [], [String(year), String(year - 1)], year),
    [current.data, previous.data, year],
  );
  const language = useLanguage();
  const decimals = rows.find((r) => r.indicator.id === indicatorId)?.indicator.decimals ?? 0;
  const option = useMemo(
    () =>
      trendOption(
        trend.slots.map((s) => periodNameWithoutYear(s, language)),
        trend.series,
        decimals,
      ),
    [trend, language, decimals],
  );
  return (
    <ChartBox title={t('overview.trendChart')}>
      <Stack gap="xs" ref={ref}>
        <Select
          label={t('overview.indicator')}
          data={rows.map((r) => ({
            value: String(r.indicator.id),
            label: indicatorName(r.indicator, i18n.language),
          }))}
          value={indicatorId === null ? null : String(indicatorId)}
          onChange={(v) => v && onIndicator(Number.parseInt(v, 10))}
          allowDeselect={false}
        />
        {loaded && trend.slots.length === 0 ? (
          <Text c="dimmed">{t('overview.noTrend')}</Text>
        ) : (
          <Chart option={option} label={t('overview.trendChart')} />
        )}
      </Stack>
    </ChartBox>
  );
}
