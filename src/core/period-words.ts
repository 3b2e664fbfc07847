// Periods in words, Vietnamese and English, and the periods a year offers for reporting: the one home
// of these words for the CLI, the documents and the web app.
import { type Period, parsePeriod, tryParsePeriod } from './period';
import { formatDate } from './vi/format';
import type { Language } from './words';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** Months from 1 January when the period ends on a month's last day (2023-YTD-2023-08-31 → 8), else null. */
function wholeMonthsFromJanuary(period: Period): number | null {
  const end = parsePeriod(`${period.year}-M${Number(period.end.slice(5, 7))}`).end;
  return period.start.endsWith('-01-01') && end === period.end ? Number(period.end.slice(5, 7)) : null;
}

/** A year-to-date span of whole months has the name reports give it: "8 tháng đầu năm 2023". */
function ytdWords(period: Period, language: Language, withYear: boolean): string {
  const months = wholeMonthsFromJanuary(period);
  const y = period.year;
  if (months === 12) return yearWords(y, language, withYear);
  if (months === 6) return halfWords(1, y, language, withYear);
  if (months !== null) return monthsWords(months, y, language, withYear);
  if (language === 'en') return withYear ? `Year to ${formatDate(period.end)}` : 'Year to date';
  return withYear
    ? `Từ ${formatDate(period.start)} đến ${formatDate(period.end)}`
    : `Đến ${formatDate(period.end).slice(0, 5)}`;
}

function monthsWords(months: number, year: number, language: Language, withYear: boolean): string {
  if (language === 'en') return withYear ? `${months} months of ${year}` : `${months} months`;
  return withYear ? `${months} tháng đầu năm ${year}` : `${months} tháng`;
}

function yearWords(year: number, language: Language, withYear: boolean): string {
  if (language === 'en') return withYear ? `Year ${year}` : 'Full year';
  return withYear ? `Năm ${year}` : 'Cả năm';
}

function halfWords(half: number, year: number, language: Language, withYear: boolean): string {
  if (language === 'en') {
    const name = half === 1 ? 'First half' : 'Second half';
    return withYear ? `${name} of ${year}` : name;
  }
  const name = half === 1 ? '6 tháng đầu năm' : '6 tháng cuối năm';
  return withYear ? `${name} ${year}` : name;
}

function words(period: Period, language: Language, withYear: boolean): string {
  const { year, index } = period;
  const en = language === 'en';
  switch (period.kind) {
    case 'month': {
      const name = `${en ? 'Month' : 'Tháng'} ${index}`;
      return withYear ? `${name}/${year}` : name;
    }
    case 'quarter': {
      const roman = ROMAN[(index ?? 1) - 1];
      if (!withYear) return en ? `Q${index}` : `Quý ${roman}`;
      return `${en ? 'Quarter' : 'Quý'} ${roman}/${year}`;
    }
    case 'half':
      return halfWords(index ?? 1, year, language, withYear);
    case 'months':
      return monthsWords(index ?? 0, year, language, withYear);
    case 'year':
      return yearWords(year, language, withYear);
    case 'ytd':
      return ytdWords(period, language, withYear);
  }
}

function asPeriod(period: Period | string): Period | null {
  return typeof period === 'string' ? tryParsePeriod(period) : period;
}

/**
 * A period as a label: a column, a picker, the line under a figure. A code core cannot parse is shown as
 * it is rather than hidden.
 * @example periodName('2023-M8') === 'Tháng 8/2023'; periodName('2023-Q3', 'en') === 'Quarter III/2023'
 * @example periodName('2024-8M') === '8 tháng đầu năm 2024'; periodName('2024-11M', 'en') === '11 months of 2024'
 */
export function periodName(period: Period | string, language: Language = 'vi'): string {
  const p = asPeriod(period);
  return p ? words(p, language, true) : String(period);
}

/**
 * A period without its year, to set this year's figures beside last year's on one axis.
 * @example periodNameWithoutYear('2023-M8') === 'Tháng 8'; periodNameWithoutYear('2023', 'en') === 'Full year'
 */
export function periodNameWithoutYear(period: Period | string, language: Language = 'vi'): string {
  const p = asPeriod(period);
  return p ? words(p, language, false) : String(period);
}

/**
 * The period as officials write it inside a sentence ("Kỳ số liệu: từ 01/01/2023 đến 17/11/2023").
 * @example periodLabel(parsePeriod('2023-YTD-2023-11-17')) === 'từ 01/01/2023 đến 17/11/2023'
 */
export function periodLabel(period: Period): string {
  const name = words(period, 'vi', true);
  return name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);
}

/**
 * The periods a unit may report in a year, longest first: the year, the spans from 1 January (11 months
 * down to 2; 6 months is the first half and 3 months quarter I), the second half, the quarters, the
 * months — the codes the scorecard gives a sum of months.
 * @example reportingPeriods(2023).slice(0, 4) → ['2023', '2023-11M', '2023-10M', '2023-9M']
 */
export function reportingPeriods(year: number): string[] {
  const spans = [11, 10, 9, 8, 7, 6, 5, 4, 2].map((n) => parsePeriod(`${year}-${n}M`).code);
  const quarters = [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
  const months = Array.from({ length: 12 }, (_, i) => `${year}-M${i + 1}`);
  return [`${year}`, ...spans, `${year}-H2`, ...quarters, ...months];
}
