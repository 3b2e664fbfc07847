import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatLongDate,
  formatNumber,
  formatPercent,
  formatQuantity,
  formatSignedPercent,
  roundToDecimals,
} from './format';

describe('Vietnamese formats', () => {
  it.each([
    { value: 40945, decimals: undefined, text: '40.945' },
    { value: 134.113, decimals: 3, text: '134,113' },
    { value: 1234567.5, decimals: undefined, text: '1.234.567,5' },
  ])('groups thousands with dots and writes decimals with a comma: $text', ({ value, decimals, text }) => {
    expect(formatNumber(value, decimals)).toBe(text);
  });

  it('writes percentages and quantities', () => {
    expect(formatPercent(85.98)).toBe('85,98%');
    expect(formatPercent(85.3)).toBe('85,3%');
    expect([1.25, -3.2, 0].map((p) => formatSignedPercent(p))).toEqual(['+1,25%', '-3,2%', '0%']);
    expect([roundToDecimals(48001.172, 0), roundToDecimals(85.98347, 2), roundToDecimals(-1.25, 1)]).toEqual([
      48001, 85.98, -1.3,
    ]);
    expect(formatQuantity(40945, 'tấn')).toBe('40.945 tấn');
    expect(formatQuantity(92.58, '%')).toBe('92,58%');
  });

  it('writes short dates, and audit moments as read in Việt Nam', () => {
    expect(formatDate('2023-11-17')).toBe('17/11/2023');
    // 17:30 UTC on the 16th is already the 17th there.
    expect(formatDateTime('2023-11-16T17:30:00Z')).toBe('00:30 17/11/2023');
  });

  // A leading zero where a pen could add a digit: days 1–9, months 1 and 2; never for March onwards.
  it.each([
    { date: '2023-11-17', written: 'ngày 17 tháng 11 năm 2023' },
    { date: '2024-01-05', written: 'ngày 05 tháng 01 năm 2024' },
    { date: '2024-02-29', written: 'ngày 29 tháng 02 năm 2024' },
    { date: '2025-07-01', written: 'ngày 01 tháng 7 năm 2025' },
    { date: '2024-12-10', written: 'ngày 10 tháng 12 năm 2024' },
    { date: '2024-03-09', written: 'ngày 09 tháng 3 năm 2024' },
  ])('writes $date as the official long date "$written"', ({ date, written }) => {
    expect(formatLongDate(date)).toBe(written);
  });
});
