import { describe, expect, it } from 'vitest';
import { highlightPieces, reportDate } from './report.model';

const text =
  'Tổng sản lượng thủy sản thu hoạch 40.945 tấn, đạt 85,3% Nghị quyết; trong đó sản lượng tôm 24.937 tấn.';

describe('report model', () => {
  it('cuts the text at each statement span, in text order', () => {
    const tom = text.indexOf('sản lượng tôm');
    const pieces = highlightPieces(text, [
      [tom, text.length - 1],
      [0, 66],
    ]);
    expect(pieces.map((p) => p.statement)).toEqual([1, null, 0, null]);
    expect(pieces[0]?.text).toBe('Tổng sản lượng thủy sản thu hoạch 40.945 tấn, đạt 85,3% Nghị quyết');
    expect(pieces[2]?.text).toBe('sản lượng tôm 24.937 tấn');
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('drops spans outside the text or overlapping an earlier one', () => {
    expect(
      highlightPieces('abcdef', [
        [1, 4],
        [2, 5],
        [4, 99],
      ]).map((p) => [p.text, p.statement]),
    ).toEqual([
      ['a', null],
      ['bcd', 0],
      ['ef', null],
    ]);
  });

  it('reads the report date', () => {
    expect(reportDate('Ngày 17/11/2023, Đoàn công tác của Tỉnh ủy')).toBe('2023-11-17');
    expect(reportDate('Không có ngày tháng')).toBeNull();
  });
});
