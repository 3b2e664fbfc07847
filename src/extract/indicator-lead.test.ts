// Indicator phrases without who set the target, the frame, the period or the bound's tail: real passages
// of the tuning set (sources in corpus/tuning-set.json).
import { describe, expect, it } from 'vitest';
import { extract } from './extract';

function named(text: string): [number, string, string | null | undefined][] {
  return extract(text).statements.map((s) => [s.value, s.indicator, s.subject]);
}

describe('a target frame leaves the indicator', () => {
  // The title, the passage, and its figures as `named` gives them.
  const FRAMED: [title: string, text: string, figures: ReturnType<typeof named>][] = [
    [
      '"Đảng bộ huyện phấn đấu năm 2018 tỷ lệ …" (baodongnai.com.vn)',
      'Đảng bộ huyện phấn đấu năm 2018 tỷ lệ phát triển đảng viên mới đạt từ 7% trở lên so với tổng số đảng viên đầu năm.',
      [[7, 'tỷ lệ phát triển đảng viên mới', null]],
    ],
    [
      '"ngành nông nghiệp đặt mục tiêu tổng giá trị sản xuất …" (baohatinh.vn)',
      'Năm 2022, ngành nông nghiệp đặt mục tiêu tổng giá trị sản xuất nông lâm thủy sản đạt trên 13.828 tỷ đồng.',
      [[13828, 'tổng giá trị sản xuất nông lâm thủy sản', null]],
    ],
  ];
  it.each(FRAMED)('%s', (_title, text, figures) => {
    expect(named(text)).toEqual(figures);
  });

  // Statement fields are numbers and words: toMatchObject compares each named one exactly.
  it('"Nghị quyết Đại hội … đề ra mục tiêu mỗi năm kết nạp từ 90 - 100 đảng viên" (baohaiduong.vn)', () => {
    const text =
      'Nghị quyết Đại hội Đảng bộ huyện Thanh Hà nhiệm kỳ 2020 - 2025 đề ra mục tiêu mỗi năm kết nạp từ 90 - 100 đảng viên.';
    expect(extract(text).statements[0]).toMatchObject({
      value: 90,
      valueTo: 100,
      unit: 'đảng viên',
      indicator: 'kết nạp đảng viên',
    });
  });

  it('"Đảng bộ huyện phấn đấu kết nạp trên 290 đảng viên trở lên" keeps no "trở lên" (lucngan.bacgiang.gov.vn)', () => {
    expect(
      extract('Năm 2018, Đảng bộ huyện phấn đấu kết nạp trên 290 đảng viên trở lên.').statements[0],
    ).toMatchObject({ value: 290, approx: 'trên', indicator: 'kết nạp đảng viên' });
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
