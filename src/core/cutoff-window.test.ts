import { describe, expect, it } from 'vitest';
import { cutoffWindow } from './cutoff-window';
import { DomainError } from './errors';
import { parsePeriod } from './period';

const nd09 = (code: string) => {
  const w = cutoffWindow(parsePeriod(code), 'nd09');
  return [w.from, w.to];
};

describe('cutoffWindow under NĐ 09/2019 Điều 12', () => {
  it('runs every month of 2024 from the 15th of the month before to its 14th', () => {
    const months = Array.from({ length: 12 }, (_, i) => nd09(`2024-M${i + 1}`));
    expect(months).toEqual([
      ['2023-12-15', '2024-01-14'],
      ['2024-01-15', '2024-02-14'],
      ['2024-02-15', '2024-03-14'],
      ['2024-03-15', '2024-04-14'],
      ['2024-04-15', '2024-05-14'],
      ['2024-05-15', '2024-06-14'],
      ['2024-06-15', '2024-07-14'],
      ['2024-07-15', '2024-08-14'],
      ['2024-08-15', '2024-09-14'],
      ['2024-09-15', '2024-10-14'],
      ['2024-10-15', '2024-11-14'],
      ['2024-11-15', '2024-12-14'],
    ]);
  });

  it('runs a quarter from the 15th of the month before it to the 14th of its last month', () => {
    expect(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'].map(nd09)).toEqual([
      ['2023-12-15', '2024-03-14'],
      ['2024-03-15', '2024-06-14'],
      ['2024-06-15', '2024-09-14'],
      ['2024-09-15', '2024-12-14'],
    ]);
  });

  it('runs the half-year, the N months and the year from 15 December of the year before', () => {
    expect(['2024-H1', '2024-H2', '2024-2M', '2024-8M', '2024-9M', '2024-11M', '2024'].map(nd09)).toEqual([
      ['2023-12-15', '2024-06-14'],
      ['2024-06-15', '2024-12-14'],
      ['2023-12-15', '2024-02-14'],
      ['2023-12-15', '2024-08-14'],
      ['2023-12-15', '2024-09-14'],
      ['2023-12-15', '2024-11-14'],
      ['2023-12-15', '2024-12-14'],
    ]);
  });

  it('gives a year-to-date span ending on any day no NĐ 09 window, naming the field', () => {
    const attempt = () => cutoffWindow(parsePeriod('2023-YTD-2023-11-17'), 'nd09', 'periods[2]');
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow("periods[2]: '2023-YTD-2023-11-17' has no NĐ 09 cut-off window");
  });
});

describe('cutoffWindow under the calendar', () => {
  it('is the period itself, leap days included', () => {
    const windows = ['2024-M2', '2024-Q1', '2024-H2', '2024-8M', '2024', '2023-YTD-2023-11-17'].map((c) =>
      cutoffWindow(parsePeriod(c), 'calendar'),
    );
    expect(windows).toEqual([
      { rule: 'calendar', from: '2024-02-01', to: '2024-02-29' },
      { rule: 'calendar', from: '2024-01-01', to: '2024-03-31' },
      { rule: 'calendar', from: '2024-07-01', to: '2024-12-31' },
      { rule: 'calendar', from: '2024-01-01', to: '2024-08-31' },
      { rule: 'calendar', from: '2024-01-01', to: '2024-12-31' },
      { rule: 'calendar', from: '2023-01-01', to: '2023-11-17' },
    ]);
  });
});
