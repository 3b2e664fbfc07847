// The scorecard across the 1/7/2025 arrangement: a successor compared with its predecessors' figures, its
// inherited targets, gaps on the rows, and roll-ups over the units of each period at any depth.
import { describe, expect, it } from 'vitest';
import { buildScorecard, type ScorecardInput, type ScorecardRow } from './scorecard';
import { inheritFigures } from './succession';
import { inheritTargets } from './succession-targets';
import {
  buildObservation,
  buildTarget,
  buildUnit,
  buildUnitLink,
  successionIndicators,
} from './testing/factories';
import type { Figure, Unit, UnitLink } from './types';

const { tom, insured, population, coverage } = successionIndicators();
const indicators = [tom, insured, population, coverage];
const row = (rows: ScorecardRow[], code: string) => rows.find((r) => r.indicator.code === code)!;
const figure = (unitId: number, indicatorId: number, period: string, value: number) =>
  buildObservation({ unitId, indicatorId, period, value });

describe('a successor’s scorecard on the comparable basis', () => {
  const xa = buildUnit({
    id: 9,
    code: 'DU_XA_CAINUOC',
    name: 'Đảng ủy xã Cái Nước',
    kind: 'commune_party',
    validFrom: '2025-07-01',
  });
  const names = new Map([
    [3, 'xã Trần Thới'],
    [4, 'thị trấn Cái Nước'],
    [5, 'xã Đông Thới'],
  ]);
  const link = (predecessorId: number, overrides: Partial<UnitLink> = {}) =>
    buildUnitLink({ predecessorId, successorId: xa.id, ...overrides });
  const history: Figure[] = [
    figure(3, tom.id, '2024', 1_000),
    figure(3, insured.id, '2024', 9_000),
    figure(3, population.id, '2024', 10_000),
    figure(3, coverage.id, '2024', 90),
    figure(4, tom.id, '2024', 2_000),
    figure(4, insured.id, '2024', 19_000),
    figure(4, population.id, '2024', 20_000),
    figure(4, coverage.id, '2024', 95),
  ];
  const own: Figure[] = [
    figure(xa.id, tom.id, '2026', 3_300),
    figure(xa.id, insured.id, '2026', 29_000),
    figure(xa.id, population.id, '2026', 30_000),
    figure(xa.id, coverage.id, '2026', (29_000 / 30_000) * 100),
  ];

  function scorecard(
    year: number,
    lineage: UnitLink[],
    figures: Figure[],
    extra: Partial<ScorecardInput> = {},
  ) {
    const inherited = inheritFigures({ unitId: xa.id, lineage, figures, indicators, unitNames: names });
    return buildScorecard({
      unit: xa,
      year,
      indicators,
      targets: [],
      observations: own.filter((o) => o.period.startsWith(String(year))),
      priorYearsObservations: inherited.figures,
      inheritanceGaps: inherited.gaps,
      ...extra,
    });
  }

  it('compares 2025 with the predecessors’ 2024 for all four indicators, each labelled inherited', () => {
    const card = scorecard(2025, [link(3), link(4)], history, {
      observations: [
        figure(xa.id, tom.id, '2025', 3_300),
        figure(xa.id, insured.id, '2025', 29_000),
        figure(xa.id, population.id, '2025', 30_000),
      ],
    });
    expect(indicators.map((i) => row(card.rows, i.code).change?.prior)).toEqual([
      3_000,
      28_000,
      30_000,
      undefined,
    ]);
    // 3.300 against 1.000 + 2.000 = 3.000 a year earlier: +10%.
    expect(row(card.rows, 'TS_TOM').change).toMatchObject({
      percent: 10,
      priorPeriod: '2024',
      priorObservationId: null,
    });
    expect(row(card.rows, 'TS_TOM').change?.priorInherited?.label).toBe(
      'Kế thừa từ: xã Trần Thới, thị trấn Cái Nước',
    );
  });

  it('shows the predecessors’ 2024 as the successor’s own year, inherited, with its sources', () => {
    const inherited = inheritFigures({
      unitId: xa.id,
      lineage: [link(3), link(4)],
      figures: history,
      indicators,
      unitNames: names,
    });
    const card = buildScorecard({
      unit: xa,
      year: 2024,
      indicators,
      targets: [],
      observations: inherited.figures,
    });
    expect(indicators.map((i) => row(card.rows, i.code).actual?.value)).toEqual([
      3_000,
      28_000,
      30_000,
      (28_000 / 30_000) * 100,
    ]);
    const shrimp = row(card.rows, 'TS_TOM').actual;
    expect([shrimp?.observationId, shrimp?.note, shrimp?.inherited?.sources.map((s) => s.value)]).toEqual([
      null,
      'Kế thừa từ: xã Trần Thới, thị trấn Cái Nước',
      [1_000, 2_000],
    ]);
  });

  it('compares 2026 with 2025 combined across the line: the old units’ first half and its own second half', () => {
    const secondHalf = figure(xa.id, tom.id, '2025-H2', 1_800);
    const inherited = inheritFigures({
      unitId: xa.id,
      lineage: [link(3), link(4)],
      figures: [figure(3, tom.id, '2025-H1', 500), figure(4, tom.id, '2025-H1', 700)],
      indicators,
      unitNames: names,
      ownFigures: [secondHalf],
    });
    const card = buildScorecard({
      unit: xa,
      year: 2026,
      indicators,
      targets: [],
      observations: own,
      priorYearsObservations: [secondHalf, ...inherited.figures],
    });
    // 3.300 against 500 + 700 + 1.800 = 3.000: +10%.
    expect(row(card.rows, 'TS_TOM').change).toMatchObject({ prior: 3_000, percent: 10, priorPeriod: '2025' });
    const year2025 = buildScorecard({
      unit: xa,
      year: 2025,
      indicators,
      targets: [],
      observations: [secondHalf, ...inherited.figures],
    });
    expect(row(year2025.rows, 'TS_TOM').actual).toMatchObject({
      period: '2025',
      value: 3_000,
      observationId: null,
    });
  });

  it('projects the year-end from the predecessors’ seasonal profile', () => {
    const fromNewYear = [link(3, { effectiveOn: '2025-01-01' }), link(4, { effectiveOn: '2025-01-01' })];
    const inherited = inheritFigures({
      unitId: xa.id,
      lineage: fromNewYear,
      figures: [
        figure(3, tom.id, '2024-9M', 600),
        figure(4, tom.id, '2024-9M', 900),
        figure(3, tom.id, '2024', 1_000),
        figure(4, tom.id, '2024', 1_500),
      ],
      indicators,
      unitNames: names,
    });
    const card = buildScorecard({
      unit: xa,
      year: 2025,
      indicators,
      targets: [],
      observations: [figure(xa.id, tom.id, '2025-9M', 1_800)],
      priorYearsObservations: inherited.figures,
    });
    // By 30/9 the old communes had 1.500 of their 2.500 (60%): 1.800 ÷ 0,6 = 3.000.
    expect(row(card.rows, 'TS_TOM').projection).toMatchObject({ method: 'seasonal', value: 3_000 });
  });

  it('puts a part without a share on the row as a check naming it, with no figure', () => {
    const card = scorecard(
      2025,
      [link(3), link(5, { scope: 'part' })],
      [figure(3, tom.id, '2024', 1_000), figure(5, tom.id, '2024', 2_500)],
      {
        observations: [figure(xa.id, tom.id, '2025', 3_300)],
      },
    );
    const shrimp = row(card.rows, 'TS_TOM');
    expect(shrimp.change).toBeNull();
    expect(shrimp.checks.map((c) => [c.kind, c.period, c.message])).toEqual([
      [
        'inheritance_gap',
        '2024',
        'Sản lượng tôm: Chưa tính được số kế thừa: xã Đông Thới chỉ chuyển sang một phần, chưa có tỷ lệ (dân số hoặc diện tích) (năm 2024)',
      ],
    ]);
  });

  it('names a gap once per year on the row, and only for the year shown and the one before', () => {
    const monthly = [1, 2, 10].flatMap((m) => [
      figure(3, tom.id, `2023-M${m}`, 100),
      figure(5, tom.id, `2023-M${m}`, 50),
      figure(3, tom.id, `2024-M${m}`, 100),
      figure(5, tom.id, `2024-M${m}`, 50),
    ]);
    const card = scorecard(2025, [link(3), link(5, { scope: 'part' })], monthly);
    const check = row(card.rows, 'TS_TOM').checks[0];
    expect([check?.period, check?.message]).toEqual([
      '2024-M10',
      'Sản lượng tôm: Chưa tính được số kế thừa: xã Đông Thới chỉ chuyển sang một phần, chưa có tỷ lệ (dân số hoặc diện tích) (năm 2024)',
    ]);
    expect(check?.kind === 'inheritance_gap' && check.periods).toEqual(['2024-M1', '2024-M2', '2024-M10']);
  });

  it('measures 2025 against the predecessors’ 2025 targets, until its own congress sets one', () => {
    const targets = [
      buildTarget({ unitId: 3, indicatorId: tom.id, fromYear: 2025, toYear: 2025, value: 1_200 }),
      buildTarget({ unitId: 4, indicatorId: tom.id, fromYear: 2025, toYear: 2025, value: 2_100 }),
    ];
    const carried = inheritTargets({
      unitId: xa.id,
      year: 2025,
      lineage: [link(3), link(4)],
      targets,
      indicators,
      unitNames: names,
    });
    const card = scorecard(2025, [link(3), link(4)], history, {
      observations: [figure(xa.id, tom.id, '2025', 3_300)],
      targets: carried.targets,
    });
    // 3.300 ÷ (1.200 + 2.100) = 100%.
    expect(row(card.rows, 'TS_TOM').achievement.map((a) => [a.source, a.percent])).toEqual([
      ['resolution', 100],
    ]);
    expect(row(card.rows, 'TS_TOM').targets[0]?.derivedFrom).toBe(
      'Kế thừa từ: xã Trần Thới, thị trấn Cái Nước',
    );
  });
});

