// The period each scorecard row's roll-up is for, where the unit's own figures settle it: the period of its
// latest actual. Rows without one take the latest period reported below (asked of the database) or the year.
import type { Period } from './period';
import { figuresOf, indexObservations, latestActual } from './scorecard-figures';
import type { Figure, Indicator } from './types';

/**
 * Per indicator that rolls up, the period of the unit's own latest actual of the year (to asOf).
 * @example ownRollupPeriods({ unitId: 2, year: 2023, asOf: null, indicators: [tom], figures }).get(tom.id)?.code
 *   === '2023-YTD-2023-11-17'
 */
export function ownRollupPeriods(input: {
  unitId: number;
  year: number;
  asOf: string | null;
  indicators: readonly Indicator[];
  figures: readonly Figure[];
}): Map<number, Period> {
  const own = indexObservations(input.figures);
  const periods = new Map<number, Period>();
  for (const i of input.indicators) {
    if (i.aggregation.kind === 'none') continue;
    const actual = latestActual(figuresOf(own, input.unitId, i.id), i.nature, input.year, input.asOf);
    if (actual) periods.set(i.id, actual.period);
  }
  return periods;
}
