// Achievement (tỷ lệ đạt): how much of a target a figure reaches, as the reports state it.
import type { Polarity, Target, TargetSource } from './types';

/** Named outcomes instead of NaN or a throw (STYLE rule 3). */
export type Achievement =
  | { kind: 'ok'; percent: number }
  | { kind: 'no_target' }
  | { kind: 'zero_target' }
  /** Lower-is-better only: a figure of 0 (no poor households left) has no finite ratio to its target. */
  | { kind: 'zero_actual' }
  /** A negative figure or target (a growth rate of -2%): their ratio is no share of the target reached. */
  | { kind: 'not_comparable' };

/**
 * Figure ÷ target × 100. For a lower-is-better indicator (poverty rate) it is target ÷ figure × 100, so
 * that above 100 still means "better than the target" on every row: reaching 2% against a target of 2.5%
 * is 125%, and 3% is 83.33%. (Figure ÷ target would show 80% for the better result and 120% for the worse.)
 * @example computeAchievement(24937, 24937 / 0.8598) → { kind: 'ok', percent: 85.98 }
 * @example computeAchievement(2, 2.5, 'lower_is_better') → { kind: 'ok', percent: 125 }
 * @example computeAchievement(-1.5, 7) → { kind: 'not_comparable' }
 */
export function computeAchievement(
  actual: number,
  target: number | null | undefined,
  polarity: Polarity = 'higher_is_better',
): Achievement {
  if (target === null || target === undefined) return { kind: 'no_target' };
  if (target === 0) return { kind: 'zero_target' };
  // -1,5% growth against a 7% target is not "-21% reached", and -3 ÷ -2 would call the worse figure 150%.
  if (actual < 0 || target < 0) return { kind: 'not_comparable' };
  if (polarity === 'higher_is_better') return { kind: 'ok', percent: (actual / target) * 100 };
  if (actual === 0) return { kind: 'zero_actual' };
  return { kind: 'ok', percent: (target / actual) * 100 };
}

/**
 * The target a stated achievement implies; null when the percent implies none (0 or not finite).
 * Inverse of computeAchievement, for targets known only through "đạt 85,98% Nghị quyết".
 * @example deriveTargetFromAchievement(24937, 85.98) === 24937 / 0.8598 // 29003.2565…
 * @example deriveTargetFromAchievement(2, 125, 'lower_is_better') === 2.5
 */
export function deriveTargetFromAchievement(
  value: number,
  percent: number,
  polarity: Polarity = 'higher_is_better',
): number | null {
  if (!Number.isFinite(percent) || !Number.isFinite(value) || percent <= 0) return null;
  return polarity === 'higher_is_better' ? value / (percent / 100) : (value * percent) / 100;
}

export type SourceAchievement = { source: TargetSource; targetId: number } & Achievement;

/**
 * Achievement against each target, in the order of the targets given.
 * @example achievementsBySource(109.96, [planTarget134_113]) → [{ source: 'plan', targetId: 1, kind: 'ok', percent: 81.9906… }]
 */
export function achievementsBySource(
  actual: number,
  targets: readonly Pick<Target, 'id' | 'source' | 'value'>[],
  polarity: Polarity = 'higher_is_better',
): SourceAchievement[] {
  return targets.map((t) => ({
    source: t.source,
    targetId: t.id,
    ...computeAchievement(actual, t.value, polarity),
  }));
}

/**
 * Whether a figure has reached its target, whichever way is better.
 * @example targetMet(64.77, 63, 'higher_is_better') === true; targetMet(3, 2.5, 'lower_is_better') === false
 */
export function targetMet(actual: number, target: number, polarity: Polarity): boolean {
  return polarity === 'higher_is_better' ? actual >= target : actual <= target;
}
