import { describe, expect, it } from 'vitest';
import { compareWithRollup, rollUp } from './rollup';

// Children of Huyện ủy Cái Nước in the demo: 11 Trần Thới, 12 Tân Hưng Đông, 13 thị trấn Cái Nước.
const coverage = {
  kind: 'ratio',
  numeratorCode: 'BHYT_SONGUOI',
  denominatorCode: 'DAN_SO',
  factor: 100,
} as const;

// One figure a child, in the order above: reported(9120, 8400) is Trần Thới's 9.120 and Tân Hưng Đông's 8.400.
const reported = (...values: number[]) => values.map((value, i) => ({ unitId: 11 + i, value }));

describe('rollUp', () => {
  it.each([
    { kind: 'sum', values: [9120, 8400], value: 17520, how: 'sums flows and counts who reported' },
    { kind: 'mean', values: [16, 14], value: 15, how: 'averages over reporting children only' },
  ] as const)('$how', ({ kind, values, value }) => {
    const r = rollUp({ kind }, { expected: 3, values: reported(...values) });
    expect(r).toEqual({ kind: 'ok', value, reporting: 2, expected: 3 });
  });

  it('rolls a ratio up by summing both parts, never averaging percentages', () => {
    const r = rollUp(coverage, {
      expected: 3,
      numerators: reported(900, 9500, 4000),
      denominators: reported(1000, 10000),
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
