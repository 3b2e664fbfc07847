import { describe, expect, it } from 'vitest';
import type { Unit, UnitLinkScope } from '../types';
import { type ArrangementRow, planArrangement } from './arrangement-plan';

const unit = (id: number, code: string, name: string, over: Partial<Unit> = {}): Unit => ({
  id,
  code,
  name,
  kind: 'commune_party',
  parentId: null,
  validFrom: null,
  validTo: null,
  ...over,
});
const units = [
  unit(1, 'TU_CAMAU_MOI', 'Đảng bộ tỉnh Cà Mau', { kind: 'province_party', validFrom: '2025-07-01' }),
  unit(2, 'DU_TTCAINUOC', 'Đảng ủy thị trấn Cái Nước'),
  unit(3, 'DU_TRANTHOI', 'Đảng ủy xã Trần Thới'),
  unit(4, 'DU_DONGTHOI', 'Đảng ủy xã Đông Thới'),
  unit(5, 'HU_CU', 'Huyện ủy cũ', { validTo: '2025-06-30' }),
];
const xa = unit(9, 'X', 'Đảng ủy xã Cái Nước', { validFrom: '2025-07-01' });
/** The units above and these. */
const plus = (...more: Unit[]) => [...units, ...more];
const base = {
  successorCode: 'X',
  successorName: 'Đảng ủy xã Cái Nước',
  successorKind: 'commune_party',
  parentCode: 'TU_CAMAU_MOI',
  effectiveOn: '01/07/2025',
  document: '1655/NQ-UBTVQH15',
};
const link = (
  predecessorId: number,
  successorId: number,
  scope: UnitLinkScope,
  share: number | null = null,
) => ({
  predecessorId,
  successorId,
  scope,
  share,
  effectiveOn: '2025-07-01',
});
const row = (n: number, cells: ArrangementRow['cells']): ArrangementRow => ({
  row: n,
  cells: { ...base, ...cells },
});

