// Pure summaries of a scorecard for the overview: which achievement to chart, trend slots, completeness.
import type { Observation, Scorecard, ScorecardRow } from '../../api/types';
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
    return a ? [{ label: name(row), value: Math.round(a.percent * 100) / 100 }] : [];
  });
}

/** Rows worth a card: those with a figure or a target. */
export function shownRows(scorecard: Scorecard): ScorecardRow[] {
  return scorecard.rows.filter((r) => r.actual !== null || r.estimate !== null || r.targets.length > 0);
}

/** Where in the year a period ends, to order and align periods of two years: M10 → 10, Q3 → 9, 2023 → 12. */
export function periodSlot(period: string): { key: string; month: number } | null {
  const m = /^\d{4}(?:-(M(\d{2})|Q([1-4])|H([12])|9M|YTD-\d{4}-(\d{2})-\d{2}))?$/.exec(period);
  if (!m) return null;
  if (m[2]) return { key: m[1] as string, month: Number.parseInt(m[2], 10) };
  if (m[3]) return { key: m[1] as string, month: Number.parseInt(m[3], 10) * 3 };
  if (m[4]) return { key: m[1] as string, month: m[4] === '1' ? 6 : 12 };
  if (m[1] === '9M') return { key: '9M', month: 9 };
  if (m[5]) return { key: 'YTD', month: Number.parseInt(m[5], 10) };
  return { key: 'Y', month: 12 };
}

/** Aligns actual figures of this year and last year on shared period slots, in calendar order. */
export function trendSeries(
  current: Observation[],
  previous: Observation[],
  names: [string, string],
): { slots: string[]; series: TrendSeries[] } {
  const slotOf = new Map<string, number>();
  const pick = (list: Observation[]) => {
    const byKey = new Map<string, number>();
    for (const o of list) {
      const slot = o.kind === 'actual' ? periodSlot(o.period) : null;
      if (!slot) continue;
      slotOf.set(slot.key, slot.month);
      byKey.set(slot.key, o.value);
    }
    return byKey;
  };
  const now = pick(current);
  const before = pick(previous);
  const slots = [...slotOf.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([k]) => k);
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
