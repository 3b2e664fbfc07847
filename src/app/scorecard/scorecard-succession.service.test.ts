// The scorecard service across the 1/7/2025 arrangement, on both engines: xã Cái Nước formed from two whole
// communes and a part of xã Đông Thới whose share no source gives; xã Hưng Mỹ from xã Tân Hưng Đông whole and
// 40% (by population) of xã Đông Thới; all under a province whose district ended on 30/6/2025.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Indicator, Unit } from '../../core/types';
import type { Db } from '../../db/database';
import { buildIndicator, buildObservation, buildTarget, buildUnit } from '../../db/factories';
import { createIndicatorRepository } from '../../db/indicator.repository';
import { createObservationRepository } from '../../db/observation.repository';
import { createTargetRepository } from '../../db/target.repository';
import { testDatabases } from '../../db/testing';
import { createUnitRepository } from '../../db/unit.repository';
import { createScorecardService } from './scorecard.service';

const system = { userId: null };

describe.each(testDatabases())('scorecard service across the arrangement on $name', ({ open }) => {
  let db: Db;
  let close: () => Promise<void>;
  const u: Record<string, Unit> = {};
  const i: Record<string, Indicator> = {};

  beforeAll(async () => {
    ({ db, close } = await open());
    const units = createUnitRepository(db);
    const indicators = createIndicatorRepository(db);
    const observations = createObservationRepository(db);
    const unit = async (
      key: string,
      name: string,
      kind: Unit['kind'],
      parentId: number | null,
      dates = {},
    ) => {
      u[key] = await units.create(buildUnit({ code: key, name, kind, parentId, ...dates }), system);
      return u[key]!.id;
    };
    const ended = { validTo: '2025-06-30' };
    const tinh = await unit('TINH', 'Tỉnh ủy Cà Mau', 'province_party', null);
    const huyen = await unit('HUYEN', 'Huyện ủy Cái Nước', 'district_party', tinh, ended);
    await unit('TRANTHOI', 'xã Trần Thới', 'commune_party', huyen, ended);
    await unit('THITRAN', 'thị trấn Cái Nước', 'commune_party', huyen, ended);
    await unit('DONGTHOI', 'xã Đông Thới', 'commune_party', huyen, ended);
    await unit('TANHUNGDONG', 'xã Tân Hưng Đông', 'commune_party', huyen, ended);
    await unit('XA', 'xã Cái Nước', 'commune_party', tinh, { validFrom: '2025-07-01' });
    await unit('XA2', 'xã Hưng Mỹ', 'commune_party', tinh, { validFrom: '2025-07-01' });
    const link = (from: string, to: string, part = {}) =>
      units.linkSuccessor(
        {
          predecessorId: u[from]!.id,
          successorId: u[to]!.id,
          kind: 'merge',
          effectiveOn: '2025-07-01',
          ...part,
        },
        system,
      );
    await link('TRANTHOI', 'XA');
    await link('THITRAN', 'XA');
    await link('DONGTHOI', 'XA', { scope: 'part' });
    await link('TANHUNGDONG', 'XA2');
    await link('DONGTHOI', 'XA2', { scope: 'part', share: 0.4, basis: 'population' });
    i.tom = await indicators.create(buildIndicator(), system);
    i.insured = await indicators.create(
      buildIndicator({
        code: 'BHYT_SONGUOI',
        nameVi: 'Số người tham gia BHYT',
        measure: 'người',
        nature: 'stock',
      }),
      system,
    );
    i.population = await indicators.create(
      buildIndicator({ code: 'DAN_SO', nameVi: 'Dân số', measure: 'người', nature: 'stock' }),
      system,
    );
    i.coverage = await indicators.create(
      buildIndicator({
        code: 'BHYT_TYLE',
        nameVi: 'Tỷ lệ bao phủ BHYT',
        measure: '%',
        nature: 'stock',
        aggregation: { kind: 'ratio', numeratorCode: 'BHYT_SONGUOI', denominatorCode: 'DAN_SO', factor: 100 },
      }),
      system,
    );
    const figure = (unit: string, indicator: string, period: string, value: number) =>
      observations.insert(
        buildObservation({ unitId: u[unit]!.id, indicatorId: i[indicator]!.id, period, value }),
        system,
      );
    await figure('TRANTHOI', 'tom', '2024', 1_000);
    await figure('TRANTHOI', 'insured', '2024', 9_000);
    await figure('TRANTHOI', 'population', '2024', 10_000);
    await figure('THITRAN', 'tom', '2024', 2_000);
    await figure('THITRAN', 'insured', '2024', 19_000);
    await figure('THITRAN', 'population', '2024', 20_000);
    await figure('DONGTHOI', 'tom', '2024', 2_500);
    await figure('DONGTHOI', 'insured', '2024', 4_000);
    await figure('DONGTHOI', 'population', '2024', 5_000);
    await figure('TANHUNGDONG', 'tom', '2024', 1_500);
    await figure('TANHUNGDONG', 'insured', '2024', 7_000);
    await figure('TANHUNGDONG', 'population', '2024', 8_000);
    await figure('XA', 'tom', '2026', 3_300);
    await figure('XA2', 'tom', '2026', 700);
    const insuredTarget = (unit: string, value: number) =>
      createTargetRepository(db).create(
        buildTarget({ unitId: u[unit]!.id, indicatorId: i.insured!.id, fromYear: 2025, toYear: 2025, value }),
        system,
      );
    await insuredTarget('TRANTHOI', 9_500);
    await insuredTarget('THITRAN', 19_500);
  });
  afterAll(() => close());

  it('gives no 2024 figure to a successor with a part whose share is unknown, and names the part', async () => {
    const card = await createScorecardService(db).scorecardOf({ unit: u.XA!, year: 2024 });
    const row = (code: string) => card.rows.find((r) => r.indicator.code === code)!;
    const codes = ['TS_TOM', 'BHYT_SONGUOI', 'DAN_SO', 'BHYT_TYLE'];
    expect(codes.map((c) => row(c).actual?.value ?? null)).toEqual([null, null, null, null]);
    expect(row('TS_TOM').checks.map((c) => c.message)).toEqual([
      'Sản lượng tôm: Chưa tính được số kế thừa: xã Đông Thới chỉ chuyển sang một phần, chưa có tỷ lệ (dân số hoặc diện tích) (năm 2024)',
    ]);
  });

  it('sums a whole predecessor and a 40% part for all four indicators, labelled inherited', async () => {
    const card = await createScorecardService(db).scorecardOf({ unit: u.XA2!, year: 2024 });
    const row = (code: string) => card.rows.find((r) => r.indicator.code === code)!;
    // 1.500 + 40% × 2.500 = 2.500 tấn; insured 7.000 + 1.600 = 8.600; population 8.000 + 2.000 = 10.000.
    expect(['TS_TOM', 'BHYT_SONGUOI', 'DAN_SO', 'BHYT_TYLE'].map((c) => row(c).actual?.value)).toEqual([
      2_500, 8_600, 10_000, 86,
    ]);
    expect(row('TS_TOM').actual?.note).toBe(
      'Kế thừa từ: xã Tân Hưng Đông, xã Đông Thới (ước tính theo tỷ lệ 40% dân số)',
    );
    expect(row('TS_TOM').actual?.inherited?.sources.map((s) => [s.unitName, s.value])).toEqual([
      ['xã Tân Hưng Đông', 1_500],
      ['xã Đông Thới', 2_500],
    ]);
  });

  it('carries no 2025 target where a predecessor has none, and says which', async () => {
    const card = await createScorecardService(db).scorecardOf({ unit: u.XA!, year: 2025 });
    const insured = card.rows.find((r) => r.indicator.code === 'BHYT_SONGUOI')!;
    // Trần Thới 9.500 + thị trấn 19.500 would leave Đông Thới's part out: no target, and the row says why.
    expect(insured.targets).toEqual([]);
    // The 2024 figure a year-on-year change would compare with is missing for the same reason.
    expect(insured.checks.map((c) => c.message)).toEqual([
      'Số người tham gia BHYT: Chưa tính được số kế thừa: xã Đông Thới chỉ chuyển sang một phần, chưa có tỷ lệ (dân số hoặc diện tích) (năm 2024)',
      'Số người tham gia BHYT: Chưa tính được chỉ tiêu kế thừa: xã Đông Thới chỉ chuyển sang một phần, chưa có tỷ lệ (dân số hoặc diện tích) (năm 2025)',
    ]);
  });

  it('carries the predecessors’ 2025 targets into the new xã, a part scaled by its share', async () => {
    const targets = createTargetRepository(db);
    for (const [unit, value] of [
      ['TANHUNGDONG', 1_600],
      ['DONGTHOI', 3_000],
    ] as const) {
      const target = { unitId: u[unit]!.id, indicatorId: i.tom!.id, fromYear: 2025, toYear: 2025, value };
      await targets.create(buildTarget({ ...target, document: `NQ ĐH ${unit}` }), system);
    }
    const card = await createScorecardService(db).scorecardOf({ unit: u.XA2!, year: 2025 });
    const tom = card.rows.find((r) => r.indicator.code === 'TS_TOM')!;
    // 1.600 + 40% × 3.000 = 2.800 tấn.
    expect(tom.targets.map((t) => [t.id, t.source, t.value, t.derivedFrom, t.document])).toEqual([
      [
        0,
        'resolution',
        2_800,
        'Kế thừa từ: xã Tân Hưng Đông, xã Đông Thới (ước tính theo tỷ lệ 40% dân số)',
        'NQ ĐH TANHUNGDONG; NQ ĐH DONGTHOI',
      ],
    ]);
  });

  it('rolls the province up over its communes in 2026, and over the old communes in 2024', async () => {
    const card = await createScorecardService(db).scorecardOf({ unit: u.TINH!, year: 2026 });
    expect(card.rows.find((r) => r.indicator.code === 'TS_TOM')?.rollup).toEqual({
      kind: 'ok',
      value: 4_000,
      reporting: 2,
      expected: 2,
      period: '2026',
      completeness: '2/2 xã đã báo cáo',
    });
    const before = await createScorecardService(db).scorecardOf({ unit: u.TINH!, year: 2024 });
    // 2024: Huyện ủy Cái Nước has no figure of its own, so its four communes answer for it.
    expect(before.rows.find((r) => r.indicator.code === 'TS_TOM')?.rollup).toMatchObject({
      value: 7_000,
      completeness: '4/4 xã đã báo cáo',
    });
  });
});
