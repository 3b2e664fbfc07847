// Who is expected to report for a unit in a period, at any depth: the units below it that existed at the
// period's end, each answering with its own figure or, where it has none, through the units below it. A unit
// that ended within the period is not expected: its figures reach its successors through their links.
import type { Period } from './period';
import type { Unit } from './types';

export type ReporterUnit = Pick<Unit, 'id' | 'kind' | 'parentId' | 'validFrom' | 'validTo'>;

export interface Reporters<U extends ReporterUnit> {
  /** Units whose own figure counts. */
  reporting: U[];
  /** Expected units with no figure and no units below that could answer for them. */
  missing: U[];
}

/**
 * Whether a unit existed on a date.
 * @example existedOn({ validFrom: null, validTo: '2025-06-30' }, '2025-12-31') === false
 */
export function existedOn(unit: Pick<Unit, 'validFrom' | 'validTo'>, date: string): boolean {
  return (
    (unit.validFrom === null || unit.validFrom <= date) && (unit.validTo === null || unit.validTo >= date)
  );
}

/**
 * The units that answer for `rootId` in a period: a province's 2026 figures come from its communes; its 2024
 * ones from its districts, or their communes where a district has no figure of its own.
 * @example reportersFor(units, TINH, parsePeriod('2024'), (id) => id === HUYEN_A || id === XA_B1)
 *   → { reporting: [Huyện A, Xã B1], missing: [Xã B2] } // Huyện B has no figure: its communes answer
 */
export function reportersFor<U extends ReporterUnit>(
  units: readonly U[],
  rootId: number,
  period: Period,
  hasFigure: (unitId: number) => boolean,
): Reporters<U> {
  const below = new Map<number, U[]>();
  for (const u of units) {
    if (u.parentId === null || !existedOn(u, period.end)) continue;
    below.set(u.parentId, [...(below.get(u.parentId) ?? []), u]);
  }
  const result: Reporters<U> = { reporting: [], missing: [] };
  const seen = new Set<number>([rootId]);
  const visit = (id: number) => {
    for (const u of below.get(id) ?? []) {
      if (seen.has(u.id)) continue;
      seen.add(u.id);
      if (hasFigure(u.id)) result.reporting.push(u);
      else if (below.has(u.id)) visit(u.id);
      else result.missing.push(u);
    }
  };
  visit(rootId);
  return result;
}
