// The indicator catalog of the Cái Nước demo: the figures its 2023 report states, plus the parts
// that ratio indicators are built from, so coverage rolls up as insured ÷ population.
import type { Aggregation, Indicator, Polarity } from '../types';

/** An indicator before the database numbers it: its parent named by code. */
export interface CatalogEntry extends Omit<Indicator, 'id' | 'parentId'> {
  parentCode: string | null;
}

const sum: Aggregation = { kind: 'sum' };
const higher: Polarity = 'higher_is_better';

function flow(
  code: string,
  nameVi: string,
  nameEn: string,
  measure: string,
  category: string,
  extra: Partial<CatalogEntry> = {},
): CatalogEntry {
  return {
    code,
    nameVi,
    nameEn,
    measure,
    nature: 'flow',
    aggregation: sum,
    polarity: higher,
    category,
    decimals: 0,
    parentCode: null,
    minValue: 0,
    maxValue: null,
    synonyms: [],
    ...extra,
  };
}

export const CAI_NUOC_CATALOG: readonly CatalogEntry[] = [
  flow('TS_SANLUONG', 'Tổng sản lượng thủy sản', 'Total aquaculture and fishery output', 'tấn', 'kinh_te', {
    synonyms: ['sản lượng thủy sản', 'tổng sản lượng thủy sản thu hoạch', 'sản lượng thủy sản thu hoạch'],
  }),
  flow('TS_TOM', 'Sản lượng tôm', 'Shrimp output', 'tấn', 'kinh_te', {
    parentCode: 'TS_SANLUONG',
    synonyms: ['sản lượng tôm nuôi', 'tôm thu hoạch'],
  }),
  {
    ...flow(
      'NTM_TIEUCHI_BQ',
      'Bình quân tiêu chí nông thôn mới mỗi xã',
      'Average new-rural criteria met per commune',
      'tiêu chí',
      'kinh_te',
    ),
    nature: 'stock',
    aggregation: { kind: 'mean' },
    maxValue: 19,
    synonyms: [
      'bình quân mỗi xã đạt tiêu chí',
      'bình quân tiêu chí nông thôn mới mỗi xã',
      'tiêu chí nông thôn mới bình quân',
    ],
  },
  flow('DTC_GIAINGAN', 'Giải ngân vốn đầu tư công', 'Public investment disbursed', 'tỷ đồng', 'tai_chinh', {
    decimals: 3,
    synonyms: [
      'giải ngân vốn đầu tư công',
      'giải ngân nguồn vốn đầu tư công',
      'vốn đầu tư công đã giải ngân',
    ],
  }),
  flow(
    'NS_THU',
    'Thu ngân sách nhà nước trên địa bàn',
    'State budget revenue in the area',
    'tỷ đồng',
    'tai_chinh',
    {
      decimals: 2,
      synonyms: ['thu ngân sách nhà nước', 'thu ngân sách', 'tổng thu ngân sách nhà nước trên địa bàn'],
    },
  ),
  flow('NS_CHI', 'Chi ngân sách địa phương', 'Local budget expenditure', 'tỷ đồng', 'tai_chinh', {
    decimals: 2,
    synonyms: ['chi ngân sách', 'tổng chi ngân sách địa phương'],
  }),
  {
    ...flow(
      'BHYT_TYLE',
      'Tỷ lệ dân số tham gia bảo hiểm y tế',
      'Health-insurance coverage',
      '%',
      'van_hoa_xa_hoi',
    ),
    nature: 'stock',
    aggregation: { kind: 'ratio', numeratorCode: 'BHYT_SONGUOI', denominatorCode: 'DAN_SO', factor: 100 },
    decimals: 2,
    maxValue: 100,
    synonyms: [
      'tỷ lệ tham gia bảo hiểm y tế',
      'tỷ lệ bao phủ bảo hiểm y tế',
      'tỷ lệ người dân tham gia bảo hiểm y tế',
    ],
  },
  {
    ...flow(
      'BHYT_SONGUOI',
      'Số người tham gia bảo hiểm y tế',
      'People with health insurance',
      'người',
      'van_hoa_xa_hoi',
    ),
    nature: 'stock',
  },
  {
    ...flow('DAN_SO', 'Dân số trung bình', 'Average population', 'người', 'van_hoa_xa_hoi'),
    nature: 'stock',
  },
  {
    ...flow('HN_TYLE', 'Tỷ lệ hộ nghèo', 'Poverty rate', '%', 'van_hoa_xa_hoi'),
    nature: 'stock',
    polarity: 'lower_is_better',
    aggregation: { kind: 'ratio', numeratorCode: 'HN_SOHO', denominatorCode: 'TONG_SO_HO', factor: 100 },
    decimals: 2,
    maxValue: 100,
    synonyms: ['tỷ lệ hộ nghèo theo chuẩn đa chiều'],
  },
  {
    ...flow('HN_SOHO', 'Số hộ nghèo', 'Poor households', 'hộ', 'van_hoa_xa_hoi'),
    nature: 'stock',
    polarity: 'lower_is_better',
  },
  { ...flow('TONG_SO_HO', 'Tổng số hộ', 'Households', 'hộ', 'van_hoa_xa_hoi'), nature: 'stock' },
  flow('DV_KETNAP', 'Kết nạp đảng viên mới', 'New party members admitted', 'đảng viên', 'xay_dung_dang', {
    synonyms: ['kết nạp đảng viên', 'kết nạp đảng viên mới', 'phát triển đảng viên mới'],
  }),
  flow(
    'KTGS_DOAN',
    'Đoàn kiểm tra, giám sát thành lập',
    'Inspection and supervision teams formed',
    'đoàn',
    'xay_dung_dang',
    {
      synonyms: ['đoàn kiểm tra, giám sát', 'thành lập đoàn kiểm tra, giám sát'],
    },
  ),
  flow('KT_DOAN', 'Đoàn kiểm tra', 'Inspection teams', 'đoàn', 'xay_dung_dang', { parentCode: 'KTGS_DOAN' }),
  flow('GS_DOAN', 'Đoàn giám sát', 'Supervision teams', 'đoàn', 'xay_dung_dang', { parentCode: 'KTGS_DOAN' }),
];
