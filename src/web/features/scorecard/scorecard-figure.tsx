// One figure of the scorecard, table or card: a stored figure opens its provenance; an inherited one opens
// the figures of the old units it was made of and is marked "kế thừa"; a sum computed here says "cộng dồn".
import { Badge, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { figureOrigin } from '../../../core/figure-origin';
import { formatNumber } from '../../../core/vi/format';
import type { ScorecardRow } from '../../api/types';
import { WARNING_TEXT } from '../../shared/labels';
import type { FigureFormat } from './provenance-drawer';
import type { ShownFigure } from './scorecard.model';

/** Opens what stands behind a figure: its provenance, or the sources it was inherited from. */
export type OnFigure = (figure: ShownFigure, format: FigureFormat) => void;

export function Figure({
  figure,
  row,
  onFigure,
  text: shown,
}: {
  figure: ShownFigure;
  row: ScorecardRow;
  onFigure: OnFigure;
  /** The text shown; the bare number by default (the table has a measure column). */
  text?: string;
}) {
  const { t } = useTranslation();
  const text = shown ?? formatNumber(figure.value, row.indicator.decimals);
  const origin = figureOrigin(figure);
  if (origin.kind === 'computed') {
    return (
      <>
        {text}
        <Badge size="xs" variant="outline" color="gray" ml={4} title={origin.note ?? undefined}>
          {t('scorecard.computedMark')}
        </Badge>
      </>
    );
  }
  const inherited = origin.kind === 'inherited';
  return (
    <UnstyledButton
      onClick={() => onFigure(figure, row.indicator)}
      td="underline"
      fz="sm"
      title={inherited ? origin.label : undefined}
      data-testid={`${inherited ? 'inherited' : 'figure'}-${row.indicator.code}`}
    >
      {text}
      {inherited && (
        <Badge size="xs" variant="outline" color={WARNING_TEXT} ml={4} component="span">
          {t('scorecard.inheritedMark')}
        </Badge>
      )}
    </UnstyledButton>
  );
}
