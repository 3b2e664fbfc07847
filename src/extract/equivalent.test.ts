// "tương đương": a change restated in another measure. Real passages of the tuning set
// (baoninhthuan.com.vn, baohatinh.vn; sources in corpus/tuning-set.json).
import { describe, expect, it } from 'vitest';
import { extract } from './extract';

function figures(text: string) {
  return extract(text).statements.map((s) => [s.value, s.unit, s.indicator, s.change]);
}

describe('a change restated "tương đương"', () => {
  it('"tỷ lệ hộ nghèo giảm 2,02% so với năm 2017, tương đương giảm 2.893 hộ": the count is of households', () => {
    expect(figures('Tỷ lệ hộ nghèo giảm 2,02% so với năm 2017, tương đương giảm 2.893 hộ.')).toEqual([
      [2.02, '%', 'tỷ lệ hộ nghèo', { direction: 'giảm', percent: 2.02, against: 'khác' }],
      [2893, 'hộ', 'hộ nghèo', { direction: 'giảm', percent: null, against: 'khác', amount: 2893 }],
    ]);
  });

  it('"… giảm 0,86% so với cùng kỳ, tương đương giảm 918 hộ": the equivalent keeps the base', () => {
    expect(figures('Tỷ lệ hộ cận nghèo giảm 0,86% so với cùng kỳ, tương đương giảm 918 hộ.')).toEqual([
      [0.86, '%', 'tỷ lệ hộ cận nghèo', { direction: 'giảm', percent: 0.86, against: 'cùng kỳ' }],
      [918, 'hộ', 'hộ cận nghèo', { direction: 'giảm', percent: null, against: 'cùng kỳ', amount: 918 }],
    ]);
  });

  it('"(tăng 3,89 tạ/ha so với năm 2020, tương đương 7,6%)": the percent of the change, no statement', () => {
    expect(
      figures('Năng suất lúa bình quân đạt 55,30 tạ/ha (tăng 3,89 tạ/ha so với năm 2020, tương đương 7,6%).'),
    ).toEqual([
      [
        55.3,
        'tạ/ha',
        'năng suất lúa bình quân',
        { direction: 'tăng', percent: 7.6, against: 'khác', amount: 3.89 },
      ],
    ]);
  });
});
