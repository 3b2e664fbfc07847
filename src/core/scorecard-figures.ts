// Picking a scorecard row's figures out of a unit's observations: the latest actual, the estimate,
// the figure at the same date a year earlier. A flow reported month by month (or quarter by quarter)
// is summed into the cumulative figures a scorecard compares, as if the unit had reported them.
import { comparePeriods, isCumulative, type Period, parsePeriod, tryParsePeriod } from './period';
import type { YearHistory } from './projection';
import type { IndicatorNature, Observation, ObservationKind, Unit } from './types';

export interface DatedObservation {
  observation: Observation;
  period: Period;
}

/** A figure a row shows: an observation, or a sum of consecutive ones (observationId null). */
export interface PickedFigure {
  period: Period;
  value: number;
  observationId: number | null;
  note: string | null;
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

function picked(d: DatedObservation): PickedFigure {
  return {
    period: d.period,
    value: d.observation.value,
    observationId: d.observation.id,
    note: d.observation.note,
  };
}

/** The usual code of a span from 1 January to `end`: 2023-Q1, 2023-H1, 2023-9M, 2023, else year-to-date. */
function cumulativePeriod(year: number, end: string): Period {
  const named: Record<string, string> = { '03-31': 'Q1', '06-30': 'H1', '09-30': '9M' };
  const suffix = end.slice(5);
  if (suffix === '12-31') return parsePeriod(String(year));
  return parsePeriod(named[suffix] ? `${year}-${named[suffix]}` : `${year}-YTD-${end}`);
}

function chainSums(
  entries: readonly DatedObservation[],
  kind: 'month' | 'quarter',
  year: number,
): PickedFigure[] {
  const byIndex = new Map(
    entries
      .filter((e) => e.period.kind === kind && e.period.year === year)
      .map((e) => [e.period.index ?? 0, e]),
  );
  const sums: PickedFigure[] = [];
  let total = 0;
  for (let i = 1; byIndex.has(i); i++) {
    const e = byIndex.get(i)!;
    total += e.observation.value;
    const label =
      kind === 'month' ? `tháng 1–${i}/${year}` : `quý I–${['I', 'II', 'III', 'IV'][i - 1]}/${year}`;
    if (i > 1)
      sums.push({
        period: cumulativePeriod(year, e.period.end),
        value: total,
        observationId: null,
        note: `Cộng dồn ${label}`,
      });
  }
  return sums;
}

/**
 * A flow's cumulative figures of one year and kind, by end date: those reported from 1 January, and
 * sums of consecutive months or quarters from January (a reported figure wins over a sum at the same date).
 * @example cumulativeSeries([M1 = 10, M2 = 12, M3 = 9], 2023).map((f) => [f.period.code, f.value])
 *   → [['2023-M1', 10], ['2023-YTD-2023-02-28', 22], ['2023-Q1', 31]]
 */
export function cumulativeSeries(
  figures: readonly DatedObservation[],
  year: number,
  kind: ObservationKind = 'actual',
): PickedFigure[] {
  const entries = figures.filter((f) => f.observation.kind === kind && f.period.year === year);
  const direct = entries
    .filter((e) => isCumulative(e.period))
    .sort((a, b) => comparePeriods(a.period, b.period))
    .map(picked);
  const byEnd = new Map<string, PickedFigure>();
  for (const f of [...direct, ...chainSums(entries, 'month', year), ...chainSums(entries, 'quarter', year)]) {
    if (!byEnd.has(f.period.end)) byEnd.set(f.period.end, f);
  }
  return [...byEnd.values()].sort((a, b) => comparePeriods(a.period, b.period));
}

/**
 * The latest actual of a year up to asOf: for a flow its latest cumulative figure (a quarter alone says
 * nothing of the year), for a stock the latest level.
 * @example latestActual(figures, 'flow', 2023, null)?.value === 24937
 */
export function latestActual(
  figures: readonly DatedObservation[],
  nature: IndicatorNature,
  year: number,
  asOf: string | null,
): PickedFigure | null {
  const inTime = (p: Period) => asOf === null || p.end <= asOf;
  if (nature === 'flow')
    return (
      cumulativeSeries(figures, year)
        .filter((f) => inTime(f.period))
        .at(-1) ?? null
    );
  const levels = figures
    .filter((f) => f.observation.kind === 'actual' && f.period.year === year && inTime(f.period))
    .sort((a, b) => comparePeriods(a.period, b.period));
  const last = levels.at(-1);
  return last ? picked(last) : null;
}

/**
 * The figure for the span of `period` (a flow's cumulative figure to the same end date; a stock's level
 * of that period), or null.
 * @example figureFor(figures, 'flow', parsePeriod('2022-YTD-2022-11-17'))?.value === 24629.13…
 */
export function figureFor(
  figures: readonly DatedObservation[],
  nature: IndicatorNature,
  period: Period,
): PickedFigure | null {
  if (nature === 'flow' && isCumulative(period)) {
    return cumulativeSeries(figures, period.year).find((f) => f.period.end === period.end) ?? null;
  }
  const exact = figures.find((f) => f.period.code === period.code && f.observation.kind === 'actual');
  return exact ? picked(exact) : null;
}

/**
 * The unit's estimate for the year: of the year itself if there is one, else the latest estimate.
 * @example yearEstimate(figures, 2023)?.value === 155 // "ước cuối năm kết nạp 155 đảng viên"
 */
export function yearEstimate(figures: readonly DatedObservation[], year: number): PickedFigure | null {
  const estimates = figures
    .filter((f) => f.observation.kind === 'estimate' && f.period.year === year)
    .sort((a, b) => comparePeriods(a.period, b.period));
  const chosen = estimates.find((f) => f.period.kind === 'year') ?? estimates.at(-1);
  return chosen ? picked(chosen) : null;
}

/**
 * A flow's earlier years as seasonal profiles: each year's cumulative figures and its total.
 * @example historyBefore(figures, 2023) → [{ year: 2022, cumulative: [9M 15000, 2022 27000], total: 27000 }]
 */
export function historyBefore(figures: readonly DatedObservation[], year: number): YearHistory[] {
  const years = [...new Set(figures.map((f) => f.period.year))].filter((y) => y < year).sort((a, b) => a - b);
  return years.flatMap((y) => {
    const series = cumulativeSeries(figures, y);
    const total = series.find((f) => f.period.end === `${y}-12-31`);
    return total
      ? [
          {
            year: y,
            cumulative: series.map((f) => ({ period: f.period, value: f.value })),
            total: total.value,
          },
        ]
      : [];
  });
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
