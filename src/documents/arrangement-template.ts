// The arrangement file to start from: the Vietnamese headings an official types, and as its example the
// four rows of Nghị quyết 1655/NQ-UBTVQH15 Điều 1 that form xã Cái Nước (population and area as stated).
import { ARRANGEMENT_HEADINGS, type ArrangementColumn } from '../core/arrangement/arrangement-plan';
import { csvCell } from './import-template';

const COLUMNS: readonly ArrangementColumn[] = [
  'successorCode',
  'successorName',
  'successorKind',
  'parentCode',
  'predecessorCode',
  'scope',
  'share',
  'population',
  'areaKm2',
  'effectiveOn',
  'document',
  'directiveSuccessor',
];

const XA_CAI_NUOC = {
  successorCode: 'DU_XA_CAINUOC',
  successorName: 'Đảng ủy xã Cái Nước',
  successorKind: 'commune_party',
  parentCode: 'TU_CAMAU_MOI',
  effectiveOn: '01/07/2025',
  document: '1655/NQ-UBTVQH15',
};

const EXAMPLE: Partial<Record<ArrangementColumn, string>>[] = [
  {
    ...XA_CAI_NUOC,
    predecessorCode: 'DU_TTCAINUOC',
    scope: 'toàn bộ',
    population: '19.048',
    areaKm2: '25,50',
  },
  {
    ...XA_CAI_NUOC,
    predecessorCode: 'DU_TRANTHOI',
    scope: 'toàn bộ',
    population: '15.717',
    areaKm2: '42,20',
  },
  {
    ...XA_CAI_NUOC,
    predecessorCode: 'DU_DONGTHOI',
    scope: 'một phần',
    population: '9.958',
    areaKm2: '25,55',
  },
  {
    ...XA_CAI_NUOC,
    predecessorCode: 'DU_TANHUNGDONG',
    scope: 'một phần',
    population: '7.682',
    areaKm2: '20,30',
  },
];

/**
 * The template as a `;`-separated CSV with a BOM (Excel in Vietnamese opens it with accents intact).
 * @example buildArrangementTemplateCsv().split('\n')[0] === '\uFEFFMã đơn vị mới;Tên đơn vị mới;…;Đơn vị nhận nhiệm vụ'
 */
export function buildArrangementTemplateCsv(): string {
  const lines = [COLUMNS.map((c) => ARRANGEMENT_HEADINGS[c]).join(';')];
  for (const row of EXAMPLE) lines.push(COLUMNS.map((c) => csvCell(row[c])).join(';'));
  return `\uFEFF${lines.join('\n')}\n`;
}
