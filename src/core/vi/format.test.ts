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
  it('groups thousands with dots and writes decimals with a comma', () => {
    expect(formatNumber(40945)).toBe('40.945');
    expect(formatNumber(134.113, 3)).toBe('134,113');
    expect(formatNumber(1234567.5)).toBe('1.234.567,5');
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
  it('writes short and official long dates', () => {
    expect(formatDate('2023-11-17')).toBe('17/11/2023');
    // Audit moments read in Việt Nam: 17:30 UTC on the 16th is already the 17th there.
    expect(formatDateTime('2023-11-16T17:30:00Z')).toBe('00:30 17/11/2023');
    expect(formatLongDate('2023-11-17')).toBe('ngày 17 tháng 11 năm 2023');
    // A leading zero where a pen could add a digit: days 1–9, months 1 and 2; never for March onwards.
    expect(formatLongDate('2024-01-05')).toBe('ngày 05 tháng 01 năm 2024');
    expect(formatLongDate('2024-02-29')).toBe('ngày 29 tháng 02 năm 2024');
    expect(formatLongDate('2025-07-01')).toBe('ngày 01 tháng 7 năm 2025');
    expect(formatLongDate('2024-12-10')).toBe('ngày 10 tháng 12 năm 2024');
    expect(formatLongDate('2024-03-09')).toBe('ngày 09 tháng 3 năm 2024');
  });
});
