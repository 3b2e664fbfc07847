// Picking a scorecard row's figures out of a unit's observations: the latest actual, the estimate,
// the figure at the same date a year earlier. A flow reported month by month (or quarter by quarter)
// is summed into the cumulative figures a scorecard compares, as if the unit had reported them.
import { comparePeriods, isCumulative, type Period, parsePeriod, tryParsePeriod } from './period';
import type { YearHistory } from './projection';
import type { Figure, IndicatorNature, InheritedProvenance, ObservationKind, Unit } from './types';

export interface DatedObservation {
  observation: Figure;
  period: Period;
}

/** A figure a row shows: an observation, or a sum of consecutive ones (observationId null). */
export interface PickedFigure {
  period: Period;
  value: number;
  observationId: number | null;
  note: string | null;
  /** Present when the figure (or a piece of the sum) came from predecessors. */
  inherited?: InheritedProvenance;
}

/** Observations grouped by unit, then indicator, each with its parsed period (unparseable ones left out). */
export type ObservationIndex = Map<number, Map<number, DatedObservation[]>>;

/**
 * Groups observations by unit and indicator, parsing each period once; a stored id seen twice counts once.
 * @example figuresOf(indexObservations([shrimp2023]), 2, 2).length === 1
 */
export function indexObservations(...lists: readonly (readonly Figure[])[]): ObservationIndex {
  const index: ObservationIndex = new Map();
  const seen = new Set<number>();
  for (const list of lists) {
    for (const observation of list) {
      const period = tryParsePeriod(observation.period);
      // Inherited figures (succession.ts) are not stored rows: all have id 0 and each counts.
      if (!period || (observation.id > 0 && seen.has(observation.id))) continue;
      seen.add(observation.id);
      let byIndicator = index.get(observation.unitId);
      if (!byIndicator) {
        byIndicator = new Map();
        index.set(observation.unitId, byIndicator);
      }
      const entries = byIndicator.get(observation.indicatorId);
      if (entries) entries.push({ observation, period });
      else byIndicator.set(observation.indicatorId, [{ observation, period }]);
    }
  }
  return index;
}

const NONE: DatedObservation[] = [];

/**
 * One unit's figures of one indicator.
 * @example figuresOf(index, 2, 2) → [{ observation: { value: 24937, … }, period: 2023-YTD-2023-11-17 }]
 */
export function figuresOf(index: ObservationIndex, unitId: number, indicatorId: number): DatedObservation[] {
  return index.get(unitId)?.get(indicatorId) ?? NONE;
}

function picked(d: DatedObservation): PickedFigure {
  const { value, id, note, inherited } = d.observation;
  // Inherited figures (succession.ts) are not stored rows: they have no id to open.
  const figure = { period: d.period, value, observationId: id > 0 ? id : null, note };
  return inherited ? { ...figure, inherited } : figure;
}

/**
 * The provenance of a running sum whose pieces arrive one by one: a sum with an inherited piece is inherited
 * too, from all its pieces' sources. Kept incrementally because a year of months makes eleven sums, and
 * rebuilding each from its pieces made a successor's scorecard quadratic in its sources.
 */
function inheritedRunningSum() {
  const labels = new Set<string>();
  const sources: InheritedProvenance['sources'] = [];
  return (piece: DatedObservation): InheritedProvenance | undefined => {
    const inherited = piece.observation.inherited;
    if (inherited) {
      labels.add(inherited.label);
      sources.push(...inherited.sources);
    }
    if (labels.size === 0) return undefined;
    return { kind: 'inherited', label: [...labels].join('; '), sources: sources.slice() };
  };
}

/**
 * The usual code of a span from 1 January to `end`: to a month's last day 2023-Q1, 2023-H1, 2023-8M or
 * 2023, else year-to-date.
 * @example cumulativePeriod(2025, '2025-09-30').code === '2025-9M'
 */
export function cumulativePeriod(year: number, end: string): Period {
  const month = Number(end.slice(5, 7));
  const monthEnd = parsePeriod(`${year}-M${month}`).end === end;
  return parsePeriod(monthEnd ? `${year}-${month}M` : `${year}-YTD-${end}`);
}

