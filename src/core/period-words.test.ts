import { describe, expect, it } from 'vitest';
import { parsePeriod } from './period';
import { periodLabel, periodName, periodNameWithoutYear, reportingPeriods } from './period-words';

describe('periodName', () => {
  it('names every period kind core parses, in Vietnamese and English', () => {
    const codes = [
      '2023-M8',
      '2023-M10',
      '2023-Q3',
      '2023-H1',
      '2023-H2',
      '2023-9M',
      '2024-8M',
      '2024-11M',
      '2023',
      '2023-YTD-2023-11-17',
      '2023-YTD-2023-08-31',
      '2023-YTD-2023-06-30',
    ];
    expect(codes.map((c) => [periodName(c), periodName(c, 'en')])).toEqual([
      ['Tháng 8/2023', 'Month 8/2023'],
      ['Tháng 10/2023', 'Month 10/2023'],
      ['Quý III/2023', 'Quarter III/2023'],
      ['6 tháng đầu năm 2023', 'First half of 2023'],
      ['6 tháng cuối năm 2023', 'Second half of 2023'],
      ['9 tháng đầu năm 2023', '9 months of 2023'],
      ['8 tháng đầu năm 2024', '8 months of 2024'],
      ['11 tháng đầu năm 2024', '11 months of 2024'],
      ['Năm 2023', 'Year 2023'],
      ['Từ 01/01/2023 đến 17/11/2023', 'Year to 17/11/2023'],
      ['8 tháng đầu năm 2023', '8 months of 2023'],
      ['6 tháng đầu năm 2023', 'First half of 2023'],
    ]);
  });

  it('reads the codes with a leading zero the web once wrote, and shows an unknown code as it is', () => {
    expect(periodName('2023-M08')).toBe('Tháng 8/2023');
    expect(periodName('năm ngoái')).toBe('năm ngoái');
  });

  it('drops the year to set two years on one axis', () => {
    expect(
      ['2023-M8', '2023-Q3', '2023-H1', '2023-9M', '2024-8M', '2023', '2023-YTD-2023-11-17'].map((c) =>
        periodNameWithoutYear(c),
      ),
    ).toEqual(['Tháng 8', 'Quý III', '6 tháng đầu năm', '9 tháng', '8 tháng', 'Cả năm', 'Đến 17/11']);
    expect(periodNameWithoutYear('2023-Q3', 'en')).toBe('Q3');
  });
});

describe('periodLabel', () => {
  it('writes periods as officials do inside a sentence', () => {
    expect(periodLabel(parsePeriod('2023-Q3'))).toBe('quý III/2023');
    expect(periodLabel(parsePeriod('2023-YTD-2023-11-17'))).toBe('từ 01/01/2023 đến 17/11/2023');
    expect(periodLabel(parsePeriod('2023-H1'))).toBe('6 tháng đầu năm 2023');
    expect(periodLabel(parsePeriod('2023-M8'))).toBe('tháng 8/2023');
    expect(periodLabel(parsePeriod('2023'))).toBe('năm 2023');
    expect(periodLabel(parsePeriod('2024-8M'))).toBe('8 tháng đầu năm 2024');
    expect(periodLabel(parsePeriod('2024-Q1'))).toBe('quý I/2024');
    expect(periodLabel(parsePeriod('2024-M3'))).toBe('tháng 3/2024');
  });
});

describe('reportingPeriods', () => {
  it('offers the year, the spans from January, the halves, quarters and months, longest first', () => {
    const periods = reportingPeriods(2023);
    expect(periods.map((p) => periodName(p))).toEqual([
      'Năm 2023',
      '11 tháng đầu năm 2023',
      '10 tháng đầu năm 2023',
      '9 tháng đầu năm 2023',
      '8 tháng đầu năm 2023',
      '7 tháng đầu năm 2023',
      '6 tháng đầu năm 2023',
      '5 tháng đầu năm 2023',
      '4 tháng đầu năm 2023',
      '2 tháng đầu năm 2023',
      '6 tháng cuối năm 2023',
      'Quý I/2023',
      'Quý II/2023',
      'Quý III/2023',
      'Quý IV/2023',
      ...Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}/2023`),
    ]);
    expect(periods.slice(0, 10)).toEqual([
      '2023',
      '2023-11M',
      '2023-10M',
      '2023-9M',
      '2023-8M',
      '2023-7M',
      '2023-H1',
      '2023-5M',
      '2023-4M',
      '2023-2M',
    ]);
    expect(periods).toContain('2023-M8');
    expect(periods.every((p) => parsePeriod(p).code === p)).toBe(true);
  });
});
