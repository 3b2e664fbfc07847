import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import {
  comparePeriods,
  dayOfYear,
  isCumulative,
  normalizePeriodCode,
  parsePeriod,
  samePeriodPreviousYear,
  shiftYears,
  tryParsePeriod,
  yearShareElapsed,
  ytdPeriodCode,
} from './period';

describe('parsePeriod', () => {
  it('reads every period form with its first and last day', () => {
    const spans = ['2023-M10', '2023-Q3', '2023-H1', '2023-9M', '2023', '2023-YTD-2023-11-17'].map((c) => {
      const p = parsePeriod(c);
      return [p.code, p.kind, p.start, p.end];
    });
    expect(spans).toEqual([
      ['2023-M10', 'month', '2023-10-01', '2023-10-31'],
      ['2023-Q3', 'quarter', '2023-07-01', '2023-09-30'],
      ['2023-H1', 'half', '2023-01-01', '2023-06-30'],
      ['2023-9M', 'months', '2023-01-01', '2023-09-30'],
      ['2023', 'year', '2023-01-01', '2023-12-31'],
      ['2023-YTD-2023-11-17', 'ytd', '2023-01-01', '2023-11-17'],
    ]);
  });

  it('reads any N months from January, naming 1, 3, 6 and 12 months by the code they already have', () => {
    const spans = [
      '2024-2M',
      '2024-8M',
      '2024-11M',
      '2024-08m',
      '2024-1M',
      '2024-3M',
      '2024-6M',
      '2024-12M',
    ].map((c) => {
      const p = parsePeriod(c);
      return [p.code, p.kind, p.index, p.start, p.end];
    });
    expect(spans).toEqual([
      ['2024-2M', 'months', 2, '2024-01-01', '2024-02-29'],
      ['2024-8M', 'months', 8, '2024-01-01', '2024-08-31'],
      ['2024-11M', 'months', 11, '2024-01-01', '2024-11-30'],
      ['2024-8M', 'months', 8, '2024-01-01', '2024-08-31'],
      ['2024-M1', 'month', 1, '2024-01-01', '2024-01-31'],
      ['2024-Q1', 'quarter', 1, '2024-01-01', '2024-03-31'],
      ['2024-H1', 'half', 1, '2024-01-01', '2024-06-30'],
      ['2024', 'year', null, '2024-01-01', '2024-12-31'],
    ]);
    expect(isCumulative(parsePeriod('2024-8M'))).toBe(true);
    expect(shiftYears(parsePeriod('2024-11M'), -1).code).toBe('2023-11M');
    expect(parsePeriod('2023-2M').end).toBe('2023-02-28');
  });

  it('knows February of a leap year and writes months without a leading zero', () => {
    expect(parsePeriod('2024-M02').end).toBe('2024-02-29');
    expect(normalizePeriodCode('2023-m09')).toBe('2023-M9');
    expect(ytdPeriodCode('2023-11-17')).toBe('2023-YTD-2023-11-17');
  });

  it.each([
    ['2023-Q5', 'quarter must be 1–4'],
    ['2023-M13', 'month must be 1–12'],
    ['2023-H3', 'half must be 1 or 2'],
    ['2023-13M', 'months from January must be 1–12'],
    ['2023-0M', 'months from January must be 1–12'],
    ['2023-100M', 'unknown form'],
    ['2023-YTD-2023-02-30', '2023-02-30 is not a date'],
    ['2023-YTD-2022-11-17', 'same year'],
    ['Q3/2023', 'unknown form'],
  ])('rejects %s with a typed error naming the field', (code, why) => {
    const error = (() => {
      try {
        parsePeriod(code, 'rows[3].period');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('invalid_period');
    expect((error as DomainError).message).toContain(`rows[3].period: '${code}'`);
    expect((error as DomainError).message).toContain(why);
    expect(tryParsePeriod(code)).toBeNull();
  });
});

describe('share of the year and comparisons', () => {
  it('counts days: 17/11/2023 is day 321 of 365', () => {
    expect(dayOfYear('2023-11-17')).toBe(321);
    expect(yearShareElapsed(parsePeriod('2023-YTD-2023-11-17'))).toBe(321 / 365);
    expect(yearShareElapsed(parsePeriod('2023-Q3'))).toBe(273 / 365);
    expect(yearShareElapsed(parsePeriod('2024-H1'))).toBe(182 / 366);
    expect(yearShareElapsed(parsePeriod('2023'))).toBe(1);
  });

  it('says which periods accumulate from 1 January', () => {
    const cumulative = ['2023-M1', '2023-M10', '2023-Q1', '2023-Q3', '2023-H1', '2023-H2', '2023-9M', '2023']
      .map((c) => parsePeriod(c))
      .filter(isCumulative)
      .map((p) => p.code);
    expect(cumulative).toEqual(['2023-M1', '2023-Q1', '2023-H1', '2023-9M', '2023']);
  });

  it('finds the same period of the previous year', () => {
    expect(samePeriodPreviousYear(parsePeriod('2023-YTD-2023-11-17')).code).toBe('2022-YTD-2022-11-17');
    expect(samePeriodPreviousYear(parsePeriod('2024-YTD-2024-02-29')).code).toBe('2023-YTD-2023-02-28');
    expect(samePeriodPreviousYear(parsePeriod('2023-Q3')).code).toBe('2022-Q3');
    expect(shiftYears(parsePeriod('2023-9M'), -2).code).toBe('2021-9M');
  });

  it('orders by end date, the longer span first', () => {
    const codes = ['2023', '2023-Q3', '2023-YTD-2023-11-17', '2023-9M', '2023-M10'];
    expect(
      codes
        .map((c) => parsePeriod(c))
        .sort(comparePeriods)
        .map((p) => p.code),
    ).toEqual(['2023-9M', '2023-Q3', '2023-M10', '2023-YTD-2023-11-17', '2023']);
  });
});
