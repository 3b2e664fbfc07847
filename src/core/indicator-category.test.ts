import { describe, expect, it } from 'vitest';
import { CATEGORY_NAMES_VI, categoryOf, INDICATOR_CATEGORIES } from './indicator-category';

describe('categoryOf', () => {
  // Each category by its code, its Vietnamese name with either tone placement, and the name without accents.
  it.each([
    { code: 'kinh_te', spellings: ['kinh_te', 'Kinh tế', '  KINH TE '] },
    { code: 'van_hoa_xa_hoi', spellings: ['Văn hoá – xã hội', 'Văn hóa - xã hội'] },
    { code: 'xay_dung_dang', spellings: ['Xây dựng Đảng và hệ thống chính trị'] },
    { code: 'quoc_phong_an_ninh', spellings: ['Quốc phòng, an ninh'] },
  ])('reads $spellings as $code', ({ code, spellings }) => {
    expect(spellings.map((s) => categoryOf(s))).toEqual(spellings.map(() => code));
  });

  it('reads every name of the list back to its code', () => {
    for (const code of INDICATOR_CATEGORIES) expect(categoryOf(CATEGORY_NAMES_VI[code])).toBe(code);
  });

  it.each(['thể thao', ''])('knows nothing outside the list: "%s"', (text) => {
    expect(categoryOf(text)).toBeUndefined();
  });
});
