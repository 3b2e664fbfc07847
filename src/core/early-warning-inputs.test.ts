import { describe, expect, it } from 'vitest';
import { warningIndicator } from './early-warning-inputs';
import { parsePeriod } from './period';

const shrimp = {
  id: 1,
  code: 'TS_TOM',
  measure: 'tấn',
  nature: 'flow',
  polarity: 'higher_is_better',
} as const;
const march = parsePeriod('2024-M3');
const actual = (period: string, value: number, indicatorId = 1) =>
  ({ indicatorId, period, kind: 'actual', value }) as const;

describe('warningIndicator', () => {
  it('takes a flow’s latest cumulative actual up to the period’s end, not a month or a later span', () => {
    const figures = [
      actual('2024-2M', 12),
      actual('2024-M3', 8),
      actual('2024-3M', 20),
      actual('2024-4M', 31),
    ];
    expect(warningIndicator(shrimp, march, figures, []).actual).toEqual({ value: 20, period: '2024-Q1' });
  });

  it('takes a stock’s latest level of the year, of this indicator only', () => {
    const poverty = { ...shrimp, nature: 'stock' } as const;
    const figures = [actual('2023-M12', 4.1), actual('2024-M2', 3.6), actual('2024-M3', 9, 2)];
    expect(warningIndicator(poverty, march, figures, []).actual).toEqual({ value: 3.6, period: '2024-M2' });
  });

  it('binds the resolution’s year target before the plan’s, and ignores term targets', () => {
    const targets = [
      { indicatorId: 1, fromYear: 2024, toYear: 2024, value: 120, source: 'plan' },
      { indicatorId: 1, fromYear: 2020, toYear: 2025, value: 500, source: 'resolution' },
      { indicatorId: 1, fromYear: 2024, toYear: 2024, value: 100, source: 'resolution' },
    ] as const;
    expect(warningIndicator(shrimp, march, [], targets)).toEqual({
      indicatorId: 1,
      code: 'TS_TOM',
      measure: 'tấn',
      nature: 'flow',
      polarity: 'higher_is_better',
      target: 100,
      actual: null,
      reportedEstimate: null,
    });
  });

  it('reads the unit’s year-end estimate from an estimate of the year period', () => {
    const figures = [{ indicatorId: 1, period: '2024', kind: 'estimate', value: 96.5 } as const];
    expect(warningIndicator(shrimp, march, figures, []).reportedEstimate).toBe(96.5);
  });
});
