// "kiến nghị thu hồi …, đã thu hồi …": the verb of a later figure carries over only a noun, never an
// earlier action. Real inspection reports of the tuning set (thanhtra.com.vn, Thanh Hóa).
import { describe, expect, it } from 'vitest';
import { extract } from './extract';

function indicators(text: string): [number, string][] {
  return extract(text).statements.map((s) => [s.value, s.indicator]);
}

describe('an elided object is a noun, not an earlier action', () => {
  it('"kiến nghị thu hồi hơn 9,19 tỷ đồng, đã thu hồi hơn 8 tỷ đồng"', () => {
    expect(indicators('Kiến nghị thu hồi hơn 9,19 tỷ đồng, đã thu hồi hơn 8 tỷ đồng.')).toEqual([
      [9.19, 'kiến nghị thu hồi'],
      [8, 'thu hồi'],
    ]);
  });

  it('"kiến nghị khác hơn 5,4 tỷ đồng; đã thu được hơn 3,26 tỷ đồng (đạt 50%)"', () => {
    expect(
      indicators(
        'Kiến nghị thu hồi hơn 6,51 tỷ đồng, kiến nghị khác hơn 5,4 tỷ đồng; đã thu được hơn 3,26 tỷ đồng (đạt 50%).',
      ),
    ).toEqual([
      [6.51, 'kiến nghị thu hồi'],
      [5.4, 'kiến nghị khác'],
      [3.26, 'thu'],
    ]);
  });

  it('"kiến nghị thu hồi 2.416,7 triệu đồng, đã thu 2.416,7 triệu đồng, đạt tỷ lệ 100%"', () => {
    expect(
      indicators(
        'Số tiền vi phạm 13.819,8 triệu đồng; kiến nghị thu hồi 2.416,7 triệu đồng, đã thu 2.416,7 triệu đồng, đạt tỷ lệ 100%.',
      ),
    ).toEqual([
      [13819.8, 'số tiền vi phạm'],
      [2416.7, 'kiến nghị thu hồi'],
      [2416.7, 'thu'],
      [100, 'tỷ lệ thu'],
    ]);
  });

  it('still carries a noun over: "tổng kế hoạch vốn … là 134 tỷ đồng; đã giải ngân 109 tỷ đồng"', () => {
    expect(indicators('Tổng kế hoạch vốn đầu tư công là 134 tỷ đồng; đã giải ngân 109 tỷ đồng.')[1]).toEqual([
      109,
      'giải ngân vốn đầu tư công',
    ]);
  });
});
