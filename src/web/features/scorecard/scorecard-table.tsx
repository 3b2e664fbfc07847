// The full scorecard table: targets by source, figures, achievement, change, status, projection.
import { Badge, Table, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { periodName } from '../../../core/period-words';
import { formatNumber, formatQuantity, formatSignedPercent } from '../../../core/vi/format';
import { achievementText } from '../../../core/words';
import type { ScorecardRow, TargetSource } from '../../api/types';
import { indicatorName, sourceLabel, statusColour, statusLabel, targetHeading } from '../../shared/labels';
import { useLanguage } from '../../shared/use-language';
import { type Sort, type SortKey, toggleSort } from './scorecard.model';
import { Figure, type OnFigure } from './scorecard-figure';

/** What the table and the phone's cards both show: the same rows, sorted the same way. */
export interface ScorecardViewProps {
  rows: ScorecardRow[];
  sources: TargetSource[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  onFigure: OnFigure;
}

function SortHeader({
  label,
  k,
  sort,
  onSort,
}: {
  label: string;
  k: SortKey;
  sort: Sort;
  onSort: ScorecardViewProps['onSort'];
}) {
  const active = sort.key === k;
  const arrow = active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : '';
  return (
    <Table.Th aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton onClick={() => onSort(toggleSort(sort, k))} fw={700} fz="sm">
        {label}
        {arrow}
      </UnstyledButton>
    </Table.Th>
  );
}

/** A figure's cell: the actual one names the period it is of, as the phone's cards do. */
function FigureCell({
  row,
  kind,
  onFigure,
}: {
  row: ScorecardRow;
  kind: 'actual' | 'estimate';
  onFigure: ScorecardViewProps['onFigure'];
}) {
  const language = useLanguage();
  const figure = row[kind];
  return (
    <Table.Td className="num">
      {figure && <Figure figure={figure} row={row} onFigure={onFigure} />}
      {figure && kind === 'actual' && <div className="cell-note">{periodName(figure.period, language)}</div>}
    </Table.Td>
  );
}

export function ScorecardTable({ rows, sources, sort, onSort, onFigure }: ScorecardViewProps) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  return (
    // A laptop's 1280 px fit without scrolling sideways; only narrower windows (a tablet) scroll.
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover withTableBorder data-testid="scorecard-table">
        <Table.Thead>
          <Table.Tr>
            <SortHeader label={t('scorecard.indicator')} k="name" sort={sort} onSort={onSort} />
            <Table.Th>{t('scorecard.measure')}</Table.Th>
            {sources.map((s) => (
              <Table.Th key={s} className="num">
                {targetHeading(t, s)}
              </Table.Th>
            ))}
            <SortHeader label={t('scorecard.actual')} k="actual" sort={sort} onSort={onSort} />
            <Table.Th className="num">{t('scorecard.estimate')}</Table.Th>
            <SortHeader label={t('scorecard.achievement')} k="achievement" sort={sort} onSort={onSort} />
            <SortHeader label={t('scorecard.change')} k="change" sort={sort} onSort={onSort} />
            <SortHeader label={t('scorecard.status')} k="status" sort={sort} onSort={onSort} />
            <Table.Th className="num">{t('scorecard.projection')}</Table.Th>
            <Table.Th className="num">{t('scorecard.reporting')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.indicator.id}>
              <Table.Td miw={160}>{indicatorName(row.indicator, i18n.language)}</Table.Td>
              <Table.Td>{row.indicator.measure}</Table.Td>
              {sources.map((s) => {
                const target = row.targets.find((x) => x.source === s);
                return (
                  <Table.Td
                    key={s}
                    className="num"
                    title={target?.document ?? target?.derivedFrom ?? undefined}
                  >
                    {target ? formatNumber(target.value, row.indicator.decimals) : ''}
                    {target?.derivedFrom && <div className="fact-note">{t('scorecard.derived')}</div>}
                  </Table.Td>
                );
              })}
              <FigureCell row={row} kind="actual" onFigure={onFigure} />
              <FigureCell row={row} kind="estimate" onFigure={onFigure} />
              <Table.Td className="num">
                {row.achievement.map((a) => (
                  <div key={a.source}>
                    {achievementText(a, language)}{' '}
                    <span className="cell-note">{sourceLabel(t, a.source)}</span>
                  </div>
                ))}
              </Table.Td>
              <Table.Td className="num">
                {row.change && typeof row.change.percent === 'number'
                  ? formatSignedPercent(row.change.percent)
                  : ''}
                {row.change?.priorInherited && (
                  <div className="cell-note" title={row.change.priorInherited.label}>
                    {t('scorecard.sameArea')}
                  </div>
                )}
              </Table.Td>
              <Table.Td>
                <Badge color={statusColour(row.status)} variant="filled" className="status-badge">
                  {statusLabel(t, row.status)}
                </Badge>
              </Table.Td>
              <Table.Td className="num wraps">
                {row.projection
                  ? formatQuantity(row.projection.value, row.indicator.measure, row.indicator.decimals)
                  : ''}
              </Table.Td>
              <Table.Td className="num">
                {row.rollup
                  ? `${formatNumber(row.rollup.reporting, 0)}/${formatNumber(row.rollup.expected, 0)}`
                  : ''}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
