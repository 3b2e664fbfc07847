// Words and colours for domain values: statuses, target sources, indicator names by language (period
// words are core's: period-words.ts).
import type { TFunction } from 'i18next';
import type { ScorecardIndicator, ScorecardStatus, TargetSource } from '../api/types';

// Mantine's green.9 (4,4:1) and orange.9 (4,3:1) fall short of AA's 4.5:1 under a badge's small white
// text; these darker shades of the same hues pass (6,7:1 and 6,5:1), as teal.9 and red.9 already do.
/** Green and orange for small text and badges, dark enough for AA on white. */
export const GOOD_TEXT = '#22692f';
export const WARNING_TEXT = '#a63a0b';

// Hex values (Mantine's teal.9, red.9 and gray.7 for the others), because the charts colour their bars
// with the same colours as the status badges beside them.
const STATUS_COLOURS: Record<string, string> = {
  achieved: GOOD_TEXT,
  on_track: '#087f5b',
  at_risk: WARNING_TEXT,
  off_track: '#c92a2a',
};

/** A dark shade per status, for badges (white text on it passes AA contrast) and chart bars alike. */
export function statusColour(status: ScorecardStatus): string {
  return STATUS_COLOURS[status] ?? '#495057';
}

export function statusLabel(t: TFunction, status: ScorecardStatus): string {
  return t(`status.${status}`, { defaultValue: t('status.unknown') });
}

export function sourceLabel(t: TFunction, source: string): string {
  return t(`source.${source}`, { defaultValue: source });
}

/** The heading of a column of one source's targets: "Chỉ tiêu Nghị quyết", "Kế hoạch". */
export function targetHeading(t: TFunction, source: TargetSource): string {
  return t(`targetHeading.${source}`);
}

export function indicatorName(
  indicator: Pick<ScorecardIndicator, 'name' | 'nameEn'>,
  language: string,
): string {
  return language === 'en' && indicator.nameEn ? indicator.nameEn : indicator.name;
}
