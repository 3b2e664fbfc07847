import { describe, expect, it } from 'vitest';
import {
  achievementsBySource,
  computeAchievement,
  deriveTargetFromAchievement,
  targetMet,
} from './achievement';

describe('computeAchievement', () => {
  it('gives sản lượng tôm 24.937 tấn at 85,98% of the target the report implies', () => {
    const target = deriveTargetFromAchievement(24937, 85.98);
    expect(target).toBeCloseTo(29003.2565713, 6);
    const a = computeAchievement(24937, target);
    expect(a.kind).toBe('ok');
    expect(a.kind === 'ok' && a.percent).toBeCloseTo(85.98, 10);
  });

  it('gives giải ngân 109,960 of the 134,113 plan as 81,99%, not the stated 82,1%', () => {
    const a = computeAchievement(109.96, 134.113);
    expect(a.kind === 'ok' && Math.round(a.percent * 100) / 100).toBe(81.99);
  });

  it('defines lower-is-better as target ÷ figure so above 100% is still better', () => {
    expect(computeAchievement(2, 2.5, 'lower_is_better')).toEqual({ kind: 'ok', percent: 125 });
    const worse = computeAchievement(3, 2.5, 'lower_is_better');
    expect(worse.kind === 'ok' && worse.percent).toBeCloseTo(83.3333333, 6);
    expect(deriveTargetFromAchievement(2, 125, 'lower_is_better')).toBe(2.5);
    expect(computeAchievement(0, 2.5, 'lower_is_better')).toEqual({ kind: 'zero_actual' });
  });

  it('names the cases without a number', () => {
    expect(computeAchievement(130, null)).toEqual({ kind: 'no_target' });
    expect(computeAchievement(130, 0)).toEqual({ kind: 'zero_target' });
    // A growth rate of -1,5% against a 7% target, and -3 against -2 (which as a ratio would read 150%).
    expect(computeAchievement(-1.5, 7)).toEqual({ kind: 'not_comparable' });
    expect(computeAchievement(-3, -2)).toEqual({ kind: 'not_comparable' });
    expect(computeAchievement(-0.5, 2.5, 'lower_is_better')).toEqual({ kind: 'not_comparable' });
    expect(deriveTargetFromAchievement(130, 0)).toBeNull();
  });

  it('computes one achievement per target source', () => {
    const rows = achievementsBySource(64.77, [
      { id: 7, source: 'assigned', value: 64.77 / 1.0281 },
      { id: 8, source: 'resolution', value: 70 },
    ]);
    expect(
      rows.map((r) => [r.source, r.targetId, r.kind === 'ok' && Math.round(r.percent * 100) / 100]),
    ).toEqual([
      ['assigned', 7, 102.81],
      ['resolution', 8, 92.53],
    ]);
  });

  it('says when a target is met, whichever way is better', () => {
    expect(targetMet(64.77, 63, 'higher_is_better')).toBe(true);
    expect(targetMet(3, 2.5, 'lower_is_better')).toBe(false);
    expect(targetMet(2.5, 2.5, 'lower_is_better')).toBe(true);
  });
});
