// Pure summaries of a scorecard for the overview: which achievement to chart, trend slots, completeness.
import { comparePeriods, type Period, shiftYears, tryParsePeriod } from '../../../core/period';
import type { Observation, Scorecard, ScorecardRow } from '../../api/types';
import { statusColour } from '../../shared/labels';
import type { Bar, TrendSeries } from './charts/chart-options';

/** The first target source with a computable achievement (resolution before assigned, as the server orders). */
export function primaryAchievement(row: ScorecardRow): { source: string; percent: number } | null {
  for (const a of row.achievement) {
    if (typeof a.percent === 'number') return { source: a.source, percent: a.percent };
  }
  return null;
}

export function achievementBars(rows: ScorecardRow[], name: (row: ScorecardRow) => string): Bar[] {
  return rows.flatMap((row) => {
    const a = primaryAchievement(row);
    if (!a) return [];
    return [{ label: name(row), value: Math.round(a.percent * 100) / 100, colour: statusColour(row.status) }];
  });
}

/** Rows worth a card: those with a figure, a target, or a sum of the units below (a province's own). */
export function shownRows(scorecard: Scorecard): ScorecardRow[] {
  return scorecard.rows.filter(
    (r) => r.actual !== null || r.estimate !== null || r.targets.length > 0 || rollupOf(r) !== null,
  );
}

/** The units below's sum, when the unit has no figure of its own to show instead. */
export function rollupOf(
  row: ScorecardRow,
): (NonNullable<ScorecardRow['rollup']> & { value: number }) | null {
  const { rollup } = row;
  if (row.actual !== null || !rollup || rollup.kind !== 'ok' || rollup.value === null) return null;
  return { ...rollup, value: rollup.value };
}

/**
 * Sets this year's actual figures beside last year's for the same periods (core's parser, so 2023-M8 is
 * August and last year's 2022-M8 lands on it), in calendar order: M1…M9 before M10, the longer span first.
 */
export function trendSeries(
  current: Observation[],
  previous: Observation[],
  names: [string, string],
  year: number,
): { slots: string[]; series: TrendSeries[] } {
  const periods = new Map<string, Period>();
  const pick = (list: Observation[], shift: number) => {
    const byCode = new Map<string, number>();
    for (const o of list) {
      const parsed = o.kind === 'actual' ? tryParsePeriod(o.period) : null;
      if (!parsed) continue;
      const period = shiftYears(parsed, shift);
      if (period.year !== year) continue;
      periods.set(period.code, period);
      byCode.set(period.code, o.value);
    }
    return byCode;
  };
  const now = pick(current, 0);
  const before = pick(previous, 1);
  const slots = [...periods.values()].sort(comparePeriods).map((p) => p.code);
  return {
    slots,
    series: [
      { name: names[0], values: slots.map((s) => now.get(s) ?? null) },
      { name: names[1], values: slots.map((s) => before.get(s) ?? null) },
    ],
  };
}

/** How many of a unit's indicators with a target have a figure. */
export function completeness(scorecard: Scorecard): { reported: number; expected: number } {
  const expected = scorecard.rows.filter((r) => r.targets.length > 0);
  return { reported: expected.filter((r) => r.actual !== null).length, expected: expected.length };
}
