// The fields a resolution's targets are grouped under. One list, so "Kinh tế", "kinh te" and "kinh_te"
// are one category and the scorecard never shows the same field twice.
import { foldVietnamese } from './vi/normalize';

export const INDICATOR_CATEGORIES = [
  'kinh_te',
  'tai_chinh',
  'van_hoa_xa_hoi',
  'moi_truong',
  'quoc_phong_an_ninh',
  'xay_dung_dang',
  'kiem_tra_giam_sat',
  'khac',
] as const;

export type IndicatorCategory = (typeof INDICATOR_CATEGORIES)[number];

/** Vietnamese names, as resolutions title their sections; the web's labels say the same. */
export const CATEGORY_NAMES_VI: Record<IndicatorCategory, string> = {
  kinh_te: 'Kinh tế',
  tai_chinh: 'Tài chính, ngân sách',
  van_hoa_xa_hoi: 'Văn hóa - xã hội',
  moi_truong: 'Tài nguyên - môi trường',
  quoc_phong_an_ninh: 'Quốc phòng - an ninh',
  xay_dung_dang: 'Xây dựng Đảng',
  kiem_tra_giam_sat: 'Kiểm tra, giám sát',
  khac: 'Khác',
};

const key = (text: string) =>
  foldVietnamese(text.normalize('NFC'))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const BY_KEY = new Map<string, IndicatorCategory>(
  INDICATOR_CATEGORIES.flatMap((code) => [
    [key(code), code],
    [key(CATEGORY_NAMES_VI[code]), code],
  ]),
);
for (const [alias, code] of [
  ['ngan sach', 'tai_chinh'],
  ['tai chinh', 'tai_chinh'],
  ['van hoa xa hoi', 'van_hoa_xa_hoi'],
  ['xa hoi', 'van_hoa_xa_hoi'],
  ['moi truong', 'moi_truong'],
  ['quoc phong an ninh', 'quoc_phong_an_ninh'],
  ['xay dung dang va he thong chinh tri', 'xay_dung_dang'],
  ['kiem tra giam sat', 'kiem_tra_giam_sat'],
] as const) {
  BY_KEY.set(alias, code);
}

/**
 * The category a typed name or code means, or undefined when it is none of the list.
 * @example categoryOf('Văn hoá – xã hội') === 'van_hoa_xa_hoi'
 */
export function categoryOf(text: string): IndicatorCategory | undefined {
  return BY_KEY.get(key(text));
}
