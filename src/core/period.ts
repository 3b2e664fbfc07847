// Period codes: the span a figure covers. 2023-M10 (October), 2023-Q3, 2023-H1, 2023-8M (the first N
// months, 2 to 11: 2023-9M is January to September), 2023 (the year) and 2023-YTD-2023-11-17
// (1 January to a report's date).
import { DomainError } from './errors';

export type PeriodKind = 'month' | 'quarter' | 'half' | 'months' | 'year' | 'ytd';

export interface Period {
  /** Canonical code: months without a leading zero (2023-M9), like quarters (2023-Q3). */
  code: string;
  kind: PeriodKind;
  year: number;
  /** Month 1–12, quarter 1–4, half 1–2 or the N of N months (2–11); null for year and YTD. */
  index: number | null;
  /** First and last day covered, ISO dates, both inclusive. */
  start: string;
  end: string;
}

const DAY_MS = 86_400_000;
const parsed = new Map<string, Period>();
const CODE = /^(\d{4})(?:-(?:M(\d{1,2})|Q(\d)|H(\d)|(\d{1,2})M|YTD-(\d{4})-(\d{2})-(\d{2})))?$/;

function iso(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

function lastDay(year: number, month: number): string {
  return iso(year, month + 1, 0);
}

function utcMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function invalid(code: string, field: string, why: string): DomainError {
  return new DomainError(
    'invalid_period',
    field,
    `'${code}' is not a period code (${why}); use 2023-M10, 2023-Q3, 2023-H1, 2023-8M, 2023 or 2023-YTD-2023-11-17`,
  );
}

function build(
  kind: PeriodKind,
  year: number,
  index: number | null,
  start: string,
  end: string,
  code: string,
) {
  return { code, kind, year, index, start, end };
}

/** The first N months; 1, 3, 6 and 12 months are the spans month 1, Q1, H1 and the year already name. */
function monthsFromJanuary(year: number, months: number, code: string, field: string): Period {
  if (months < 1 || months > 12) throw invalid(code, field, 'months from January must be 1–12');
  const named: Record<number, string> = { 1: `${year}-M1`, 3: `${year}-Q1`, 6: `${year}-H1`, 12: `${year}` };
  const alias = named[months];
  if (alias) return fromMatch(CODE.exec(alias)!, alias, field);
  return build('months', year, months, iso(year, 1, 1), lastDay(year, months), `${year}-${months}M`);
}

function fromMatch(m: RegExpExecArray, code: string, field: string): Period {
  const year = Number(m[1]);
  if (year < 1900 || year > 2999) throw invalid(code, field, 'year out of range');
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) throw invalid(code, field, 'month must be 1–12');
    return build('month', year, month, iso(year, month, 1), lastDay(year, month), `${year}-M${month}`);
  }
  if (m[3] !== undefined) {
    const q = Number(m[3]);
    if (q < 1 || q > 4) throw invalid(code, field, 'quarter must be 1–4');
    return build('quarter', year, q, iso(year, q * 3 - 2, 1), lastDay(year, q * 3), `${year}-Q${q}`);
  }
  if (m[4] !== undefined) {
    const h = Number(m[4]);
    if (h < 1 || h > 2) throw invalid(code, field, 'half must be 1 or 2');
    return build('half', year, h, iso(year, h * 6 - 5, 1), lastDay(year, h * 6), `${year}-H${h}`);
  }
  if (m[5] !== undefined) return monthsFromJanuary(year, Number(m[5]), code, field);
  if (m[6] !== undefined) {
    const asOf = `${m[6]}-${m[7]}-${m[8]}`;
    if (Number.isNaN(utcMs(asOf)) || iso(Number(m[6]), Number(m[7]), Number(m[8])) !== asOf) {
      throw invalid(code, field, `${asOf} is not a date`);
    }
    if (Number(m[6]) !== year) throw invalid(code, field, 'the date must fall in the same year');
    return build('ytd', year, null, iso(year, 1, 1), asOf, `${year}-YTD-${asOf}`);
  }
  return build('year', year, null, iso(year, 1, 1), iso(year, 12, 31), `${year}`);
}

