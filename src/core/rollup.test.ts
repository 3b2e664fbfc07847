import { describe, expect, it } from 'vitest';
import { compareWithRollup, rollUp } from './rollup';

// Children of Huyện ủy Cái Nước in the demo: 11 Trần Thới, 12 Tân Hưng Đông, 13 thị trấn Cái Nước.
const coverage = {
  kind: 'ratio',
  numeratorCode: 'BHYT_SONGUOI',
  denominatorCode: 'DAN_SO',
  factor: 100,
} as const;

describe('rollUp', () => {
  it('sums flows and counts who reported', () => {
    const r = rollUp(
      { kind: 'sum' },
      {
        expected: 3,
        values: [
          { unitId: 11, value: 9120 },
          { unitId: 12, value: 8400 },
        ],
      },
    );
    expect(r).toEqual({ kind: 'ok', value: 17520, reporting: 2, expected: 3 });
  });

  it('averages over reporting children only', () => {
    const r = rollUp(
      { kind: 'mean' },
      {
        expected: 3,
        values: [
          { unitId: 11, value: 16 },
          { unitId: 12, value: 14 },
        ],
      },
    );
    expect(r).toEqual({ kind: 'ok', value: 15, reporting: 2, expected: 3 });
  });

  it('rolls a ratio up by summing both parts, never averaging percentages', () => {
    const r = rollUp(coverage, {
      expected: 3,
      numerators: [
        { unitId: 11, value: 900 },
        { unitId: 12, value: 9500 },
        { unitId: 13, value: 4000 },
      ],
      denominators: [
        { unitId: 11, value: 1000 },
        { unitId: 12, value: 10000 },
      ],
    });
    // (900 + 9500) ÷ (1000 + 10000) = 94,55%, where the mean of 90% and 95% would be 92,5%.
    expect(r.kind === 'ok' && [r.value, r.reporting]).toEqual([(10400 / 11000) * 100, 2]);
  });

  it('names the cases without a figure', () => {
    expect(rollUp({ kind: 'none' }, { expected: 3, values: [{ unitId: 11, value: 1 }] })).toEqual({
      kind: 'not_aggregated',
    });
    expect(rollUp({ kind: 'sum' }, { expected: 3, values: [] })).toEqual({
      kind: 'no_data',
      reporting: 0,
      expected: 3,
    });
    expect(
      rollUp(coverage, {
        expected: 1,
        numerators: [{ unitId: 11, value: 0 }],
        denominators: [{ unitId: 11, value: 0 }],
      }),
    ).toEqual({ kind: 'zero_denominator', reporting: 1, expected: 1 });
  });
});

describe('compareWithRollup', () => {
  it("measures the gap between a parent's own figure and its children's", () => {
    const c = compareWithRollup(40945, { kind: 'ok', value: 40500, reporting: 3, expected: 3 });
    expect(c?.difference).toBe(445);
    expect(c?.percent).toBeCloseTo(1.086824, 5);
    expect(c?.complete).toBe(true);
    expect(compareWithRollup(1, { kind: 'no_data', reporting: 0, expected: 3 })).toBeNull();
  });
});
