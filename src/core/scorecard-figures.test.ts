import { describe, expect, it } from 'vitest';
import { parsePeriod } from './period';
import {
  activeInYear,
  cumulativeSeries,
  figureFor,
  figuresOf,
  historyBefore,
  indexObservations,
  latestActual,
  yearEstimate,
} from './scorecard-figures';
import { buildObservation } from './testing/factories';

function month(year: number, m: number, value: number, kind: 'actual' | 'estimate' = 'actual') {
  return buildObservation({ unitId: 2, indicatorId: 5, period: `${year}-M${m}`, value, kind });
}

const index = indexObservations([
  month(2023, 1, 10),
  month(2023, 2, 12),
  month(2023, 3, 9),
  month(2023, 5, 40), // April is missing: the sum stops at March
  buildObservation({ unitId: 2, indicatorId: 5, period: '2023-9M', value: 95 }),
  buildObservation({ unitId: 2, indicatorId: 5, period: '2023', value: 130, kind: 'estimate' }),
  buildObservation({ unitId: 2, indicatorId: 5, period: 'not-a-period', value: 1 }),
  ...[4, 3, 2, 1].map((q) =>
    buildObservation({ unitId: 2, indicatorId: 5, period: `2022-Q${q}`, value: q * 10 }),
  ),
]);
const figures = figuresOf(index, 2, 5);

describe('cumulativeSeries', () => {
  it('sums consecutive months from January beside the figures reported cumulatively', () => {
    expect(
      cumulativeSeries(figures, 2023).map((f) => [f.period.code, f.value, f.observationId === null]),
    ).toEqual([
      ['2023-M1', 10, false],
      ['2023-2M', 22, true],
      ['2023-Q1', 31, true],
      ['2023-9M', 95, false],
    ]);
    expect(cumulativeSeries(figures, 2023)[2]?.note).toBe('Cộng dồn tháng 1–3/2023');
  });

  it('sums quarters into the half, nine months and the year', () => {
    expect(cumulativeSeries(figures, 2022).map((f) => [f.period.code, f.value])).toEqual([
      ['2022-Q1', 10],
      ['2022-H1', 30],
      ['2022-9M', 60],
      ['2022', 100],
    ]);
    expect(historyBefore(figures, 2023).map((h) => [h.year, h.total, h.cumulative.length])).toEqual([
      [2022, 100, 4],
    ]);
  });
});

describe('picking a row’s figures', () => {
  it('takes the latest cumulative actual up to asOf, and the year estimate', () => {
    expect(latestActual(figures, 'flow', 2023, null)?.period.code).toBe('2023-9M');
    expect(latestActual(figures, 'flow', 2023, '2023-06-30')?.value).toBe(31);
    expect(latestActual(figures, 'stock', 2023, null)?.period.code).toBe('2023-9M');
    expect(yearEstimate(figures, 2023)?.value).toBe(130);
  });

  it('finds the same span a year earlier, summed when need be', () => {
    expect(figureFor(figures, 'flow', parsePeriod('2022-9M'))?.value).toBe(60);
    expect(figureFor(figures, 'flow', parsePeriod('2022-YTD-2022-11-17'))).toBeNull();
    expect(figureFor(figures, 'stock', parsePeriod('2022-Q2'))?.value).toBe(20);
  });

  it('expects the children that existed during the year', () => {
    const units = [
      { validFrom: null, validTo: null },
      { validFrom: null, validTo: '2022-12-31' },
      { validFrom: '2023-07-01', validTo: null },
    ];
    expect(activeInYear(units, 2023)).toEqual([units[0], units[2]]);
  });
});
