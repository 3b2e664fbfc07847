import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import fixture from '../../fixtures/cai-nuoc-2023-11-17.statements.json';
import type { Statement } from './figures-from-statements';
import { buildScorecard, type ScorecardInput, type ScorecardRow } from './scorecard';
import { caiNuocScorecardInput } from './testing/cai-nuoc-scorecard';
import { buildObservation, buildTarget, buildUnit } from './testing/factories';
import type { Indicator } from './types';

const demo = caiNuocScorecardInput(fixture.statements as Statement[]);
const { indicators } = demo;
const communes = [11, 12, 13].map((id) =>
  buildUnit({ id, kind: 'commune_party', parentId: 2, code: `DU_${id}` }),
);

function ind(code: string): Indicator {
  return indicators.find((i) => i.code === code)!;
}

function row(rows: ScorecardRow[], code: string): ScorecardRow {
  return rows.find((r) => r.indicator.code === code)!;
}

const YTD = '2023-YTD-2023-11-17';

describe('buildScorecard: Huyện ủy Cái Nước, 2023', () => {
  const sc = buildScorecard(demo);

  it('shows sản lượng tôm 24.937 tấn at 85,98% of its derived resolution target, +1,25% on the year', () => {
    const tom = row(sc.rows, 'TS_TOM');
    expect(tom.actual).toMatchObject({
      value: 24937,
      period: YTD,
      periodLabel: 'từ 01/01/2023 đến 17/11/2023',
    });
    expect(tom.targets).toHaveLength(1);
    expect(tom.targets[0]).toMatchObject({
      source: 'resolution',
      derivedFrom: 'suy ra từ: đạt 85,98% Nghị quyết',
    });
    expect(tom.achievement).toHaveLength(1);
    expect(tom.achievement[0]?.percent).toBeCloseTo(85.98, 10);
    expect(tom.change?.percent).toBeCloseTo(1.25, 10);
    expect(tom.change?.priorPeriod).toBe('2022-YTD-2022-11-17');
    expect(tom.status).toBe('on_track');
    expect(tom.projection?.method).toBe('linear');
    expect(tom.projection?.value).toBeCloseTo((24937 * 365) / 321, 8);
    expect(tom.indicator).toMatchObject({ name: 'Sản lượng tôm', measure: 'tấn', parentCode: 'TS_SANLUONG' });
  });

  it('raises the 82,1% the report states for 109,960 of the 134,113 plan', () => {
    const dtc = row(sc.rows, 'DTC_GIAINGAN');
    expect(dtc.targets.map((t) => [t.source, t.value, t.derivedFrom])).toEqual([['plan', 134.113, null]]);
    expect(dtc.achievement[0]?.percent).toBeCloseTo(81.990559, 5);
    expect(dtc.status).toBe('at_risk');
    expect(dtc.checks.map((c) => c.message)).toEqual([
      'Giải ngân vốn đầu tư công: báo cáo nêu đạt 82,1% kế hoạch, nhưng 109,96 ÷ 134,113 = 81,99% (chênh 0,11 điểm phần trăm)',
    ]);
  });

  it("raises no other check: the report's other figures agree with themselves", () => {
    const raised = sc.rows.flatMap((r) => r.checks.map((c) => c.indicatorCode));
    expect(raised).toEqual(['DTC_GIAINGAN']);
  });

  it('takes the year-end estimate as the projection of party admissions', () => {
    const dv = row(sc.rows, 'DV_KETNAP');
    expect(dv.actual?.value).toBe(130);
    expect(dv.estimate).toMatchObject({ value: 155, period: '2023', periodLabel: 'năm 2023' });
    expect(dv.projection).toEqual({ value: 155, method: 'reported_estimate' });
    expect(dv.achievement[0]?.percent).toBeCloseTo(83.9, 10);
  });

  it('grades every stated figure with a target, and names rows without one', () => {
    const statuses = Object.fromEntries(sc.rows.map((r) => [r.indicator.code, r.status]));
    expect(statuses).toEqual({
      TS_SANLUONG: 'on_track',
      TS_TOM: 'on_track',
      NTM_TIEUCHI_BQ: 'no_target',
      DTC_GIAINGAN: 'at_risk',
      NS_THU: 'achieved',
      NS_CHI: 'achieved',
      BHYT_TYLE: 'achieved',
      BHYT_SONGUOI: 'no_target',
      DAN_SO: 'no_target',
      HN_TYLE: 'no_target',
      HN_SOHO: 'no_target',
      TONG_SO_HO: 'no_target',
      DV_KETNAP: 'on_track',
      KTGS_DOAN: 'no_target',
      KT_DOAN: 'no_target',
      GS_DOAN: 'no_target',
    });
    expect(row(sc.rows, 'NTM_TIEUCHI_BQ').projection).toEqual({ value: 15, method: 'stock_latest' });
  });

  it('leaves out empty rows on request', () => {
    const codes = buildScorecard({ ...demo, options: { skipEmpty: true } }).rows.map((r) => r.indicator.code);
    expect(codes).toEqual([
      'TS_SANLUONG',
      'TS_TOM',
      'NTM_TIEUCHI_BQ',
      'DTC_GIAINGAN',
      'NS_THU',
      'NS_CHI',
      'BHYT_TYLE',
      'DV_KETNAP',
      'KTGS_DOAN',
      'KT_DOAN',
      'GS_DOAN',
    ]);
    expect(sc.unit).toEqual({ id: 2, code: 'HU_CAINUOC', name: 'Huyện ủy Cái Nước' });
  });
});

