// Picking a scorecard row's figures out of a unit's observations: the latest actual, the estimate,
// the same period a year earlier.
import { comparePeriods, isCumulative, type Period, tryParsePeriod } from './period';
import type { IndicatorNature, Observation, ObservationKind, Unit } from './types';

export interface DatedObservation {
  observation: Observation;
  period: Period;
}

/** Observations grouped by unit and indicator, each with its parsed period (unparseable ones left out). */
export type ObservationIndex = Map<string, DatedObservation[]>;

function key(unitId: number, indicatorId: number): string {
  return `${unitId}|${indicatorId}`;
}

/**
 * Groups observations by unit and indicator, parsing each period once.
 * @example figuresOf(indexObservations([shrimp2023]), 2, 2).length === 1
 */
export function indexObservations(...lists: readonly (readonly Observation[])[]): ObservationIndex {
  const index: ObservationIndex = new Map();
  for (const list of lists) {
    for (const observation of list) {
      const period = tryParsePeriod(observation.period);
      if (!period) continue;
      const k = key(observation.unitId, observation.indicatorId);
      const entries = index.get(k) ?? [];
      if (!entries.some((e) => e.observation.id === observation.id)) entries.push({ observation, period });
      index.set(k, entries);
    }
  }
  return index;
}

/**
 * One unit's figures of one indicator.
 * @example figuresOf(index, 2, 2) → [{ observation: { value: 24937, … }, period: 2023-YTD-2023-11-17 }]
 */
export function figuresOf(index: ObservationIndex, unitId: number, indicatorId: number): DatedObservation[] {
  return index.get(key(unitId, indicatorId)) ?? [];
}

function latest(entries: DatedObservation[]): DatedObservation | null {
  return entries.sort((a, b) => comparePeriods(a.period, b.period)).at(-1) ?? null;
}

/**
 * The latest actual of a year up to asOf: for a flow the latest figure cumulative from 1 January (a
 * quarter alone says nothing of the year), for a stock the latest level.
 * @example latestActual(figures, 'flow', 2023, null)?.observation.value === 24937
 */
export function latestActual(
  figures: readonly DatedObservation[],
  nature: IndicatorNature,
  year: number,
  asOf: string | null,
): DatedObservation | null {
  return latest(
    figures.filter(
      (f) =>
        f.observation.kind === 'actual' &&
        f.period.year === year &&
        (asOf === null || f.period.end <= asOf) &&
        (nature === 'stock' || isCumulative(f.period)),
    ),
  );
}

/**
 * The unit's estimate for the year: of the year itself if there is one, else the latest estimate.
 * @example yearEstimate(figures, 2023)?.observation.value === 155 // "ước cuối năm kết nạp 155 đảng viên"
 */
export function yearEstimate(figures: readonly DatedObservation[], year: number): DatedObservation | null {
  const estimates = figures.filter((f) => f.observation.kind === 'estimate' && f.period.year === year);
  return estimates.find((f) => f.period.kind === 'year') ?? latest(estimates);
}

/**
 * The figure of one period and kind, if any.
 * @example findFigure(figures, '2022-YTD-2022-11-17')?.observation.value === 24629.13…
 */
export function findFigure(
  figures: readonly DatedObservation[],
  periodCode: string,
  kind: ObservationKind = 'actual',
): DatedObservation | null {
  return figures.find((f) => f.period.code === periodCode && f.observation.kind === kind) ?? null;
}

/**
 * The children expected to report in a year: those that existed for some of it.
 * @example activeInYear([{ validFrom: null, validTo: '2025-06-30' }], 2023).length === 1
 */
export function activeInYear<U extends Pick<Unit, 'validFrom' | 'validTo'>>(
  units: readonly U[],
  year: number,
): U[] {
  return units.filter(
    (u) =>
      (u.validFrom === null || u.validFrom <= `${year}-12-31`) &&
      (u.validTo === null || u.validTo >= `${year}-01-01`),
  );
}
