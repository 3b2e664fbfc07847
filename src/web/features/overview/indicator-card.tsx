// One indicator at a glance: figure, achievement per target source, change, status, projection.
import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPercent, formatQuantity } from '../../../core/vi/format';
import type { ScorecardRow } from '../../api/types';
import { indicatorName, periodLabel, sourceLabel, statusColour, statusLabel } from '../../shared/labels';

export function formatChange(percent: number): string {
  return `${percent > 0 ? '+' : ''}${formatPercent(percent)}`;
}

export function IndicatorCard({ row }: { row: ScorecardRow }) {
  const { t, i18n } = useTranslation();
  const { indicator } = row;
  const decimals = indicator.decimals ?? 3;
  const name = indicatorName(indicator, i18n.language);
  return (
    <Card
      withBorder
      padding="md"
      component="article"
      aria-label={name}
      data-testid={`card-${indicator.code}`}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="start" wrap="nowrap">
          <Text fw={600} size="sm">
            {name}
          </Text>
          <Badge color={statusColour(row.status)} variant="filled" style={{ flexShrink: 0 }}>
            {statusLabel(t, row.status)}
          </Badge>
        </Group>
        <Text size="xl" fw={700} className="num" ta="left">
          {row.actual
            ? formatQuantity(row.actual.value, indicator.measure, decimals)
            : t('overview.noFigure')}
        </Text>
        {row.actual && (
          <Text size="xs" c="dimmed">
            {periodLabel(t, row.actual.period)}
          </Text>
        )}
        {row.achievement.map((a) => (
          <Text size="sm" key={a.source}>
            {t('overview.achievementOf', { source: sourceLabel(t, a.source) })}:{' '}
            <b>{typeof a.percent === 'number' ? formatPercent(a.percent) : t('overview.notComputable')}</b>
          </Text>
        ))}
        {row.change && typeof row.change.percent === 'number' && (
          <Text size="sm">
            {t('overview.change')}: <b>{formatChange(row.change.percent)}</b>
          </Text>
        )}
        {row.projection && (
          <Text size="sm">
            {t('overview.projection')}:{' '}
            <b>{formatQuantity(row.projection.value, indicator.measure, decimals)}</b>
          </Text>
        )}
      </Stack>
    </Card>
  );
}
