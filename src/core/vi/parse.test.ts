import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from './format';
import { detectNumberConvention, parseViNumber, parseViNumberWords } from './parse';

describe('parseViNumber', () => {
  it('reads "." as thousands and "," as decimals', () => {
    expect(parseViNumber('40.945')).toBe(40945);
    expect(parseViNumber('85,3')).toBe(85.3);
    expect(parseViNumber('134,113')).toBe(134.113);
    expect(parseViNumber('1.234.567,89')).toBe(1234567.89);
    expect(parseViNumber('08')).toBe(8);
  });
  it('decides "1,250" by the document convention and by what is counted', () => {
    expect(parseViNumber('1,250')).toBe(1.25);
    expect(parseViNumber('1,250', { whole: true })).toBe(1250);
    expect(parseViNumber('1,250', { convention: 'en' })).toBe(1250);
    expect(parseViNumber('85.3', { convention: 'en' })).toBe(85.3);
    expect(parseViNumber('1,250,000')).toBe(1250000);
    expect(parseViNumber('1,250.5')).toBe(1250.5);
  });
  it('reads a dot before one or two digits as a decimal typed the English way', () => {
    expect(parseViNumber('12.5')).toBe(12.5);
  });
  it('refuses what is not one number', () => {
    expect(parseViNumber('2.5.3')).toBeNull();
    expect(parseViNumber('1.25.000')).toBeNull();
    expect(parseViNumber('9'.repeat(16))).toBeNull();
    expect(parseViNumber('')).toBeNull();
  });
  it('gives back every number the Vietnamese formatter writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 3 }), (n, d) => {
        const value = n / 10 ** d;
        expect(parseViNumber(formatNumber(value, 3))).toBe(value);
      }),
    );
  });
});

describe('detectNumberConvention', () => {
  it('reads the convention from unambiguous numbers', () => {
    expect(detectNumberConvention('40.945 tấn, đạt 85,3%')).toBe('vi');
    expect(detectNumberConvention('1,250,000 people, 85.3%')).toBe('en');
    expect(detectNumberConvention('không có số')).toBe('vi');
  });
});

describe('parseViNumberWords', () => {
  it('reads counts written in words', () => {
    expect(parseViNumberWords(['hai', 'mươi', 'lăm', 'xã'])).toEqual({ value: 25, length: 3 });
    expect(parseViNumberWords(['mười', 'lăm'])).toEqual({ value: 15, length: 2 });
    expect(parseViNumberWords(['một', 'trăm', 'linh', 'năm'])).toEqual({ value: 105, length: 4 });
    expect(parseViNumberWords(['ba', 'nghìn', 'hai', 'trăm'])).toEqual({ value: 3200, length: 4 });
    expect(parseViNumberWords(['năm', 'mươi', 'mốt'])).toEqual({ value: 51, length: 3 });
    expect(parseViNumberWords(['xã'])).toBeNull();
  });
});
