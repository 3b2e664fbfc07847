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

  // A growth rate of -1,5% against a 7% target, and -3 against -2 (which as a ratio would read 150%).
  it.each([
    { actual: 130, target: null, polarity: undefined, kind: 'no_target' },
    { actual: 130, target: 0, polarity: undefined, kind: 'zero_target' },
    { actual: -1.5, target: 7, polarity: undefined, kind: 'not_comparable' },
    { actual: -3, target: -2, polarity: undefined, kind: 'not_comparable' },
    { actual: -0.5, target: 2.5, polarity: 'lower_is_better', kind: 'not_comparable' },
  ] as const)(
    'names $actual against $target without a number: $kind',
    ({ actual, target, polarity, kind }) => {
      expect(computeAchievement(actual, target, polarity)).toEqual({ kind });
    },
  );

  it('derives no target from an achievement of 0%', () => {
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

  it.each([
    { actual: 64.77, target: 63, polarity: 'higher_is_better', met: true },
    { actual: 3, target: 2.5, polarity: 'lower_is_better', met: false },
    { actual: 2.5, target: 2.5, polarity: 'lower_is_better', met: true },
  ] as const)('says whether $actual meets $target, $polarity: $met', ({ actual, target, polarity, met }) => {
    expect(targetMet(actual, target, polarity)).toBe(met);
  });
});
