import { describe, expect, it } from 'vitest';
import { buildUnit } from '../testing/factories';
import type { Unit } from '../types';
import { type ArrangementRow, planArrangement } from './arrangement-plan';

const unit = (id: number, code: string, name: string, over: Partial<Unit> = {}): Unit =>
  buildUnit({ id, code, name, kind: 'commune_party', ...over });
// The 2023 world: Tỉnh ủy Cà Mau over Huyện ủy Cái Nước over two communes; Tỉnh ủy Bạc Liêu beside it.
const units = [
  unit(1, 'TU_CAMAU', 'Tỉnh ủy Cà Mau', { kind: 'province_party' }),
  unit(2, 'TU_BACLIEU', 'Tỉnh ủy Bạc Liêu', { kind: 'province_party' }),
  unit(3, 'HU_CAINUOC', 'Huyện ủy Cái Nước', { kind: 'district_party', parentId: 1 }),
  unit(4, 'DU_TRANTHOI', 'Đảng ủy xã Trần Thới', { parentId: 3 }),
  unit(5, 'DU_DONGTHOI', 'Đảng ủy xã Đông Thới', { parentId: 3 }),
];
const province = {
  successorCode: 'TU_CAMAU_MOI',
  successorName: 'Đảng bộ tỉnh Cà Mau',
  successorKind: 'province_party',
  scope: 'toàn bộ',
  effectiveOn: '01/07/2025',
  document: '202/2025/QH15',
};
const row = (n: number, cells: ArrangementRow['cells']): ArrangementRow => ({ row: n, cells });
const dissolve = (n: number, code: string, more: ArrangementRow['cells'] = {}) =>
  row(n, { predecessorCode: code, scope: 'giải thể', effectiveOn: '01/07/2025', ...more });
const provinceFile = [
  row(2, { ...province, predecessorCode: 'TU_CAMAU' }),
  row(3, { ...province, predecessorCode: 'TU_BACLIEU' }),
];

function planOk(rows: ArrangementRow[], context: Parameters<typeof planArrangement>[1]) {
  const result = planArrangement(rows, context);
  if (result.kind !== 'ok') throw new Error(JSON.stringify(result.problems));
  return result.plan;
}

