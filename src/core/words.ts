// The words of the scorecard's values, Vietnamese and English: statuses, target sources and the
// achievement outcomes that have no number. The CLI, the documents and the web app (through its
// translations) all read them from here, so a status is spelled one way everywhere.
import type { Achievement } from './achievement';
import type { ScorecardStatus } from './scorecard.types';
import type { TargetSource } from './types';
import { formatPercent } from './vi/format';

export type Language = 'vi' | 'en';

/**
 * The language of a BCP 47 tag: English for "en…", Vietnamese otherwise.
 * @example languageOf('en-GB') === 'en'; languageOf('vi') === 'vi'
 */
export function languageOf(tag: string): Language {
  return tag.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

export const STATUS_WORDS: Record<Language, Record<ScorecardStatus, string>> = {
  vi: {
    on_track: 'Đúng tiến độ',
    at_risk: 'Chậm tiến độ',
    off_track: 'Nguy cơ không đạt',
    achieved: 'Đã đạt',
    no_target: 'Chưa có chỉ tiêu',
    no_data: 'Chưa có số liệu',
  },
  en: {
    on_track: 'On track',
    at_risk: 'Behind schedule',
    off_track: 'At risk of missing',
    achieved: 'Achieved',
    no_target: 'No target',
    no_data: 'No figure',
  },
};

/** The source of a target as a short word, beside an achievement ("85,98% Nghị quyết"). */
export const SOURCE_WORDS: Record<Language, Record<TargetSource, string>> = {
  vi: {
    resolution: 'Nghị quyết',
    assigned: 'Cấp trên giao',
    plan: 'Kế hoạch',
    budget: 'Dự toán',
    goal: 'Mục tiêu',
  },
  en: { resolution: 'Resolution', assigned: 'Assigned', plan: 'Plan', budget: 'Budget', goal: 'Goal' },
};

/** The heading of a column of targets of one source. */
export const TARGET_HEADINGS: Record<Language, Record<TargetSource, string>> = {
  vi: {
    resolution: 'Chỉ tiêu Nghị quyết',
    assigned: 'Chỉ tiêu cấp trên giao',
    plan: 'Kế hoạch',
    budget: 'Dự toán',
    goal: 'Mục tiêu',
  },
  en: {
    resolution: 'Resolution target',
    assigned: 'Assigned target',
    plan: 'Plan target',
    budget: 'Budget target',
    goal: 'Goal target',
  },
};

type Outcome = Exclude<Achievement['kind'], 'ok'>;

/** An achievement without a finite ratio, in words (ADR 0003: a lower-is-better 0 is "đạt"). */
export const ACHIEVEMENT_WORDS: Record<Language, Record<Outcome, string>> = {
  vi: {
    no_target: 'Chưa có chỉ tiêu',
    zero_target: 'Chỉ tiêu bằng 0',
    zero_actual: 'Đạt',
    not_comparable: 'Không so sánh được',
  },
  en: {
    no_target: 'No target',
    zero_target: 'Target is zero',
    zero_actual: 'Achieved',
    not_comparable: 'Not comparable',
  },
};

/** What an achievement needs to be written: its outcome and, when ok, its percent. */
export interface AchievementOutcome {
  kind: Achievement['kind'];
  percent: number | null;
}

/**
 * An achievement as text: the percent when there is one, else its outcome in words.
 * @example achievementText({ kind: 'ok', percent: 85.98 }) === '85,98%'
 * @example achievementText({ kind: 'zero_actual', percent: null }) === 'Đạt'
 */
export function achievementText(a: AchievementOutcome, language: Language = 'vi'): string {
  if (a.kind === 'ok' && a.percent !== null) return formatPercent(a.percent);
  return ACHIEVEMENT_WORDS[language][a.kind === 'ok' ? 'not_comparable' : a.kind];
}
