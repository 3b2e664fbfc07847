// The columns of an arrangement file (phương án sắp xếp): the English key of issue 11 item 5 and the
// Vietnamese heading an official types, both read the same way (case and diacritics ignored).
import { ARRANGEMENT_HEADINGS, type ArrangementColumn } from '../core/arrangement/arrangement-plan';
import { headingKey } from './import-columns';
import type { TableColumns } from './import-rows';

/** The other spellings of each column beside its Vietnamese heading (ARRANGEMENT_HEADINGS). */
const ALIASES: Record<ArrangementColumn, readonly string[]> = {
  successorCode: ['successor_code'],
  successorName: ['successor_name'],
  successorKind: ['successor_kind'],
  parentCode: ['parent_code'],
  predecessorCode: ['predecessor_code'],
  scope: ['scope', 'Toàn bộ hay một phần'],
  share: ['share'],
  population: ['population', 'Quy mô dân số'],
  areaKm2: ['area_km2', 'Diện tích tự nhiên (km2)'],
  predecessorPopulation: ['predecessor_population'],
  effectiveOn: ['effective_on'],
  document: ['document', 'Nghị quyết'],
  directiveSuccessor: ['directive_successor', 'Đơn vị nhận chỉ đạo'],
};

const BY_KEY = new Map<string, ArrangementColumn>(
  (Object.entries(ALIASES) as [ArrangementColumn, readonly string[]][]).flatMap(([column, names]) =>
    [ARRANGEMENT_HEADINGS[column], ...names].map((name) => [headingKey(name), column] as const),
  ),
);

export const ARRANGEMENT_COLUMNS: TableColumns<ArrangementColumn> = {
  columnOf: (heading) => BY_KEY.get(headingKey(heading)) ?? null,
  required: ['successorCode', 'predecessorCode', 'scope'],
  headingOf: (column) => ARRANGEMENT_HEADINGS[column],
};