function chainSums(
  chain: readonly (DatedObservation | undefined)[],
  kind: 'month' | 'quarter',
  year: number,
) {
  const sums: PickedFigure[] = [];
  const inheritedSoFar = inheritedRunningSum();
  let total = 0;
  for (let i = 1; chain[i]; i++) {
    const e = chain[i]!;
    total += e.observation.value;
    const inherited = inheritedSoFar(e);
    if (i === 1) continue;
    const label = kind === 'month' ? `tháng 1–${i}/${year}` : `quý I–${ROMAN[i - 1]}/${year}`;
    const period = cumulativePeriod(year, e.period.end);
    const sum = { period, value: total, observationId: null, note: `Cộng dồn ${label}` };
    sums.push(inherited ? { ...sum, inherited } : sum);
  }
  return sums;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * A flow's cumulative figures of one year and kind, by end date: those reported from 1 January, and
 * sums of consecutive months or quarters from January (a reported figure wins over a sum at the same date).
 * @example cumulativeSeries([M1 = 10, M2 = 12, M3 = 9], 2023).map((f) => [f.period.code, f.value])
 *   → [['2023-M1', 10], ['2023-2M', 22], ['2023-Q1', 31]]
 */
export function cumulativeSeries(
  figures: readonly DatedObservation[],
  year: number,
  kind: ObservationKind = 'actual',
): PickedFigure[] {
  // A roll-up asks for the same child's series once per period it compares: compute it once.
  const memo = seriesMemo.get(figures) ?? new Map<string, PickedFigure[]>();
  seriesMemo.set(figures, memo);
  const memoKey = `${year}|${kind}|${figures.length}`;
  const known = memo.get(memoKey);
  if (known) return known;
  const series = computeSeries(figures, year, kind);
  memo.set(memoKey, series);
  return series;
}

const seriesMemo = new WeakMap<readonly DatedObservation[], Map<string, PickedFigure[]>>();

function computeSeries(
  figures: readonly DatedObservation[],
  year: number,
  kind: ObservationKind,
): PickedFigure[] {
  const all: PickedFigure[] = [];
  const months: (DatedObservation | undefined)[] = [];
  const quarters: (DatedObservation | undefined)[] = [];
  for (const f of figures) {
    const p = f.period;
    if (f.observation.kind !== kind || p.year !== year) continue;
    if (isCumulative(p)) all.push(picked(f));
    if (p.kind === 'month') months[p.index ?? 0] = f;
    else if (p.kind === 'quarter') quarters[p.index ?? 0] = f;
  }
  all.sort((a, b) => comparePeriods(a.period, b.period));
  // Sorting by end date is stable, so a reported figure stays ahead of a sum ending the same day.
  all.push(...chainSums(months, 'month', year), ...chainSums(quarters, 'quarter', year));
  all.sort((a, b) => (a.period.end < b.period.end ? -1 : a.period.end > b.period.end ? 1 : 0));
  return all.filter((f, i) => i === 0 || all[i - 1]!.period.end !== f.period.end);
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
  const exact = exactFigure(figures, period.code, 'actual');
  return exact ? picked(exact) : null;
}

const byCodeMemo = new WeakMap<
  readonly DatedObservation[],
  { length: number; index: Map<string, DatedObservation> }
>();

/**
 * The figure of exactly this period code and kind (the first stored), found by an index made once per list:
 * a successor asks each predecessor's list once per period it inherits, which scanned it quadratically.
 * @example exactFigure(figures, '2024-M3', 'actual')?.observation.value === 12
 */
export function exactFigure(
  figures: readonly DatedObservation[],
  code: string,
  kind: ObservationKind,
): DatedObservation | undefined {
  let memo = byCodeMemo.get(figures);
  // A list still being filled (indexObservations pushes) is indexed again once it has grown.
  if (!memo || memo.length !== figures.length) {
    const index = new Map<string, DatedObservation>();
    for (const f of figures) {
      const key = `${f.observation.kind}|${f.period.code}`;
      if (!index.has(key)) index.set(key, f);
    }
    memo = { length: figures.length, index };
    byCodeMemo.set(figures, memo);
  }
  return memo.index.get(`${kind}|${code}`);
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