describe('planArrangement', () => {
  it('plans the new xã Cái Nước from two wholes and a part by population', () => {
    const result = planArrangement(
      [
        row(2, { predecessorCode: 'DU_TTCAINUOC', scope: 'toàn bộ', population: '19.048' }),
        row(3, { predecessorCode: 'DU_TRANTHOI', scope: 'whole' }),
        row(4, {
          predecessorCode: 'DU_DONGTHOI',
          scope: 'một phần',
          population: '9.958',
          predecessorPopulation: '24.895',
          areaKm2: '25,55',
        }),
      ],
      { units, links: [] },
    );
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.plan.newUnits).toEqual([
      {
        code: 'X',
        name: 'Đảng ủy xã Cái Nước',
        kind: 'commune_party',
        parentCode: 'TU_CAMAU_MOI',
        validFrom: '2025-07-01',
      },
    ]);
    expect(result.plan.endingUnits.map((u) => [u.code, u.validTo])).toEqual([
      ['DU_TTCAINUOC', '2025-06-30'],
      ['DU_TRANTHOI', '2025-06-30'],
      ['DU_DONGTHOI', '2025-06-30'],
    ]);
    const part = result.plan.links[2]!;
    expect([part.scope, part.share, part.basis, part.areaKm2, part.population]).toEqual([
      'part',
      9958 / 24895,
      'population',
      25.55,
      9958,
    ]);
    expect(result.plan.links[0]!.share).toBeNull();
    expect(result.plan.alreadyApplied).toBe(false);
  });

  it('a part without a total of its own has no share: no figure rather than a guess', () => {
    const result = planArrangement(
      [row(2, { predecessorCode: 'DU_DONGTHOI', scope: 'part', population: '9.958' })],
      { units, links: [] },
    );
    expect(result.kind === 'ok' && [result.plan.links[0]!.share, result.plan.links[0]!.basis]).toEqual([
      null,
      null,
    ]);
  });

  it('lists every bad row with its row number and column', () => {
    const result = planArrangement(
      [
        row(2, { predecessorCode: 'KHONG_CO', scope: 'whole' }),
        row(3, { predecessorCode: 'DU_DONGTHOI', scope: 'một phần', share: '60%' }),
        row(4, { predecessorCode: 'DU_DONGTHOI', scope: 'part', share: '0,5', successorCode: 'Y' }),
        row(5, { predecessorCode: 'DU_TRANTHOI', scope: 'whole' }),
        row(6, { predecessorCode: 'DU_TRANTHOI', scope: 'whole' }),
        row(7, { predecessorCode: 'DU_TTCAINUOC', scope: 'nửa', effectiveOn: '31/02/2025' }),
        row(8, { predecessorCode: 'X', scope: 'whole', successorCode: 'Z', parentCode: 'HU_CU' }),
        row(9, { predecessorCode: 'DU_TTCAINUOC', scope: 'part', successorCode: 'W', share: '0,5' }),
        row(10, { predecessorCode: 'DU_TTCAINUOC', scope: 'whole', successorCode: 'V' }),
      ],
      { units, links: [] },
    );
    // Read as the person sees them: row, column, reason.
    expect(
      result.kind === 'invalid' && result.problems.map((p) => `${p.row} ${p.field}: ${p.reason}`),
    ).toEqual([
      '2 Mã đơn vị cũ: không có đơn vị mã KHONG_CO',
      '4 Tỷ lệ: tỷ lệ của DU_DONGTHOI cộng lại 110%, quá 100%',
      '6 Mã đơn vị cũ: dòng trùng: DU_TRANTHOI→X đã có ở dòng 5',
      '6 Phạm vi: DU_TRANTHOI đã chuyển toàn bộ ở dòng 5; toàn bộ chỉ vào một đơn vị',
      '7 Phạm vi: "nửa" không hợp lệ; cần whole/part/dissolve (toàn bộ/một phần/giải thể)',
      '7 Ngày hiệu lực: "31/02/2025" không phải ngày (ngày/tháng/năm, ví dụ 01/07/2025)',
      '8 Mã đơn vị cũ: không có đơn vị mã X',
      '8 Mã đơn vị cũ: vòng lặp: X vừa là đơn vị cũ vừa là đơn vị kế thừa',
      '8 Mã đơn vị cấp trên: Huyện ủy cũ kết thúc ngày 30/06/2025, trước khi Z thành lập ngày 01/07/2025',
      '10 Phạm vi: DU_TTCAINUOC đã chuyển một phần ở dòng 9; toàn bộ chỉ vào một đơn vị',
    ]);
  });

  it('a date on or before the predecessor began is refused', () => {
    const result = planArrangement(
      [row(2, { predecessorCode: 'TU_CAMAU_MOI', scope: 'whole', successorCode: 'Q', parentCode: '' })],
      { units, links: [] },
    );
    expect(result.kind === 'invalid' && result.problems).toEqual([
      {
        row: 2,
        field: 'Ngày hiệu lực',
        reason: 'ngày 01/07/2025 không sau ngày thành lập 01/07/2025 của Đảng bộ tỉnh Cà Mau',
      },
    ]);
  });

  it('a predecessor that ended before the arrangement, or lasts past it, is refused', () => {
    const ended = plus(
      unit(6, 'DU_GIAITHE', 'Đảng ủy xã đã giải thể', { validTo: '2024-12-31' }),
      unit(7, 'DU_CONLAI', 'Đảng ủy xã còn lại', { validTo: '2025-12-31' }),
    );
    const result = planArrangement(
      [
        row(2, { predecessorCode: 'DU_GIAITHE', scope: 'whole' }),
        row(3, { predecessorCode: 'DU_CONLAI', scope: 'whole' }),
        row(4, { predecessorCode: 'HU_CU', scope: 'whole' }),
      ],
      { units: ended, links: [] },
    );
    expect(result.kind === 'invalid' && result.problems).toEqual([
      {
        row: 2,
        field: 'Ngày hiệu lực',
        reason: 'Đảng ủy xã đã giải thể đã kết thúc ngày 31/12/2024, trước ngày hiệu lực 01/07/2025',
      },
      {
        row: 3,
        field: 'Ngày hiệu lực',
        reason: 'Đảng ủy xã còn lại còn hoạt động đến ngày 31/12/2025, sau ngày hiệu lực 01/07/2025',
      },
    ]);
  });

  it('a link that would close a cycle with links already stored is refused, naming the stored path', () => {
    const later = plus(xa, unit(10, 'Y', 'Đảng ủy xã Y', { validFrom: '2025-10-01' }));
    const stored = [link(3, 9, 'whole'), link(9, 10, 'whole')];
    const result = planArrangement(
      [
        row(2, {
          predecessorCode: 'Y',
          successorCode: 'DU_TRANTHOI',
          scope: 'whole',
          effectiveOn: '01/01/2026',
        }),
      ],
      { units: later, links: stored },
    );
    expect(result).toEqual({
      kind: 'invalid',
      problems: [
        {
          row: 2,
          field: 'Mã đơn vị cũ',
          reason: 'vòng lặp: đã ghi DU_TRANTHOI → X → Y; thêm Y → DU_TRANTHOI thành vòng',
        },
      ],
    });
  });

  it('shares and wholes already stored count: a predecessor cannot give more than all of itself', () => {
    const withX = plus(xa, unit(10, 'Z', 'Đảng ủy xã Z', { validFrom: '2025-07-01' }));
    const result = planArrangement(
      [
        row(2, { predecessorCode: 'DU_DONGTHOI', successorCode: 'Y', scope: 'part', share: '40%' }),
        row(3, { predecessorCode: 'DU_TRANTHOI', successorCode: 'Y', scope: 'part', share: '10%' }),
      ],
      { units: withX, links: [link(4, 9, 'part', 0.7), link(4, 10, 'part', 0.3), link(3, 9, 'whole')] },
    );
    expect(result).toEqual({
      kind: 'invalid',
      problems: [
        { row: 2, field: 'Tỷ lệ', reason: 'tỷ lệ của DU_DONGTHOI cộng lại 140%, gồm 100% đã ghi, quá 100%' },
        {
          row: 3,
          field: 'Phạm vi',
          reason: 'DU_TRANTHOI đã chuyển toàn bộ vào X (đã ghi); toàn bộ chỉ vào một đơn vị',
        },
      ],
    });
  });

  it('a file whose links are all recorded is already applied', () => {
    const withX = plus(xa);
    const result = planArrangement([row(2, { predecessorCode: 'DU_TRANTHOI', scope: 'whole' })], {
      units: withX,
      links: [link(3, 9, 'whole')],
    });
    expect(result).toEqual({
      kind: 'ok',
      plan: {
        newUnits: [],
        endingUnits: [],
        links: [],
        dissolutions: [],
        directiveReceivers: [{ fromCode: 'DU_TRANTHOI', toCode: 'X', reason: 'đơn vị kế thừa duy nhất' }],
        recordedRows: [2],
        alreadyApplied: true,
      },
    });
  });

  it('a file partly applied before records only its new rows and names the rows it skips', () => {
    const applied = units.map((u) => (u.code === 'DU_TRANTHOI' ? { ...u, validTo: '2025-06-30' } : u));
    const withX = [...applied, xa];
    const result = planArrangement(
      [
        row(2, { predecessorCode: 'DU_TRANTHOI', scope: 'whole' }),
        row(3, { predecessorCode: 'DU_TTCAINUOC', scope: 'whole' }),
      ],
      { units: withX, links: [link(3, 9, 'whole')] },
    );
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    const { newUnits, endingUnits, links, recordedRows, alreadyApplied } = result.plan;
    expect([
      newUnits,
      endingUnits.map((u) => u.code),
      links.map((l) => l.row),
      recordedRows,
      alreadyApplied,
    ]).toEqual([[], ['DU_TTCAINUOC'], [3], [2], false]);
  });

  it('a row whose pair is recorded with another share or date is refused, saying what is stored', () => {
    const withX = plus(xa);
    const result = planArrangement(
      [
        row(2, { predecessorCode: 'DU_DONGTHOI', scope: 'part', share: '50%' }),
        row(3, { predecessorCode: 'DU_TRANTHOI', scope: 'whole', effectiveOn: '01/08/2025' }),
      ],
      { units: withX, links: [link(4, 9, 'part', 0.4), link(3, 9, 'whole')] },
    );
    expect(result.kind === 'invalid' && result.problems).toEqual([
      { row: 2, field: 'Tỷ lệ', reason: 'liên kết DU_DONGTHOI → X đã ghi tỷ lệ 40%, dòng này tỷ lệ 50%' },
      {
        row: 3,
        field: 'Ngày hiệu lực',
        reason: 'liên kết DU_TRANTHOI → X đã ghi ngày hiệu lực 01/07/2025, dòng này 01/08/2025',
      },
    ]);
  });
});
