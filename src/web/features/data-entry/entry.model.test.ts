import { describe, expect, it } from 'vitest';
import { parseEntry, warningsFor } from './entry.model';

const tons = { minValue: 0, maxValue: null, decimals: 0 };
const coverage = { minValue: 0, maxValue: 100, decimals: 2 };

describe('data entry model', () => {
  it('reads vi-VN figures as typed', () => {
    expect(parseEntry('24.937', tons, false)).toEqual({ kind: 'ok', value: 24937 });
    expect(parseEntry(' 92,58 ', coverage, false)).toEqual({ kind: 'ok', value: 92.58 });
    expect(parseEntry('', tons, false)).toEqual({ kind: 'empty' });
  });

  it('names what is wrong with a figure', () => {
    expect(parseEntry('', tons, true)).toEqual({ kind: 'error', code: 'required' });
    expect(parseEntry('hai mươi', tons, false)).toEqual({ kind: 'error', code: 'not_number' });
    expect(parseEntry('-5', tons, false)).toEqual({ kind: 'error', code: 'below_min', limit: 0 });
    expect(parseEntry('100,08', coverage, false)).toEqual({ kind: 'error', code: 'above_max', limit: 100 });
  });

  it('warns on a figure three times last year and on a part above its whole', () => {
    expect(
      warningsFor(24937, { previous: 24629, whole: { value: 40945, name: 'Tổng sản lượng thủy sản' } }),
    ).toEqual([]);
    expect(warningsFor(75000, { previous: 24629, whole: null })).toEqual([
      { kind: 'jump', previous: 24629, ratio: 75000 / 24629 },
    ]);
    expect(
      warningsFor(41000, { previous: null, whole: { value: 40945, name: 'Tổng sản lượng thủy sản' } }),
    ).toEqual([{ kind: 'part_exceeds_whole', whole: 40945, wholeName: 'Tổng sản lượng thủy sản' }]);
  });

  it("refuses a figure its indicator's decimals would round away, saying what was likely meant", () => {
    expect(parseEntry('40,945', tons, false)).toEqual({
      kind: 'error',
      code: 'decimal_comma',
      suggestion: 40945,
    });
    expect(parseEntry('-1,250', { ...tons, minValue: null }, false)).toEqual({
      kind: 'error',
      code: 'decimal_comma',
      suggestion: -1250,
    });
    expect(parseEntry('12,5', tons, false)).toEqual({
      kind: 'error',
      code: 'too_many_decimals',
      decimals: 0,
      rounded: 13,
    });
    expect(parseEntry('92,587', coverage, false)).toEqual({
      kind: 'error',
      code: 'too_many_decimals',
      decimals: 2,
      rounded: 92.59,
    });
    expect(parseEntry('40.945', tons, false)).toEqual({ kind: 'ok', value: 40945 });
    expect(parseEntry('92,5', coverage, false)).toEqual({ kind: 'ok', value: 92.5 });
  });
});
