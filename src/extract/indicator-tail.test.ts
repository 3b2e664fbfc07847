// A period or date that closes the indicator phrase dates the figure and leaves the name; a running total
// and a named month, quarter or year stay in it. Sentences written as KT-XH reports write them.
import { describe, expect, it } from 'vitest';
import { extract } from './extract';

function names(text: string): [number, string][] {
  return extract(text).statements.map((s) => [s.value, s.indicator]);
}

describe('a period closing the phrase leaves the indicator', () => {
  it('a count of months, with or without "đầu năm" and the year', () => {
    expect(
      names(
        'Thu nội địa 9 tháng đạt 20.140 tỷ đồng; tổng vốn đầu tư 6 tháng đầu năm 2025 ước đạt 1.200 tỷ đồng; kim ngạch xuất khẩu 9 tháng năm 2025 đạt 512 triệu USD.',
      ),
    ).toEqual([
      [20140, 'thu nội địa'],
      [1200, 'tổng vốn đầu tư'],
      [512, 'kim ngạch xuất khẩu'],
    ]);
  });

  it('a date ("đến 30/9") and "hiện"', () => {
    expect(
      names('Nợ xấu của các ngân hàng đến 30/9 là 342 tỷ đồng. Tổng đàn bò hiện có 41.200 con.'),
    ).toEqual([
      [342, 'nợ xấu của các ngân hàng'],
      [41200, 'tổng đàn bò'],
    ]);
  });

  it('keeps "phát hiện", a verb, not "now"', () => {
    expect(names('Phát hiện 274 cá nhân vi phạm.')).toEqual([[274, 'phát hiện cá nhân vi phạm']]);
  });

  it('keeps a running total, a named month and a named quarter', () => {
    expect(
      names(
        'Thu ngân sách lũy kế 10 tháng đạt 500 tỷ đồng. Chỉ số giá tiêu dùng tháng 9 tăng 0,5% so với tháng trước. Chỉ số sản xuất công nghiệp quý III/2025 tăng 8,2% so với cùng kỳ.',
      ),
    ).toEqual([
      [500, 'thu ngân sách lũy kế 10 tháng'],
      [0.5, 'chỉ số giá tiêu dùng tháng 9'],
      [8.2, 'chỉ số sản xuất công nghiệp quý iii/2025'],
    ]);
  });
});