describe('buildScorecard: children, parts and history', () => {
  function childFigure(unitId: number, code: string, value: number, period = YTD) {
    return buildObservation({ unitId, indicatorId: ind(code).id, value, period });
  }

  it("rolls the communes' figures up and compares them with the district's own", () => {
    const sc = buildScorecard({
      ...demo,
      childUnits: communes,
      childObservations: [
        childFigure(11, 'TS_SANLUONG', 15000),
        childFigure(12, 'TS_SANLUONG', 14000),
        childFigure(13, 'TS_SANLUONG', 11000),
        childFigure(11, 'BHYT_SONGUOI', 9000),
        childFigure(11, 'DAN_SO', 10000),
        childFigure(12, 'BHYT_SONGUOI', 19000),
        childFigure(12, 'DAN_SO', 20000),
      ],
    });
    const tong = row(sc.rows, 'TS_SANLUONG');
    expect(tong.rollup).toEqual({
      kind: 'ok',
      value: 40000,
      reporting: 3,
      expected: 3,
      period: YTD,
      completeness: '3/3 xã đã báo cáo',
    });
    expect(tong.checks.map((c) => c.message)).toEqual([
      'Tổng sản lượng thủy sản: số của đơn vị 40.945 tấn khác tổng hợp từ đơn vị trực thuộc 40.000 tấn (3/3 đơn vị báo cáo), chênh 945 tấn (2,31%)',
    ]);
    // Coverage is Σ insured ÷ Σ population: 28.000 ÷ 30.000, not the mean of 90% and 95%.
    const bhyt = row(sc.rows, 'BHYT_TYLE');
    expect(bhyt.rollup?.value).toBeCloseTo((28000 / 30000) * 100, 10);
    expect([bhyt.rollup?.reporting, bhyt.rollup?.expected]).toEqual([2, 3]);
    expect(row(sc.rows, 'DV_KETNAP').rollup).toEqual({
      kind: 'no_data',
      value: null,
      reporting: 0,
      expected: 3,
      period: YTD,
      completeness: '0/3 xã đã báo cáo',
    });
  });

  it('raises a part larger than its whole', () => {
    const sc = buildScorecard({
      ...demo,
      observations: [
        ...demo.observations,
        buildObservation({ unitId: 2, indicatorId: ind('KT_DOAN').id, value: 9, period: '2023-Q3' }),
      ],
      targets: [],
      statedAchievements: [],
    });
    expect(row(sc.rows, 'KTGS_DOAN').checks).toEqual([]);
    const bad = buildScorecard({
      ...demo,
      observations: demo.observations.map((o) =>
        o.indicatorId === ind('GS_DOAN').id ? { ...o, value: 10 } : o,
      ),
    });
    expect(row(bad.rows, 'KTGS_DOAN').checks.map((c) => c.message)).toEqual([
      'Đoàn giám sát (10 đoàn) lớn hơn Đoàn kiểm tra, giám sát thành lập (8 đoàn), vượt 2 đoàn',
    ]);
  });

  it('projects by the seasonal profile of earlier years', () => {
    const tom = ind('TS_TOM').id;
    const sc = buildScorecard({
      ...demo,
      priorYearsObservations: [
        buildObservation({ unitId: 2, indicatorId: tom, period: '2022-9M', value: 15000 }),
        buildObservation({ unitId: 2, indicatorId: tom, period: '2022', value: 27000 }),
      ],
    });
    const r = row(sc.rows, 'TS_TOM');
    // By 17/11/2022 the unit had 24.629,14 t (implied by +1,25%) of the year's 27.000 t: 27.000 × 1,0125.
    expect(r.projection?.method).toBe('seasonal');
    expect(r.projection?.value).toBeCloseTo(27337.5, 8);
    expect(r.projection?.years).toEqual([2022]);
  });

  it('raises an implausible year-on-year change', () => {
    const sc = buildScorecard({
      ...demo,
      // The 2022 figure implied by the stated change ("tăng 1,25% so với cùng kỳ") becomes 12.000 t.
      observations: demo.observations.map((o) => (o.period.startsWith('2022') ? { ...o, value: 12000 } : o)),
    });
    const r = row(sc.rows, 'TS_TOM');
    expect(r.change?.percent).toBeCloseTo(107.808333, 5);
    expect(r.checks.map((c) => c.message)).toEqual([
      'Sản lượng tôm tăng 107,81% so với cùng kỳ (24.937 tấn so với 12.000 tấn), vượt ngưỡng ±50%',
    ]);
  });

  it('grades a term target by growth when the year has none', () => {
    const bhyt = ind('BHYT_TYLE').id;
    const sc = buildScorecard({
      ...demo,
      targets: [buildTarget({ unitId: 2, indicatorId: bhyt, fromYear: 2020, toYear: 2025, value: 95 })],
      priorYearsObservations: [buildObservation({ unitId: 2, indicatorId: bhyt, period: '2020', value: 85 })],
    });
    const r = row(sc.rows, 'BHYT_TYLE');
    expect(r.status).toBe('on_track');
    expect(r.statusDetail).toMatchObject({ basis: 'term_growth', openSdgLevel: 'substantial_progress' });
    expect(r.achievement[0]?.percent).toBeCloseTo((92.58 / 95) * 100, 10);
  });

  it('lets an entered target replace the one derived from the report, and checks the report against it', () => {
    const dv = ind('DV_KETNAP').id;
    const sc = buildScorecard({
      ...demo,
      targets: [
        ...demo.targets,
        buildTarget({ unitId: 2, indicatorId: dv, source: 'assigned', value: 160, document: 'CV 15/TU' }),
      ],
    });
    const r = row(sc.rows, 'DV_KETNAP');
    expect(r.targets.map((t) => [t.source, t.value, t.document])).toEqual([['assigned', 160, 'CV 15/TU']]);
    expect(r.achievement[0]?.percent).toBe(81.25);
    expect(r.checks.map((c) => c.message)).toEqual([
      'Kết nạp đảng viên mới: báo cáo nêu đạt 83,9% chỉ tiêu cấp trên giao, nhưng 130 ÷ 160 = 81,25% (chênh 2,65 điểm phần trăm)',
      'Kết nạp đảng viên mới: báo cáo nêu đạt 100% chỉ tiêu cấp trên giao, nhưng 155 ÷ 160 = 96,88% (chênh 3,13 điểm phần trăm)',
    ]);
  });

  it('refuses a year or date it cannot read, naming the field', () => {
    expect(() => buildScorecard({ ...demo, year: 23.5 })).toThrow('year: 23.5 is not a year');
    expect(() => buildScorecard({ ...demo, asOf: '17/11/2023' })).toThrow(
      'asOf: "17/11/2023" is not an ISO date (YYYY-MM-DD)',
    );
  });

  it('counts only figures up to asOf', () => {
    const sc = buildScorecard({ ...demo, asOf: '2023-10-31' });
    expect(row(sc.rows, 'TS_TOM').actual).toBeNull();
    expect(row(sc.rows, 'TS_TOM').status).toBe('no_data');
  });
});

