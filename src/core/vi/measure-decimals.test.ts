import { describe, expect, it } from 'vitest';
import { defaultDecimals } from './measure-decimals';

describe('default decimals by measure', () => {
  it('counts people, party members and households whole, with or without diacritics', () => {
    expect(['người', 'đảng viên', 'hộ', 'Hộ', 'lượt', 'dang vien', 'tiêu chí'].map(defaultDecimals)).toEqual([
      0, 0, 0, 0, 0, 0, 0,
    ]);
  });

  it('gives tonnes and hectares one decimal, % and money two, an unknown measure two', () => {
    expect(['tấn', 'ha', '%', 'tỷ đồng', 'triệu đồng', 'con/ha'].map(defaultDecimals)).toEqual([
      1, 1, 2, 2, 2, 2,
    ]);
  });
});
