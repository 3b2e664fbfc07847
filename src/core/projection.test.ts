import { describe, expect, it } from 'vitest';
import { parsePeriod } from './period';
import { projectYearEnd, seasonalHistory, seasonalShare } from './projection';

const YTD = '2023-YTD-2023-11-17';

function actual(period: string, value: number) {
  return { period, kind: 'actual' as const, value };
}

describe('projectYearEnd', () => {
  it('extends a flow linearly by the share of the year passed when there is no history', () => {
    const p = projectYearEnd({ nature: 'flow', actual: { value: 130, period: YTD } });
    expect(p?.method).toBe('linear');
    expect(p?.value).toBeCloseTo((130 * 365) / 321, 10); // 147.82
  });

  it('uses the seasonal profile of earlier years: shrimp harvests peak late', () => {
    // 2022: 18.000 t by 30/9, 24.000 t by 31/10, 27.000 t for the year; 2021: 16.000 t by 9M of 25.000 t.
    const history = seasonalHistory([
      actual('2022-9M', 18000),
      actual('2022-YTD-2022-10-31', 24000),
      actual('2022', 27000),
      actual('2021-9M', 16000),
      actual('2021', 25000),
      actual('2021-Q3', 9000), // a quarter alone is not cumulative and is left out
      { period: '2020-9M', kind: 'estimate' as const, value: 1 },
    ]);
    expect(history.map((h) => [h.year, h.total, h.cumulative.length])).toEqual([
      [2021, 25000, 2],
      [2022, 27000, 3],
    ]);
    const share = seasonalShare(parsePeriod('2023-9M'), history);
    expect(share?.years).toEqual([2021, 2022]);
    expect(share?.share).toBeCloseTo(34000 / 52000, 12);
    const p = projectYearEnd({ nature: 'flow', actual: { value: 20000, period: '2023-9M' }, history });
    expect(p?.method).toBe('seasonal');
    expect(p?.value).toBeCloseTo((20000 * 52000) / 34000, 8); // 30.588 t
  });

  it('interpolates the earlier year between its reported dates', () => {
    const history = seasonalHistory([actual('2022-9M', 18000), actual('2022', 27000)]);
    // 17/11 is day 321: between 30/9 (273) and 31/12 (365) of 2022: 18000 + 9000 × 48/92.
    const share = seasonalShare(parsePeriod(YTD), history);
    expect(share?.share).toBeCloseTo((18000 + (9000 * 48) / 92) / 27000, 12);
  });

  it("prefers the unit's own year-end estimate", () => {
    const p = projectYearEnd({ nature: 'flow', actual: { value: 130, period: YTD }, reportedEstimate: 155 });
    expect(p).toEqual({ value: 155, method: 'reported_estimate' });
  });

  it("takes a stock's latest level, and says nothing from a lone quarter", () => {
    expect(projectYearEnd({ nature: 'stock', actual: { value: 92.58, period: YTD } })).toEqual({
      value: 92.58,
      method: 'stock_latest',
    });
    expect(projectYearEnd({ nature: 'flow', actual: { value: 9000, period: '2023-Q3' } })).toBeNull();
    expect(projectYearEnd({ nature: 'flow', actual: null })).toBeNull();
  });
});
