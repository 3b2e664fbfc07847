// The columns of an import file: one stable key per column, its Vietnamese heading in the template, and
// the other spellings a person may type. Shared by the template and the reader so they cannot drift.

export type ImportColumn =
  | 'record'
  | 'unitCode'
  | 'indicatorCode'
  | 'period'
  | 'kind'
  | 'fromYear'
  | 'toYear'
  | 'source'
  | 'value'
  | 'document'
  | 'note';

export interface ImportColumnSpec {
  key: ImportColumn;
  heading: string;
  /** What goes in the column, shown in the template's guide sheet. */
  guide: string;
  aliases: string[];
}

export const IMPORT_COLUMNS: readonly ImportColumnSpec[] = [
  {
    key: 'record',
    heading: 'Loại dòng',
    guide: '"chỉ tiêu" (target) hoặc "số liệu" (observation)',
    aliases: ['record', 'type', 'loai'],
  },
  {
    key: 'unitCode',
    heading: 'Mã đơn vị',
    guide: 'mã đơn vị, ví dụ HU_CAINUOC',
    aliases: ['unit', 'unit_code', 'don_vi'],
  },
  {
    key: 'indicatorCode',
    heading: 'Mã chỉ tiêu',
    guide: 'mã chỉ tiêu trong danh mục, ví dụ TS_TOM',
    aliases: ['indicator', 'indicator_code', 'chi_tieu'],
  },
  {
    key: 'period',
    heading: 'Kỳ báo cáo',
    guide:
      'dòng số liệu: 2023-M10, 2023-Q3, 2023-H1, 2023-8M, 2023, hoặc "6 tháng đầu năm 2024", "quý I/2024"',
    aliases: ['period', 'ky'],
  },
  {
    key: 'kind',
    heading: 'Thực hiện/Ước',
    guide: 'dòng số liệu: "thực hiện" (actual) hoặc "ước" (estimate)',
    aliases: ['kind', 'thuc_hien_uoc', 'loai_so_lieu'],
  },
  {
    key: 'fromYear',
    heading: 'Năm',
    guide: 'dòng chỉ tiêu: năm, hoặc năm đầu nhiệm kỳ',
    aliases: ['year', 'from_year', 'tu_nam'],
  },
  {
    key: 'toYear',
    heading: 'Đến năm',
    guide: 'dòng chỉ tiêu nhiệm kỳ: năm cuối (để trống nếu chỉ một năm)',
    aliases: ['to_year'],
  },
  {
    key: 'source',
    heading: 'Nguồn chỉ tiêu',
    guide: 'dòng chỉ tiêu: nghị quyết, cấp trên giao, kế hoạch, dự toán, mục tiêu',
    aliases: ['source', 'nguon'],
  },
  {
    key: 'value',
    heading: 'Giá trị',
    guide: 'số theo đơn vị tính của chỉ tiêu, ví dụ 24.937 hoặc 85,98',
    aliases: ['value', 'gia_tri'],
  },
  {
    key: 'document',
    heading: 'Văn bản',
    guide: 'dòng chỉ tiêu: số văn bản, ví dụ 12-NQ/HU',
    aliases: ['document', 'van_ban'],
  },
  { key: 'note', heading: 'Ghi chú', guide: 'ghi chú (không bắt buộc)', aliases: ['note', 'ghi_chu'] },
];

/** Lower case, no diacritics, words joined by `_`: "Mã đơn vị" → "ma_don_vi". */
export function headingKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

const BY_HEADING = new Map<string, ImportColumn>(
  IMPORT_COLUMNS.flatMap((c) => [
    [headingKey(c.heading), c.key] as const,
    [headingKey(c.key), c.key] as const,
    ...c.aliases.map((a) => [headingKey(a), c.key] as const),
  ]),
);

/** The column a heading names, by its Vietnamese heading, its key or an alias; null when unknown. */
export function columnOfHeading(heading: string): ImportColumn | null {
  return BY_HEADING.get(headingKey(heading)) ?? null;
}