describe('dissolution rows', () => {
  it('ends the district the day before, with no link, its directives going to the new province', () => {
    const plan = planOk([...provinceFile, dissolve(4, 'HU_CAINUOC', { document: '203/2025/QH15' })], {
      units,
      links: [],
    });
    expect(plan.endingUnits).toEqual([
      { code: 'TU_CAMAU', name: 'Tỉnh ủy Cà Mau', validTo: '2025-06-30' },
      { code: 'TU_BACLIEU', name: 'Tỉnh ủy Bạc Liêu', validTo: '2025-06-30' },
      { code: 'HU_CAINUOC', name: 'Huyện ủy Cái Nước', validTo: '2025-06-30' },
    ]);
    expect(plan.dissolutions).toEqual([
      {
        row: 4,
        code: 'HU_CAINUOC',
        name: 'Huyện ủy Cái Nước',
        validTo: '2025-06-30',
        effectiveOn: '2025-07-01',
        document: '203/2025/QH15',
      },
    ]);
    expect(plan.links.map((l) => `${l.predecessorCode}→${l.successorCode}`)).toEqual([
      'TU_CAMAU→TU_CAMAU_MOI',
      'TU_BACLIEU→TU_CAMAU_MOI',
    ]);
    expect(plan.directiveReceivers).toEqual([
      { fromCode: 'TU_CAMAU', toCode: 'TU_CAMAU_MOI', reason: 'đơn vị kế thừa duy nhất' },
      { fromCode: 'TU_BACLIEU', toCode: 'TU_CAMAU_MOI', reason: 'đơn vị kế thừa duy nhất' },
      { fromCode: 'HU_CAINUOC', toCode: 'TU_CAMAU_MOI', reason: 'giải thể: chuyển về tỉnh' },
    ]);
  });

  it('follows a stored whole link from the old province, and a named receiving unit wins', () => {
    const moi = unit(6, 'TU_CAMAU_MOI', 'Đảng bộ tỉnh Cà Mau', {
      kind: 'province_party',
      validFrom: '2025-07-01',
    });
    const ended = units.map((u) => (u.code === 'TU_CAMAU' ? { ...u, validTo: '2025-06-30' } : u));
    const links = [
      { predecessorId: 1, successorId: 6, scope: 'whole' as const, share: null, effectiveOn: '2025-07-01' },
    ];
    const context = { units: [...ended, moi], links };
    expect(planOk([dissolve(2, 'HU_CAINUOC')], context).directiveReceivers).toEqual([
      { fromCode: 'HU_CAINUOC', toCode: 'TU_CAMAU_MOI', reason: 'giải thể: chuyển về tỉnh' },
    ]);
    const named = planOk([dissolve(2, 'HU_CAINUOC', { directiveSuccessor: 'DU_TRANTHOI' })], context);
    expect(named.directiveReceivers).toEqual([
      { fromCode: 'HU_CAINUOC', toCode: 'DU_TRANTHOI', reason: 'đơn vị nhận nhiệm vụ ghi trong tệp' },
    ]);
  });

  it('a part passed to two successors leaves its directives to be chosen, saying so', () => {
    const xa = (code: string, predecessorCode: string, scope: string) =>
      row(0, {
        successorCode: code,
        successorName: code,
        successorKind: 'commune_party',
        predecessorCode,
        scope,
        effectiveOn: '01/07/2025',
      });
    const rows = [xa('XA_A', 'DU_DONGTHOI', 'một phần'), xa('XA_B', 'DU_DONGTHOI', 'một phần')].map(
      (r, i) => ({
        ...r,
        row: i + 2,
      }),
    );
    expect(planOk(rows, { units, links: [] }).directiveReceivers).toEqual([
      {
        fromCode: 'DU_DONGTHOI',
        toCode: null,
        reason: 'có 2 đơn vị kế thừa (XA_A, XA_B); cần cột Đơn vị nhận nhiệm vụ',
      },
    ]);
  });

  it('refuses a dissolution with a successor, of a unit also passed on, twice, or to an unknown receiver', () => {
    const result = planArrangement(
      [
        row(2, { ...province, predecessorCode: 'TU_CAMAU', directiveSuccessor: 'KHONG_CO' }),
        dissolve(3, 'TU_CAMAU'),
        dissolve(4, 'HU_CAINUOC', { successorCode: 'DU_TRANTHOI' }),
        dissolve(5, 'DU_DONGTHOI'),
        dissolve(6, 'DU_DONGTHOI', { directiveSuccessor: 'DU_TRANTHOI' }),
        dissolve(7, 'KHONG_CO'),
      ],
      { units, links: [] },
    );
    expect(result.kind === 'invalid' && result.problems).toEqual([
      { row: 2, field: 'Đơn vị nhận nhiệm vụ', reason: 'không có đơn vị mã KHONG_CO' },
      { row: 3, field: 'Phạm vi', reason: 'TU_CAMAU vừa giải thể vừa chuyển sang đơn vị kế thừa ở dòng 2' },
      {
        row: 4,
        field: 'Mã đơn vị mới',
        reason: 'đơn vị giải thể không có đơn vị kế thừa; để trống (đang ghi DU_TRANTHOI)',
      },
      { row: 6, field: 'Mã đơn vị cũ', reason: 'dòng trùng: DU_DONGTHOI đã giải thể ở dòng 5' },
      { row: 7, field: 'Mã đơn vị cũ', reason: 'không có đơn vị mã KHONG_CO' },
    ]);
  });

  it('a unit dissolved before on the same date is recorded; on another date it is refused', () => {
    const ended = units.map((u) => (u.code === 'HU_CAINUOC' ? { ...u, validTo: '2025-06-30' } : u));
    const again = planOk([dissolve(2, 'HU_CAINUOC')], { units: ended, links: [] });
    expect([again.alreadyApplied, again.recordedRows, again.dissolutions, again.endingUnits]).toEqual([
      true,
      [2],
      [],
      [],
    ]);
    expect(
      planArrangement([dissolve(2, 'HU_CAINUOC', { effectiveOn: '01/01/2026' })], {
        units: ended,
        links: [],
      }),
    ).toEqual({
      kind: 'invalid',
      problems: [
        {
          row: 2,
          field: 'Ngày hiệu lực',
          reason: 'Huyện ủy Cái Nước đã kết thúc ngày 30/06/2025, không giải thể lại được',
        },
      ],
    });
  });
});
