// A list after the figure is the counted thing ("274 cá nhân, tổ chức vi phạm"): the indicator keeps every
// item, and stops where a clause of its own starts (a verb of stating, a new subject, the next figure).
import { describe, expect, it } from 'vitest';
import { extract } from './extract';

function names(text: string): [number, string][] {
  return extract(text).statements.map((s) => [s.value, s.indicator]);
}

describe('a list after the figure', () => {
  it('keeps its items (tuning t18, thanhtra.gov.vn; t05, Gia Lai)', () => {
    expect(names('Kết quả, phát hiện 274 cá nhân, tổ chức vi phạm; ban hành 74 quyết định xử phạt.')).toEqual(
      [
        [274, 'phát hiện cá nhân, tổ chức vi phạm'],
        [74, 'ban hành quyết định xử phạt'],
      ],
    );
    expect(names('Năm nay đã hỗ trợ 1.250 hộ nghèo, hộ cận nghèo.')).toEqual([
      [1250, 'hỗ trợ hộ nghèo, hộ cận nghèo'],
    ]);
  });

  it('ends the item at "đối với" and before the next figure', () => {
    expect(
      names('Thanh tra tỉnh đã thực hiện 659 cuộc thanh tra, kiểm tra chuyên ngành đối với 2.427 cá nhân.'),
    ).toEqual([
      [659, 'thực hiện cuộc thanh tra, kiểm tra chuyên ngành'],
      [2427, 'cá nhân'],
    ]);
  });

  it('does not take a clause of its own as an item', () => {
    expect(
      names(
        'Huyện đã kết nạp 130 đảng viên, đạt tỷ lệ 7,6%. Xây dựng 200 nhà, toàn tỉnh có 30 nhà văn hóa. Tiếp nhận 45 hồ sơ, Sở Nội vụ đã giải quyết 40 hồ sơ.',
      ).map(([v, n]) => `${v} ${n}`),
    ).toEqual([
      '130 kết nạp đảng viên',
      '7.6 tỷ lệ kết nạp đảng viên',
      '200 xây dựng nhà',
      '30 nhà văn hóa',
      '45 tiếp nhận hồ sơ',
      '40 giải quyết hồ sơ',
    ]);
  });
});
