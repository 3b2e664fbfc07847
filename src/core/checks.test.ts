import { describe, expect, it } from 'vitest';
import {
  checkChange,
  checkPartsWithinWhole,
  checkRollup,
  checkStatedAchievement,
  statedDecimals,
} from './checks';
import type { Rollup } from './rollup';

const giaiNgan = {
  code: 'DTC_GIAINGAN',
  nameVi: 'Giải ngân vốn đầu tư công',
  measure: 'tỷ đồng',
  decimals: 3,
  polarity: 'higher_is_better' as const,
};
const tong = {
  code: 'TS_SANLUONG',
  nameVi: 'Tổng sản lượng thủy sản',
  measure: 'tấn',
  decimals: 0,
  polarity: 'higher_is_better' as const,
};
const tom = { ...tong, code: 'TS_TOM', nameVi: 'Sản lượng tôm' };
const ca = { ...tong, code: 'TS_CA', nameVi: 'Sản lượng cá' };
const hoNgheo = {
  code: 'HN_TYLE',
  nameVi: 'Tỷ lệ hộ nghèo',
  measure: '%',
  decimals: 2,
  polarity: 'lower_is_better' as const,
};
const YTD = '2023-YTD-2023-11-17';

describe('checkStatedAchievement', () => {
  it('raises the Cái Nước disbursement: 109,960 ÷ 134,113 is 81,99%, not the stated 82,1%', () => {
    const c = checkStatedAchievement({
      indicator: giaiNgan,
      period: YTD,
      value: 109.96,
      target: { value: 134.113, source: 'plan' },
      stated: 82.1,
    });
    expect(c?.kind).toBe('stated_achievement_mismatch');
    expect(c?.message).toBe(
      'Giải ngân vốn đầu tư công: báo cáo nêu đạt 82,1% kế hoạch, nhưng 109,96 ÷ 134,113 = 81,99% (chênh 0,11 điểm phần trăm)',
    );
    if (c?.kind !== 'stated_achievement_mismatch') throw new Error('expected a mismatch');
    expect(c.computed).toBeCloseTo(81.990559, 5);
    expect(c.difference).toBeCloseTo(-0.109441, 5);
    expect(c.tolerance).toBeCloseTo(0.05, 12);
  });

  it('accepts a stated achievement within its rounding', () => {
    // 130 ÷ 155 = 83,87%, written 83,9%.
    const ok = { indicator: { ...tong, nameVi: 'Kết nạp đảng viên' }, period: YTD, value: 130, stated: 83.9 };
    expect(checkStatedAchievement({ ...ok, target: { value: 155, source: 'assigned' } })).toBeNull();
    expect(checkStatedAchievement({ ...ok, target: { value: 150, source: 'assigned' } })?.message).toBe(
      'Kết nạp đảng viên: báo cáo nêu đạt 83,9% chỉ tiêu cấp trên giao, nhưng 130 ÷ 150 = 86,67% (chênh 2,77 điểm phần trăm)',
    );
  });

  it('uses target ÷ figure for a lower-is-better rate', () => {
    const c = checkStatedAchievement({
      indicator: hoNgheo,
      period: '2023',
      value: 2,
      target: { value: 2.5, source: 'resolution' },
      stated: 80,
    });
    expect(c?.message).toBe(
      'Tỷ lệ hộ nghèo: báo cáo nêu đạt 80% Nghị quyết, nhưng 2,5 ÷ 2 = 125% (chênh 45 điểm phần trăm)',
    );
  });

  it('reads the rounding from the digits written', () => {
    expect([statedDecimals(82.1), statedDecimals(85.98), statedDecimals(100)]).toEqual([1, 2, 0]);
  });
});

describe('checkPartsWithinWhole', () => {
  it('accepts shrimp within all aquaculture and raises a part larger than the whole', () => {
    expect(
      checkPartsWithinWhole({ indicator: tong, value: 40945 }, [{ indicator: tom, value: 24937 }], YTD),
    ).toEqual([]);
    const [c] = checkPartsWithinWhole(
      { indicator: tong, value: 20000 },
      [{ indicator: tom, value: 24937 }],
      YTD,
    );
    expect(c?.message).toBe(
      'Sản lượng tôm (24.937 tấn) lớn hơn Tổng sản lượng thủy sản (20.000 tấn), vượt 4.937 tấn',
    );
    expect(c?.kind === 'part_exceeds_whole' && c.excess).toBe(4937);
  });

  it('raises parts that together exceed the whole', () => {
    const [c] = checkPartsWithinWhole(
      { indicator: tong, value: 40945 },
      [
        { indicator: tom, value: 24937 },
        { indicator: ca, value: 17000 },
      ],
      YTD,
    );
    expect(c?.kind).toBe('parts_exceed_whole');
    expect(c?.message).toBe(
      'Tổng các thành phần của Tổng sản lượng thủy sản (Sản lượng tôm, Sản lượng cá) là 41.937 tấn, lớn hơn 40.945 tấn, vượt 992 tấn',
    );
  });
});

describe('checkRollup', () => {
  // Tổng sản lượng thủy sản: the district's own 40.945 tấn against its children's sum.
  const rollupOf = (rollup: Rollup) => ({
    indicator: tong,
    period: YTD,
    aggregation: { kind: 'sum' } as const,
    own: 40945,
    rollup,
  });

  it("raises a parent's figure that differs from its complete roll-up", () => {
    const c = checkRollup(rollupOf({ kind: 'ok', value: 40500, reporting: 3, expected: 3 }));
    expect(c?.message).toBe(
      'Tổng sản lượng thủy sản: số của đơn vị 40.945 tấn khác tổng hợp từ đơn vị trực thuộc 40.500 tấn (3/3 đơn vị báo cáo), chênh 445 tấn (1,09%)',
    );
    expect(checkRollup(rollupOf({ kind: 'ok', value: 40800, reporting: 3, expected: 3 }))).toBeNull();
  });

  it('raises an incomplete sum only when the children already exceed the parent', () => {
    const partial = { kind: 'ok' as const, value: 30000, reporting: 2, expected: 3 };
    expect(checkRollup(rollupOf(partial))).toBeNull();
    const over = checkRollup(rollupOf({ ...partial, value: 41000 }));
    expect(over?.kind === 'rollup_mismatch' && over.difference).toBe(-55);
  });
});

describe('checkChange', () => {
  // Sản lượng tôm: 24.937 tấn this year against last year's prior.
  const changeOf = (prior: number) => ({ indicator: tom, period: YTD, current: 24937, prior });

  it('raises a change beyond the bound, which is configurable', () => {
    const c = checkChange(changeOf(7000));
    expect(c?.message).toBe(
      'Sản lượng tôm tăng 256,24% so với cùng kỳ (24.937 tấn so với 7.000 tấn), vượt ngưỡng ±50%',
    );
    expect(checkChange(changeOf(24937 / 1.0125))).toBeNull();
    expect(
      checkChange(changeOf(24937 / 1.0125), { rollupTolerancePercent: 0.5, changeBoundPercent: 1 })?.kind,
    ).toBe('change_out_of_bounds');
  });
});
