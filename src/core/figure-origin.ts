// What stands behind a figure a scorecard shows, decided once for the web and the documents, so that a
// figure nobody reported never passes for one that somebody did.
import type { ScorecardFigure } from './scorecard.types';

/** A stored figure (its provenance opens), one inherited from the units before an arrangement, or a sum made here. */
export type FigureOrigin =
  | { kind: 'stored'; observationId: number }
  | { kind: 'inherited'; label: string }
  | { kind: 'computed'; note: string | null };

/**
 * @example figureOrigin({ value: 3000, observationId: null, inherited: { label: 'Kế thừa từ: xã Trần Thới', … }, … })
 *   → { kind: 'inherited', label: 'Kế thừa từ: xã Trần Thới' }
 */
export function figureOrigin(
  figure: Pick<ScorecardFigure, 'observationId' | 'note' | 'inherited'>,
): FigureOrigin {
  if (figure.inherited) return { kind: 'inherited', label: figure.inherited.label };
  if (figure.observationId !== null) return { kind: 'stored', observationId: figure.observationId };
  return { kind: 'computed', note: figure.note };
}

/**
 * The origin as a document says it, beside the figure.
 * @example figureOriginWords({ kind: 'computed', note: 'Cộng dồn tháng 1–10/2025' }) === 'Tính cộng dồn: Cộng dồn tháng 1–10/2025'
 */
export function figureOriginWords(origin: FigureOrigin): string {
  switch (origin.kind) {
    case 'stored':
      return 'Số báo cáo';
    case 'inherited':
      return `Số kế thừa, không phải số báo cáo của đơn vị. ${origin.label}`;
    case 'computed':
      return origin.note ? `Tính cộng dồn: ${origin.note}` : 'Số tính toán';
  }
}