describe('buildScorecard: order of its inputs', () => {
  // The database hands figures over in no particular order: sorting a province's ~190.000 child rows was
  // 0,4 s of PostgreSQL's time, and nothing here may depend on it.
  const tom = ind('TS_TOM').id;
  const monthly = (unitId: number, month: number, value: number) =>
    buildObservation({ unitId, indicatorId: tom, period: `2023-M${month}`, value });
  const input: ScorecardInput = {
    ...demo,
    childUnits: communes,
    childObservations: [
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].flatMap((m) => [monthly(11, m, 800 + m), monthly(12, m, 700 + m)]),
      buildObservation({ unitId: 11, indicatorId: tom, period: YTD, value: 9000 }),
      buildObservation({ unitId: 12, indicatorId: tom, period: YTD, value: 8000 }),
      buildObservation({ unitId: 13, indicatorId: tom, period: '2023-9M', value: 6000 }),
      buildObservation({ unitId: 13, indicatorId: tom, period: '2023-Q4', value: 900 }),
      buildObservation({ unitId: 13, indicatorId: tom, period: YTD, value: 7100 }),
    ],
    priorYearsObservations: [
      buildObservation({ unitId: 2, indicatorId: tom, period: '2022-9M', value: 15000 }),
      buildObservation({ unitId: 2, indicatorId: tom, period: '2022-H1', value: 9000 }),
      buildObservation({ unitId: 2, indicatorId: tom, period: '2022', value: 27000 }),
    ],
  };
  const expected = buildScorecard(input);
  const permutation = <T>(items: readonly T[]) =>
    fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });

  it('gives the same scorecard whatever the order of figures, children and targets', () => {
    expect(row(expected.rows, 'TS_TOM').rollup).toEqual({
      kind: 'ok',
      value: 24100,
      reporting: 3,
      expected: 3,
      period: YTD,
      completeness: '3/3 xã đã báo cáo',
    });
    fc.assert(
      fc.property(
        permutation(input.observations),
        permutation(input.childObservations ?? []),
        permutation(input.priorYearsObservations ?? []),
        permutation(input.targets),
        (observations, childObservations, priorYearsObservations, targets) => {
          const shuffled = { ...input, observations, childObservations, priorYearsObservations, targets };
          expect(buildScorecard(shuffled)).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});