/**
 * Parses a period code, or throws DomainError 'invalid_period' naming the field.
 * @example parsePeriod('2023-Q3') → { kind: 'quarter', year: 2023, index: 3, start: '2023-07-01', end: '2023-09-30' }
 */
export function parsePeriod(code: string, field = 'period'): Period {
  const cached = typeof code === 'string' ? parsed.get(code) : undefined;
  if (cached) return cached;
  const text = typeof code === 'string' ? code.trim().toUpperCase() : '';
  const m = CODE.exec(text);
  if (!m) throw invalid(String(code), field, 'unknown form');
  const period = Object.freeze(fromMatch(m, String(code), field));
  // A scorecard parses the same few dozen codes on 100 000 figures: parse each once.
  if (parsed.size > 10_000) parsed.clear();
  parsed.set(code, period);
  return period;
}

/**
 * Parses a period code, or returns null when it does not parse.
 * @example tryParsePeriod('2023-M13') === null
 */
export function tryParsePeriod(code: string): Period | null {
  try {
    return parsePeriod(code);
  } catch {
    return null;
  }
}

/**
 * The canonical form of a period code, so 2023-M09 and 2023-m9 are the same figure's period.
 * @example normalizePeriodCode('2023-m09') === '2023-M9'
 */
export function normalizePeriodCode(code: string, field = 'period'): string {
  return parsePeriod(code, field).code;
}

/**
 * The code of the year-to-date period ending on a date.
 * @example ytdPeriodCode('2023-11-17') === '2023-YTD-2023-11-17'
 */
export function ytdPeriodCode(asOf: string): string {
  return parsePeriod(`${asOf.slice(0, 4)}-YTD-${asOf}`, 'asOf').code;
}

/**
 * Days in a calendar year.
 * @example daysInYear(2024) === 366
 */
export function daysInYear(year: number): number {
  return (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / DAY_MS;
}

/**
 * Day of the year of an ISO date, 1 January being 1.
 * @example dayOfYear('2023-11-17') === 321
 */
export function dayOfYear(date: string): number {
  return (utcMs(date) - Date.UTC(Number(date.slice(0, 4)), 0, 1)) / DAY_MS + 1;
}

/**
 * Share of the year elapsed at the period's end, by days.
 * @example yearShareElapsed(parsePeriod('2023-YTD-2023-11-17')) === 321 / 365
 */
export function yearShareElapsed(period: Period): number {
  return dayOfYear(period.end) / daysInYear(period.year);
}

/**
 * Whether the period runs from 1 January, so that a flow's figure for it is cumulative.
 * @example isCumulative(parsePeriod('2023-9M')) === true; isCumulative(parsePeriod('2023-Q3')) === false
 */
export function isCumulative(period: Period): boolean {
  return period.start.slice(5) === '01-01';
}

/**
 * The same period one year earlier (29 February becomes 28 February).
 * @example samePeriodPreviousYear(parsePeriod('2023-YTD-2023-11-17')).code === '2022-YTD-2022-11-17'
 */
export function samePeriodPreviousYear(period: Period): Period {
  return shiftYears(period, -1);
}

/**
 * The same period `years` years later (negative: earlier).
 * @example shiftYears(parsePeriod('2023-Q3'), -2).code === '2021-Q3'
 */
export function shiftYears(period: Period, years: number): Period {
  const year = period.year + years;
  if (period.kind !== 'ytd') return parsePeriod(period.code.replace(/^\d{4}/, String(year)));
  const month = Number(period.end.slice(5, 7));
  const day = Math.min(Number(period.end.slice(8, 10)), Number(lastDay(year, month).slice(8, 10)));
  return parsePeriod(`${year}-YTD-${iso(year, month, day)}`);
}

/**
 * Orders periods by end date, then the longer span first, then code; usable with Array.sort.
 * @example ['2023', '2023-Q3', '2023-9M'].map((c) => parsePeriod(c)).sort(comparePeriods).map((p) => p.code)
 *   → ['2023-9M', '2023-Q3', '2023']
 */
export function comparePeriods(a: Period, b: Period): number {
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}
