// Words and colours for domain values: statuses, target sources, periods, indicator names by language.
import type { TFunction } from 'i18next';
import { formatDate } from '../../core/vi/format';
import type { ScorecardIndicator, ScorecardStatus } from '../api/types';

// Mantine's green.9 (4,4:1) and orange.9 (4,3:1) fall short of AA's 4.5:1 under a badge's small white
// text; these darker shades of the same hues pass (6,7:1 and 6,5:1), as teal.9 and red.9 already do.
/** Green and orange for small text and badges, dark enough for AA on white. */
export const GOOD_TEXT = '#22692f';
export const WARNING_TEXT = '#a63a0b';

const STATUS_COLOURS: Record<string, string> = {
  achieved: GOOD_TEXT,
  on_track: 'teal.9',
  at_risk: WARNING_TEXT,
  off_track: 'red.9',
};

/** A dark shade per status so white text on it passes AA contrast. */
export function statusColour(status: ScorecardStatus): string {
  return STATUS_COLOURS[status] ?? 'gray.7';
}

export function statusLabel(t: TFunction, status: ScorecardStatus): string {
  return t(`status.${status}`, { defaultValue: t('status.unknown') });
}

export function sourceLabel(t: TFunction, source: string): string {
  return t(`source.${source}`, { defaultValue: source });
}

export function indicatorName(
  indicator: Pick<ScorecardIndicator, 'name' | 'nameEn'>,
  language: string,
): string {
  return language === 'en' && indicator.nameEn ? indicator.nameEn : indicator.name;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** Period codes (2023-M10, 2023-Q3, 2023-H1, 2023-9M, 2023, 2023-YTD-2023-11-17) in words. */
export function periodLabel(t: TFunction, code: string): string {
  const ytd = /^(\d{4})-YTD-(\d{4}-\d{2}-\d{2})$/.exec(code);
  if (ytd?.[2]) return t('period.ytd', { date: formatDate(ytd[2]) });
  const m = /^(\d{4})(?:-(M(\d{2})|Q([1-4])|H([12])|9M))?$/.exec(code);
  if (!m) return code;
  const year = m[1];
  if (m[3]) return t('period.month', { month: Number.parseInt(m[3], 10), year });
  if (m[4]) return t('period.quarter', { quarter: ROMAN[Number.parseInt(m[4], 10) - 1], year });
  if (m[5]) return t(m[5] === '1' ? 'period.h1' : 'period.h2', { year });
  if (m[2] === '9M') return t('period.nineMonths', { year });
  return t('period.year', { year });
}

/** The periods a unit reports in a year, longest first. */
export function periodsOf(year: number): string[] {
  const months = Array.from({ length: 12 }, (_, i) => `${year}-M${String(i + 1).padStart(2, '0')}`);
  const quarters = [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
  return [`${year}`, `${year}-9M`, `${year}-H1`, ...quarters, ...months];
}
