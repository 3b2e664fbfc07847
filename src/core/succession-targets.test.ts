import { describe, expect, it } from 'vitest';
import { inheritTargets } from './succession-targets';
import { buildTarget, buildUnitLink, successionIndicators } from './testing/factories';
import type { Target, UnitLink } from './types';

const [TRAN_THOI, THI_TRAN, DONG_THOI, XA_CAI_NUOC] = [3, 4, 5, 9];
const unitNames = new Map([
  [TRAN_THOI, 'xã Trần Thới'],
  [THI_TRAN, 'thị trấn Cái Nước'],
  [DONG_THOI, 'xã Đông Thới'],
]);
const { tom, coverage } = successionIndicators();
const indicators = [tom, coverage];
const link = (predecessorId: number, overrides: Partial<UnitLink> = {}) =>
  buildUnitLink({ predecessorId, successorId: XA_CAI_NUOC, ...overrides });
const target = (unitId: number, value: number, overrides: Partial<Target> = {}) =>
  buildTarget({ unitId, indicatorId: tom.id, fromYear: 2025, toYear: 2025, value, ...overrides });

function inherit(lineage: UnitLink[], targets: Target[]) {
  return inheritTargets({ unitId: XA_CAI_NUOC, year: 2025, lineage, targets, indicators, unitNames });
}

describe('targets a successor inherits for its transition year', () => {
  it('sums its predecessors’ targets of each source, scaling a part, and says where they came from', () => {
    const { targets, gaps } = inherit(
      [link(TRAN_THOI), link(DONG_THOI, { scope: 'part', share: 0.4, basis: 'population' })],
      [
        target(TRAN_THOI, 1_100, { document: '05-NQ/ĐU' }),
        target(DONG_THOI, 2_000, { document: '07-NQ/ĐU' }),
        target(TRAN_THOI, 1_000, { source: 'plan' }),
        target(DONG_THOI, 1_500, { source: 'plan' }),
      ],
    );
    // 1.100 + 40% × 2.000 = 1.900; plan 1.000 + 40% × 1.500 = 1.600.
    expect(targets.map((t) => [t.unitId, t.source, t.value, t.fromYear, t.toYear, t.document])).toEqual([
      [XA_CAI_NUOC, 'resolution', 1_900, 2025, 2025, '05-NQ/ĐU; 07-NQ/ĐU'],
      [XA_CAI_NUOC, 'plan', 1_600, 2025, 2025, null],
    ]);
    expect(targets[0]?.derivedFrom).toBe(
      'Kế thừa từ: xã Trần Thới, xã Đông Thới (ước tính theo tỷ lệ 40% dân số)',
    );
    expect(gaps).toEqual([]);
  });

  it('lets a target the successor sets itself replace the inherited ones', () => {
    const { targets } = inherit(
      [link(TRAN_THOI), link(THI_TRAN)],
      [
        target(TRAN_THOI, 1_100),
        target(THI_TRAN, 2_200),
        target(XA_CAI_NUOC, 5_000, { fromYear: 2025, toYear: 2030, document: '01-NQ/ĐH' }),
      ],
    );
    expect(targets).toEqual([]);
    const without = inherit(
      [link(TRAN_THOI), link(THI_TRAN)],
      [target(TRAN_THOI, 1_100), target(THI_TRAN, 2_200)],
    );
    expect(without.targets.map((t) => [t.value, t.derivedFrom])).toEqual([
      [3_300, 'Kế thừa từ: xã Trần Thới, thị trấn Cái Nước'],
    ]);
  });

  it('names a predecessor without the target, or a part without a share, instead of an under-target', () => {
    const { targets, gaps } = inherit(
      [link(TRAN_THOI), link(THI_TRAN), link(DONG_THOI, { scope: 'part' })],
      [target(TRAN_THOI, 1_100), target(DONG_THOI, 2_000)],
    );
    expect(targets).toEqual([]);
    expect(gaps.map((g) => g.message)).toEqual([
      'Chưa tính được chỉ tiêu kế thừa: thị trấn Cái Nước chưa có chỉ tiêu',
      'Chưa tính được chỉ tiêu kế thừa: xã Đông Thới chỉ chuyển sang một phần, chưa có tỷ lệ (dân số hoặc diện tích)',
    ]);
  });

  it('carries a percentage target only from a single whole predecessor, and only in the transition year', () => {
    const rate = (unitId: number, value: number) => target(unitId, value, { indicatorId: coverage.id });
    expect(
      inherit([link(TRAN_THOI, { kind: 'rename' })], [rate(TRAN_THOI, 95)]).targets.map((t) => t.value),
    ).toEqual([95]);
    const two = inherit([link(TRAN_THOI), link(THI_TRAN)], [rate(TRAN_THOI, 95), rate(THI_TRAN, 92)]);
    expect([two.targets, two.gaps.map((g) => g.reason)]).toEqual([[], ['not_combinable']]);
    const later = inheritTargets({
      unitId: XA_CAI_NUOC,
      year: 2026,
      lineage: [link(TRAN_THOI)],
      targets: [target(TRAN_THOI, 1_200, { fromYear: 2026, toYear: 2026 })],
      indicators,
      unitNames,
    });
    expect(later.targets).toEqual([]);
  });
});
