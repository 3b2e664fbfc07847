// The Cái Nước demo: the units of the example, its report, and which catalog indicator each of the
// report's statements is about (for when the extractor leaves indicatorCode out).
import type { Statement } from '../figures-from-statements';
import type { Indicator, UnitKind } from '../types';
import { CAI_NUOC_CATALOG } from './cai-nuoc-catalog';

export interface DemoUnit {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
}

export const CAI_NUOC_UNITS: readonly DemoUnit[] = [
  { code: 'TU_CAMAU', name: 'Tỉnh ủy Cà Mau', kind: 'province_party', parentCode: null },
  { code: 'HU_CAINUOC', name: 'Huyện ủy Cái Nước', kind: 'district_party', parentCode: 'TU_CAMAU' },
  { code: 'DU_TRANTHOI', name: 'Đảng ủy xã Trần Thới', kind: 'commune_party', parentCode: 'HU_CAINUOC' },
  {
    code: 'DU_TANHUNGDONG',
    name: 'Đảng ủy xã Tân Hưng Đông',
    kind: 'commune_party',
    parentCode: 'HU_CAINUOC',
  },
  {
    code: 'DU_TTCAINUOC',
    name: 'Đảng ủy thị trấn Cái Nước',
    kind: 'commune_party',
    parentCode: 'HU_CAINUOC',
  },
];

/** The report of the example: its figures cover 1/1/2023 to the visit on 17/11/2023. */
export const CAI_NUOC_REPORT = {
  unitCode: 'HU_CAINUOC',
  period: '2023-YTD-2023-11-17',
  date: '2023-11-17',
  year: 2023,
  title:
    'Báo cáo của Ban Thường vụ Huyện ủy Cái Nước tại buổi làm việc với Đoàn công tác Tỉnh ủy ngày 17/11/2023',
  /** Under fixtures/ and ../shared/examples/. */
  file: 'cai-nuoc-2023-11-17.txt',
} as const;

/** Statement phrase (as extracted) → catalog code; the plan amount belongs to the statement after it. */
export const CAI_NUOC_STATEMENT_CODES: Readonly<Record<string, string>> = {
  'tổng sản lượng thủy sản thu hoạch': 'TS_SANLUONG',
  'sản lượng tôm': 'TS_TOM',
  'bình quân tiêu chí nông thôn mới mỗi xã': 'NTM_TIEUCHI_BQ',
  'giải ngân vốn đầu tư công': 'DTC_GIAINGAN',
  'thu ngân sách nhà nước trên địa bàn': 'NS_THU',
  'chi ngân sách': 'NS_CHI',
  'tỷ lệ tham gia bảo hiểm y tế': 'BHYT_TYLE',
  'kết nạp đảng viên': 'DV_KETNAP',
  'kết nạp đảng viên cả năm': 'DV_KETNAP',
  'đoàn kiểm tra, giám sát thành lập': 'KTGS_DOAN',
  'đoàn kiểm tra': 'KT_DOAN',
  'đoàn giám sát': 'GS_DOAN',
};

/**
 * The statements with indicatorCode filled in from the demo's mapping where the extractor left it out.
 * @example withCaiNuocCodes([{ indicator: 'sản lượng tôm', value: 24937, … }])[0].indicatorCode === 'TS_TOM'
 */
export function withCaiNuocCodes<S extends Statement>(statements: readonly S[]): S[] {
  return statements.map((s) => {
    const code = s.indicatorCode ?? CAI_NUOC_STATEMENT_CODES[s.indicator.normalize('NFC').toLowerCase()];
    return code ? { ...s, indicatorCode: code } : { ...s };
  });
}

/**
 * The demo catalog as Indicators with ids 1, 2, … in catalog order and parent codes resolved to ids.
 * @example caiNuocIndicators().find((i) => i.code === 'TS_TOM')?.parentId === 1 // TS_SANLUONG
 */
export function caiNuocIndicators(): Indicator[] {
  const ids = new Map(CAI_NUOC_CATALOG.map((e, i) => [e.code, i + 1]));
  return CAI_NUOC_CATALOG.map(({ parentCode, ...e }, i) => ({
    ...e,
    id: i + 1,
    parentId: parentCode ? (ids.get(parentCode) ?? null) : null,
    synonyms: [...e.synonyms],
  }));
}
