// The columns of an arrangement file (phương án sắp xếp): the English key of issue 11 item 5 and the
// Vietnamese heading an official types, both read the same way (case and diacritics ignored).
import type { ArrangementColumn } from '../core/arrangement/arrangement-plan';
import { headingKey } from './import-columns';
import type { TableColumns } from './import-rows';

const HEADINGS: Record<ArrangementColumn, readonly string[]> = {
  successorCode: ['successor_code', 'Mã đơn vị mới'],
  successorName: ['successor_name', 'Tên đơn vị mới'],
  successorKind: ['successor_kind', 'Loại đơn vị mới'],
  parentCode: ['parent_code', 'Mã đơn vị cấp trên'],
  predecessorCode: ['predecessor_code', 'Mã đơn vị cũ'],
  scope: ['scope', 'Phạm vi', 'Toàn bộ hay một phần'],
  share: ['share', 'Tỷ lệ'],
  population: ['population', 'Dân số', 'Quy mô dân số'],
  areaKm2: ['area_km2', 'Diện tích', 'Diện tích tự nhiên (km2)'],
  predecessorPopulation: ['predecessor_population', 'Dân số đơn vị cũ'],
  effectiveOn: ['effective_on', 'Ngày hiệu lực'],
  document: ['document', 'Văn bản', 'Nghị quyết'],
};

const BY_KEY = new Map<string, ArrangementColumn>(
  (Object.entries(HEADINGS) as [ArrangementColumn, readonly string[]][]).flatMap(([column, names]) =>
    names.map((name) => [headingKey(name), column] as const),
  ),
);

export const ARRANGEMENT_COLUMNS: TableColumns<ArrangementColumn> = {
  columnOf: (heading) => BY_KEY.get(headingKey(heading)) ?? null,
  required: ['successorCode', 'predecessorCode', 'scope'],
};
