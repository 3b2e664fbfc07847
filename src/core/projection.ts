// Year-end projection (ước cả năm) of a figure, with the method that produced it.
import {
  isCumulative,
  type Period,
  parsePeriod,
  shiftYears,
  tryParsePeriod,
  yearShareElapsed,
} from './period';
import type { IndicatorNature, Observation } from './types';

export type ProjectionMethod = 'seasonal' | 'linear' | 'reported_estimate' | 'stock_latest';

export interface Projection {
  value: number;
  method: ProjectionMethod;
  /** Seasonal only: share of the year's total earlier years had reached by the same day, and which years. */
  seasonalShare?: number;
  years?: number[];
}

/** One earlier year of a unit's figures: cumulative actuals through the year and the year's total. */
export interface YearHistory {
  year: number;
  cumulative: { period: Period; value: number }[];
  total: number;
}

/**
 * Groups a unit's earlier actuals of one indicator into years that have a total (a cumulative figure to 31/12).
 * @example seasonalHistory([{ period: '2022-9M', kind: 'actual', value: 30000 }, { period: '2022', kind: 'actual', value: 40000 }])
 *   → [{ year: 2022, cumulative: [9M → 30000, 2022 → 40000], total: 40000 }]
 */
export function seasonalHistory(
  observations: readonly Pick<Observation, 'period' | 'kind' | 'value'>[],
): YearHistory[] {
  const byYear = new Map<number, { period: Period; value: number }[]>();
  for (const o of observations) {
    const period = tryParsePeriod(o.period);
    if (o.kind !== 'actual' || !period || !isCumulative(period)) continue;
    const list = byYear.get(period.year) ?? [];
    list.push({ period, value: o.value });
    byYear.set(period.year, list);
  }
  const years: YearHistory[] = [];
  for (const [year, cumulative] of byYear) {
    const total = cumulative.find((c) => c.period.end.endsWith('-12-31'));
    if (total) years.push({ year, cumulative, total: total.value });
  }
  return years.sort((a, b) => a.year - b.year);
}

/** Linear interpolation on a year's cumulative curve, which starts at 0 on 1 January. */
function reachedBy(history: YearHistory, share: number): number {
  const points = [
    { x: 0, y: 0 },
    ...history.cumulative.map((c) => ({ x: yearShareElapsed(c.period), y: c.value })),
    { x: 1, y: history.total },
  ].sort((a, b) => a.x - b.x);
  for (let i = 1; i < points.length; i++) {
    const lo = points[i - 1]!;
    const hi = points[i]!;
    if (share <= hi.x) return hi.x === lo.x ? hi.y : lo.y + ((hi.y - lo.y) * (share - lo.x)) / (hi.x - lo.x);
  }
  return history.total;
}

/**
 * The share of the year's total that earlier years had reached by the same day as `period`'s end
 * (pooled: Σ reached ÷ Σ totals); null without a usable year.
 * @example seasonalShare(parsePeriod('2023-9M'), [{ year: 2022, cumulative: [9M 30000], total: 40000 }]) → { share: 0.75, years: [2022] }
 */
export function seasonalShare(
  period: Period,
  history: readonly YearHistory[],
): { share: number; years: number[] } | null {
  let reached = 0;
  let total = 0;
  const years: number[] = [];
  for (const h of history) {
    if (h.year >= period.year || h.total <= 0) continue;
    reached += reachedBy(h, yearShareElapsed(shiftYears(period, h.year - period.year)));
    total += h.total;
    years.push(h.year);
  }
  return total > 0 && reached > 0 ? { share: reached / total, years } : null;
}

export interface ProjectionInput {
  nature: IndicatorNature;
  /** The latest actual of the year; a flow's must be cumulative from 1 January. */
  actual: { value: number; period: string } | null;
  /** The unit's own year-end estimate (an estimate observation of the year period), if reported. */
  reportedEstimate?: number | null;
  history?: readonly YearHistory[];
}

/**
 * Year-end value: a stock's latest level; else the unit's reported estimate; else the flow's figure ÷
 * the share of the year's total reached by the same day in earlier years (seasonal); else ÷ the share
 * of the year passed (linear). Null when nothing can be said (no actual, or a flow's non-cumulative period).
 * @example projectYearEnd({ nature: 'flow', actual: { value: 130, period: '2023-YTD-2023-11-17' } })
 *   → { value: 147.82…, method: 'linear' } // 130 ÷ (321/365)
 */
export function projectYearEnd(input: ProjectionInput): Projection | null {
  const { actual, nature } = input;
  if (nature === 'stock') {
    if (actual) return { value: actual.value, method: 'stock_latest' };
    return input.reportedEstimate == null
      ? null
      : { value: input.reportedEstimate, method: 'reported_estimate' };
  }
  if (input.reportedEstimate != null) return { value: input.reportedEstimate, method: 'reported_estimate' };
  if (!actual) return null;
  const period = parsePeriod(actual.period, 'actual.period');
  if (!isCumulative(period)) return null;
  const seasonal = seasonalShare(period, input.history ?? []);
  if (seasonal) {
    return {
      value: actual.value / seasonal.share,
      method: 'seasonal',
      seasonalShare: seasonal.share,
      years: seasonal.years,
    };
  }
  return { value: actual.value / yearShareElapsed(period), method: 'linear' };
}
