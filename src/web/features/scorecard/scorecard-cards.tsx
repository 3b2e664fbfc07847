// The scorecard on a phone: one card per indicator with every figure the table has (targets by source,
// actual and estimate — each opening its provenance — achievement, change, status in words, projection,
// children reporting), and a sort picker in place of the column headers.
import { Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { periodName } from '../../../core/period-words';
import { formatNumber, formatQuantity, formatSignedPercent } from '../../../core/vi/format';
import { achievementText } from '../../../core/words';
import type { ScorecardRow, TargetSource } from '../../api/types';
import { CardHeading } from '../../shared/card-heading';
import { indicatorName, sourceLabel, targetHeading } from '../../shared/labels';
import { useLanguage } from '../../shared/use-language';
import type { SortKey } from './scorecard.model';
import { Figure } from './scorecard-figure';
import type { ScorecardViewProps } from './scorecard-table';

const SORT_KEYS: SortKey[] = ['name', 'actual', 'achievement', 'change', 'status'];
const SORT_LABELS: Record<SortKey, string> = {
  name: 'scorecard.indicator',
  actual: 'scorecard.actual',
  achievement: 'scorecard.achievement',
  change: 'scorecard.change',
  status: 'scorecard.status',
};

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd className="num">{children}</dd>
    </>
  );
}

function RowCard({
  row,
  sources,
  onFigure,
}: { row: ScorecardRow; sources: TargetSource[] } & Pick<ScorecardViewProps, 'onFigure'>) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const { indicator } = row;
  const quantity = (value: number) => formatQuantity(value, indicator.measure, indicator.decimals);
  const name = indicatorName(indicator, i18n.language);
  return (
    <Card
      withBorder
      padding="sm"
      component="article"
      aria-label={name}
      data-testid={`scorecard-card-${indicator.code}`}
    >
      <Stack gap={6}>
        <CardHeading status={row.status}>
          <Title order={3} fz="sm" fw={600}>
            {name}
          </Title>
        </CardHeading>
        <dl className="facts">
          {(['actual', 'estimate'] as const).map((kind) => {
            const figure = row[kind];
            return figure ? (
              <Fact key={kind} label={t(`scorecard.${kind}`)}>
                <Figure figure={figure} row={row} onFigure={onFigure} text={quantity(figure.value)} />
                {kind === 'actual' && <div className="fact-note">{periodName(figure.period, language)}</div>}
              </Fact>
            ) : null;
          })}
          {sources.map((s) => {
            const target = row.targets.find((x) => x.source === s);
            return target ? (
              <Fact key={s} label={targetHeading(t, s)}>
                {quantity(target.value)}
                {target.derivedFrom && <div className="fact-note">{target.derivedFrom}</div>}
              </Fact>
            ) : null;
          })}
          {row.achievement.map((a) => (
            <Fact key={a.source} label={`${t('scorecard.achievement')} (${sourceLabel(t, a.source)})`}>
              {achievementText(a, language)}
            </Fact>
          ))}
          {row.change && typeof row.change.percent === 'number' && (
            <Fact label={t('scorecard.change')}>
              {formatSignedPercent(row.change.percent)}
              {row.change.priorInherited && <div className="fact-note">{t('scorecard.sameArea')}</div>}
            </Fact>
          )}
          {row.projection && <Fact label={t('scorecard.projection')}>{quantity(row.projection.value)}</Fact>}
          {row.rollup && (
            <Fact label={t('scorecard.reporting')}>
              {`${formatNumber(row.rollup.reporting, 0)}/${formatNumber(row.rollup.expected, 0)}`}
            </Fact>
          )}
        </dl>
        {!row.actual && !row.estimate && (
          <Text size="sm" c="dimmed">
            {t('overview.noFigure')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

export function ScorecardCards({ rows, sources, sort, onSort, onFigure }: ScorecardViewProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="scorecard-cards">
      <Group align="end" gap="sm" className="no-print">
        <Select
          label={t('scorecard.sortBy')}
          data={SORT_KEYS.map((k) => ({ value: k, label: t(SORT_LABELS[k]) }))}
          value={sort.key}
          onChange={(v) => v && onSort({ ...sort, key: v as SortKey })}
          allowDeselect={false}
          w={180}
        />
        <Button
          variant="default"
          onClick={() => onSort({ ...sort, direction: sort.direction === 'asc' ? 'desc' : 'asc' })}
        >
          {t(sort.direction === 'asc' ? 'scorecard.ascending' : 'scorecard.descending')}
        </Button>
      </Group>
      {rows.map((row) => (
        <RowCard key={row.indicator.id} row={row} sources={sources} onFigure={onFigure} />
      ))}
    </Stack>
  );
}