describe('roll-up over the units of each period, at any depth', () => {
  const province = buildUnit({ id: 1, code: 'TU_CAMAU', name: 'Tỉnh ủy Cà Mau', kind: 'province_party' });
  const ended = { validTo: '2025-06-30' };
  const district = (id: number) =>
    buildUnit({ id, code: `HU_${id}`, kind: 'district_party', parentId: 1, ...ended });
  const commune = (id: number, parentId: number, overrides: Partial<Unit> = {}) =>
    buildUnit({ id, code: `XA_${id}`, kind: 'commune_party', parentId, ...overrides });
  const units: Unit[] = [
    district(20),
    district(30),
    commune(21, 20, ended),
    commune(31, 30, ended),
    commune(32, 30, ended),
    commune(41, 1, { validFrom: '2025-07-01' }),
    commune(42, 1, { validFrom: '2025-07-01' }),
    commune(43, 1, { validFrom: '2025-07-01' }),
  ];
  const rollupOf = (year: number, childObservations: Figure[]) =>
    row(
      buildScorecard({
        unit: province,
        year,
        indicators,
        targets: [],
        observations: [],
        childUnits: units,
        childObservations,
      }).rows,
      'TS_TOM',
    ).rollup;

  it('rolls a province up over its communes in 2026, with no districts and none of the ended units', () => {
    expect(
      rollupOf(2026, [
        figure(41, tom.id, '2026', 1_000),
        figure(42, tom.id, '2026', 2_000),
        figure(21, tom.id, '2026', 9_999),
      ]),
    ).toEqual({
      kind: 'ok',
      value: 3_000,
      reporting: 2,
      expected: 3,
      period: '2026',
      completeness: '2/3 xã đã báo cáo',
    });
  });

  it('rolls 2024 up over the districts, or their communes where a district has no figure of its own', () => {
    const r = rollupOf(2024, [
      figure(20, tom.id, '2024', 5_000),
      figure(21, tom.id, '2024', 4_800), // counted through its district's own 5.000
      figure(31, tom.id, '2024', 1_200),
    ]);
    expect(r).toEqual({
      kind: 'ok',
      value: 6_200,
      reporting: 2,
      expected: 3,
      period: '2024',
      completeness: '1/1 huyện, 1/2 xã đã báo cáo',
    });
  });

  it('does not expect a dissolved district after its end date, and does before it', () => {
    expect(rollupOf(2025, [figure(41, tom.id, '2025', 700)])?.completeness).toBe('1/3 xã đã báo cáo');
    const firstHalf = row(
      buildScorecard({
        unit: province,
        year: 2025,
        indicators,
        targets: [],
        observations: [figure(1, tom.id, '2025-H1', 2_600)],
        childUnits: units,
        childObservations: [figure(20, tom.id, '2025-H1', 2_500)],
      }).rows,
      'TS_TOM',
    ).rollup;
    expect(firstHalf).toEqual({
      kind: 'ok',
      value: 2_500,
      reporting: 1,
      expected: 3,
      period: '2025-H1',
      completeness: '1/1 huyện, 0/2 xã đã báo cáo',
    });
  });
});
