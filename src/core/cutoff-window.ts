// The days a regime's period really covers. NĐ 09/2019/NĐ-CP Điều 12 cuts figures off on the 14th: a
// month runs from the 15th of the month before, a quarter from the 15th of the month before it to the
// 14th of its last month, the half-year, the N months and the year from 15 December of the year before.
import { DomainError } from './errors';
import type { Period } from './period';

/** `nd09`: the NĐ 09/2019 cut-off on the 14th; `calendar`: the period's own first and last day. */
export type CutoffRule = 'nd09' | 'calendar';

/** First and last day of figures a report covers, ISO dates, both inclusive. */
export interface CutoffWindow {
  rule: CutoffRule;
  from: string;
  to: string;
}

function iso(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/**
 * The cut-off window of a period under a rule; a year-to-date span ending on any day has no NĐ 09
 * window, so it throws DomainError 'invalid_period' naming the field.
 * @example cutoffWindow(parsePeriod('2024-Q1'), 'nd09') → { rule: 'nd09', from: '2023-12-15', to: '2024-03-14' }
 * @example cutoffWindow(parsePeriod('2024-8M'), 'calendar') → { rule: 'calendar', from: '2024-01-01', to: '2024-08-31' }
 */
export function cutoffWindow(period: Period, rule: CutoffRule, field = 'period'): CutoffWindow {
  if (rule === 'calendar') return { rule, from: period.start, to: period.end };
  if (period.kind === 'ytd') {
    throw new DomainError(
      'invalid_period',
      field,
      `'${period.code}' has no NĐ 09 cut-off window; use a month, quarter, half, N months or the year`,
    );
  }
  // Every other kind covers whole months, so one rule serves them all: the 15th of the month before
  // its first month (15 December of the year before for January) to the 14th of its last month.
  const startYear = Number(period.start.slice(0, 4));
  const startMonth = Number(period.start.slice(5, 7));
  const endMonth = Number(period.end.slice(5, 7));
  return {
    rule,
    from: iso(startYear, startMonth - 1, 15),
    to: iso(Number(period.end.slice(0, 4)), endMonth, 14),
  };
}
