import { describe, expect, it } from 'vitest';
import { CATEGORY_NAMES_VI, categoryOf, INDICATOR_CATEGORIES } from './indicator-category';

describe('categoryOf', () => {
  it('reads a code, its Vietnamese name with either tone placement, and the name without accents', () => {
    expect(categoryOf('kinh_te')).toBe('kinh_te');
    expect(categoryOf('Kinh tế')).toBe('kinh_te');
    expect(categoryOf('  KINH TE ')).toBe('kinh_te');
    expect(categoryOf('Văn hoá – xã hội')).toBe('van_hoa_xa_hoi');
    expect(categoryOf('Văn hóa - xã hội')).toBe('van_hoa_xa_hoi');
    expect(categoryOf('Xây dựng Đảng và hệ thống chính trị')).toBe('xay_dung_dang');
    expect(categoryOf('Quốc phòng, an ninh')).toBe('quoc_phong_an_ninh');
  });

  it('reads every name of the list back to its code', () => {
    for (const code of INDICATOR_CATEGORIES) expect(categoryOf(CATEGORY_NAMES_VI[code])).toBe(code);
  });

  it('knows nothing outside the list', () => {
    expect(categoryOf('thể thao')).toBeUndefined();
    expect(categoryOf('')).toBeUndefined();
  });
});
