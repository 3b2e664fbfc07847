// One indicator at a glance: figure, achievement per target source, change, status, projection.
import { Card, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { periodName } from '../../../core/period-words';
import { formatQuantity, formatSignedPercent } from '../../../core/vi/format';
import { achievementText } from '../../../core/words';
import type { ScorecardRow } from '../../api/types';
import { CardHeading } from '../../shared/card-heading';
import { indicatorName, sourceLabel } from '../../shared/labels';
import { useLanguage } from '../../shared/use-language';
import { rollupOf } from './overview.model';

export function IndicatorCard({ row }: { row: ScorecardRow }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const { indicator } = row;
  const { decimals } = indicator;
  const name = indicatorName(indicator, i18n.language);
  const rollup = rollupOf(row);
  return (
    <Card
      withBorder
      padding="md"
      component="article"
      aria-label={name}
      data-testid={`card-${indicator.code}`}
    >
      <Stack gap={6}>
        <CardHeading status={row.status}>
          <Text fw={600} size="sm">
            {name}
          </Text>
        </CardHeading>
        <Text size="xl" fw={700} className="num" ta="left">
          {row.actual
            ? formatQuantity(row.actual.value, indicator.measure, decimals)
            : rollup
              ? formatQuantity(rollup.value, indicator.measure, decimals)
              : t('overview.noFigure')}
        </Text>
        {rollup && (
          // A sum computed here, not a figure anyone reported: it says so.
          <Text size="xs" c="dimmed" data-testid="rollup-note">
            {t('overview.rollupOf', { reporting: rollup.reporting, expected: rollup.expected })} ·{' '}
            {periodName(rollup.period, language)}
          </Text>
        )}
        {row.actual && (
          <Text size="xs" c="dimmed">
            {periodName(row.actual.period, language)}
          </Text>
        )}
        {row.achievement.map((a) => (
          <Text size="sm" key={a.source}>
            {t('overview.achievementOf', { source: sourceLabel(t, a.source) })}:{' '}
            <b>{achievementText(a, language)}</b>
          </Text>
        ))}
        {row.change && typeof row.change.percent === 'number' && (
          <Text size="sm">
            {t('overview.change')}: <b>{formatSignedPercent(row.change.percent)}</b>
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
