// Indicator phrases without who set the target, the frame, the period or the bound's tail: real passages
// of the tuning set (sources in corpus/tuning-set.json).
import { describe, expect, it } from 'vitest';
import { extract } from './extract';

function named(text: string): [number, string, string | null | undefined][] {
  return extract(text).statements.map((s) => [s.value, s.indicator, s.subject]);
}

describe('a target frame leaves the indicator', () => {
  it('"Đảng bộ huyện phấn đấu năm 2018 tỷ lệ …" (baodongnai.com.vn)', () => {
    expect(
      named(
        'Đảng bộ huyện phấn đấu năm 2018 tỷ lệ phát triển đảng viên mới đạt từ 7% trở lên so với tổng số đảng viên đầu năm.',
      ),
    ).toEqual([[7, 'tỷ lệ phát triển đảng viên mới', null]]);
  });

  it('"Nghị quyết Đại hội … đề ra mục tiêu mỗi năm kết nạp từ 90 - 100 đảng viên" (baohaiduong.vn)', () => {
    const [range] = extract(
      'Nghị quyết Đại hội Đảng bộ huyện Thanh Hà nhiệm kỳ 2020 - 2025 đề ra mục tiêu mỗi năm kết nạp từ 90 - 100 đảng viên.',
    ).statements;
    expect([range?.value, range?.valueTo, range?.unit, range?.indicator]).toEqual([
      90,
      100,
      'đảng viên',
      'kết nạp đảng viên',
    ]);
  });

  it('"ngành nông nghiệp đặt mục tiêu tổng giá trị sản xuất …" (baohatinh.vn)', () => {
    expect(
      named(
        'Năm 2022, ngành nông nghiệp đặt mục tiêu tổng giá trị sản xuất nông lâm thủy sản đạt trên 13.828 tỷ đồng.',
      ),
    ).toEqual([[13828, 'tổng giá trị sản xuất nông lâm thủy sản', null]]);
  });

  it('"Đảng bộ huyện phấn đấu kết nạp trên 290 đảng viên trở lên" keeps no "trở lên" (lucngan.bacgiang.gov.vn)', () => {
    const [s] = extract('Năm 2018, Đảng bộ huyện phấn đấu kết nạp trên 290 đảng viên trở lên.').statements;
    expect([s?.value, s?.approx, s?.indicator]).toEqual([290, 'trên', 'kết nạp đảng viên']);
  });
});

describe('a period or the whole country opening the clause leaves the indicator', () => {
  it('"Trong nhiệm kỳ (2015-2020) huyện Chư Sê đã kết nạp …" names the district (gialaitv.vn)', () => {
    expect(named('Trong nhiệm kỳ (2015-2020) huyện Chư Sê đã kết nạp được 1.500 đảng viên.')[0]).toEqual([
      1500,
      'kết nạp đảng viên',
      'huyện chư sê',
    ]);
  });

  it('"cả nước có 6.084/7.669 xã" (vietnamnet.vn)', () => {
    expect(named('Đến tháng 6/2025, cả nước có 6.084/7.669 xã đạt chuẩn nông thôn mới.')[0]?.[1]).toBe(
      'xã đạt chuẩn nông thôn mới',
    );
  });
});
