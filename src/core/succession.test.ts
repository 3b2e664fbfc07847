import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inheritFigures, type SuccessionInput } from './succession';
import { buildIndicator, buildObservation, buildUnitLink, successionIndicators } from './testing/factories';
import type { Figure, Indicator, UnitLink } from './types';

// The new xã Cái Nước (NQ 1655/NQ-UBTVQH15): thị trấn Cái Nước and xã Trần Thới whole, part of xã Đông Thới.
const TRAN_THOI = 3;
const THI_TRAN = 4;
const DONG_THOI = 5;
const XA_CAI_NUOC = 9;
const names = new Map([
  [TRAN_THOI, 'xã Trần Thới'],
  [THI_TRAN, 'thị trấn Cái Nước'],
  [DONG_THOI, 'xã Đông Thới'],
  [XA_CAI_NUOC, 'xã Cái Nước'],
]);
const { tom, insured, population, coverage } = successionIndicators();
// Two stocks a merger cannot simply add: a mean, weighted by the shares, and one that does not combine at all.
const stock = (id: number, code: string, measure: string, aggregation: Indicator['aggregation']) =>
  buildIndicator({ id, code, measure, nature: 'stock', aggregation });
const income = stock(14, 'THU_NHAP', 'triệu đồng', { kind: 'mean' });
const rank = stock(15, 'XEP_LOAI', 'hạng', { kind: 'none' });
const indicators = [tom, insured, population, coverage, income, rank];

const link = (predecessorId: number, overrides: Partial<UnitLink> = {}) =>
  buildUnitLink({ predecessorId, successorId: XA_CAI_NUOC, document: '1655/NQ-UBTVQH15', ...overrides });
const part40 = (predecessorId: number) =>
  link(predecessorId, { scope: 'part', share: 0.4, basis: 'population' });
const figure = (unitId: number, indicatorId: number, period: string, value: number) =>
  buildObservation({ unitId, indicatorId, period, value });
/** One unit's figures of one indicator by period: series(TRAN_THOI, tom, { '2024-M1': 100 }). */
const series = (unitId: number, indicator: { id: number }, byPeriod: Record<string, number>) =>
  Object.entries(byPeriod).map(([period, value]) => figure(unitId, indicator.id, period, value));
/** One unit's figures of one period by indicator: ofPeriod(TRAN_THOI, '2024', [tom, 1_000], [rank, 1]). */
const ofPeriod = (unitId: number, period: string, ...values: [{ id: number }, number][]) =>
  values.map(([indicator, value]) => figure(unitId, indicator.id, period, value));
/** The two wholes that make most of the new xã: xã Trần Thới and thị trấn Cái Nước. */
const twoWholes = () => [link(TRAN_THOI), link(THI_TRAN)];

function inherit(lineage: UnitLink[], figures: Figure[], unitId = XA_CAI_NUOC) {
  const input: SuccessionInput = { unitId, lineage, figures, indicators, unitNames: names };
  return inheritFigures(input);
}
const valuesOf = (figures: readonly Figure[]) =>
  figures.map((f) => [f.indicatorId, f.period, f.value]).sort((a, b) => Number(a[0]) - Number(b[0]));

describe('figures a successor inherits', () => {
  it('sums two whole predecessors for every indicator, not one: 1.000 + 2.000 tấn → 3.000', () => {
    const { figures, gaps } = inherit(twoWholes(), [
      ...ofPeriod(TRAN_THOI, '2024', [tom, 1_000], [insured, 9_000], [population, 10_000], [coverage, 90]),
      ...ofPeriod(THI_TRAN, '2024', [tom, 2_000], [insured, 19_000], [population, 20_000], [coverage, 95]),
    ]);
    expect(valuesOf(figures)).toEqual([
      [tom.id, '2024', 3_000],
      [insured.id, '2024', 28_000],
      [population.id, '2024', 30_000],
      // 28.000 ÷ 30.000 = 93,33%, where the mean of 90% and 95% would be 92,5%.
      [coverage.id, '2024', (28_000 / 30_000) * 100],
    ]);
    expect(gaps).toEqual([]);
    const shrimp = figures.find((f) => f.indicatorId === tom.id)!;
    expect([shrimp.id, shrimp.unitId, shrimp.note]).toEqual([
      0,
      XA_CAI_NUOC,
      'Kế thừa từ: xã Trần Thới, thị trấn Cái Nước',
    ]);
    expect(
      shrimp.inherited?.sources.map((s) => [s.unitName, s.value, s.period, s.observationId !== null]),
    ).toEqual([
      ['xã Trần Thới', 1_000, '2024', true],
      ['thị trấn Cái Nước', 2_000, '2024', true],
    ]);
  });

  it('recomputes coverage from the summed parts, listing the parts as its sources', () => {
    const { figures } = inherit(twoWholes(), [
      ...ofPeriod(TRAN_THOI, '2024', [insured, 92_580], [population, 100_000]),
      ...ofPeriod(THI_TRAN, '2024', [insured, 18_000], [population, 25_000]),
    ]);
    const rate = figures.find((f) => f.indicatorId === coverage.id)!;
    // (92.580 + 18.000) ÷ (100.000 + 25.000) = 88,464%, where the mean of 92,58% and 72% would be 82,29%.
    expect(rate.value).toBeCloseTo(88.464, 9);
    expect(rate.inherited?.sources.map((s) => [s.indicatorId, s.unitId, s.value])).toEqual([
      [insured.id, TRAN_THOI, 92_580],
      [insured.id, THI_TRAN, 18_000],
      [population.id, TRAN_THOI, 100_000],
      [population.id, THI_TRAN, 25_000],
    ]);
  });

  it('scales a part by its share of 40% and says so', () => {
    const { figures, gaps } = inherit(
      [link(TRAN_THOI), part40(DONG_THOI)],
      [figure(TRAN_THOI, tom.id, '2024', 1_000), figure(DONG_THOI, tom.id, '2024', 2_500)],
    );
    // 1.000 + 40% × 2.500 = 2.000
    expect(valuesOf(figures)).toEqual([[tom.id, '2024', 2_000]]);
    expect(figures[0]?.note).toBe('Kế thừa từ: xã Trần Thới, xã Đông Thới (ước tính theo tỷ lệ 40% dân số)');
    expect(figures[0]?.inherited?.sources[1]?.shares).toEqual([{ share: 0.4, basis: 'population' }]);
    expect(gaps).toEqual([]);
  });

  it('follows a chain: A → B on 1/1/2023, then B + C → D on 1/7/2025, shares multiplying', () => {
    const [A, B, C, D] = [21, 22, 23, 24];
    const lineage = [
      link(A, { successorId: B, effectiveOn: '2023-01-01', scope: 'part', share: 0.5, basis: 'population' }),
      link(B, { successorId: D }),
      link(C, { successorId: D, scope: 'part', share: 0.4, basis: 'population' }),
    ];
    const { figures } = inherit(
      lineage,
      [
        // A ended in 2023: its 2024 figure reaches nobody.
        ...series(A, tom, { '2022': 1_000, '2024': 9_999 }),
        ...series(B, tom, { '2024': 700 }),
        ...series(C, tom, { '2022': 500, '2024': 1_000 }),
      ],
      D,
    );
    // 2022: 50% × 1.000 + 40% × 500 = 700; 2024: 700 + 40% × 1.000 = 1.100.
    expect(valuesOf(figures)).toEqual([
      [tom.id, '2022', 700],
      [tom.id, '2024', 1_100],
    ]);
    expect(figures[0]?.inherited?.sources.map((s) => [s.unitId, s.shares.map((x) => x.share)])).toEqual([
      [A, [0.5]],
      [C, [0.4]],
    ]);
  });

  it('gives no figure and names the part without a share, never a silent under-count', () => {
    const { figures, gaps } = inherit(
      [link(TRAN_THOI), link(DONG_THOI, { scope: 'part' })],
      [figure(TRAN_THOI, tom.id, '2024', 1_000), figure(DONG_THOI, tom.id, '2024', 2_500)],
    );
    expect(figures).toEqual([]);
    expect(gaps).toEqual([
      {
        indicatorId: tom.id,
        reason: 'part_without_share',
        unitIds: [DONG_THOI],
        periods: ['2024'],
        message:
          'Chưa tính được số kế thừa: xã Đông Thới chỉ chuyển sang một phần, chưa có tỷ lệ (dân số hoặc diện tích)',
      },
    ]);
  });

  it('names a predecessor with no figure of the year instead of summing the others', () => {
    const { figures, gaps } = inherit(twoWholes(), [figure(TRAN_THOI, tom.id, '2024', 1_000)]);
    expect(figures).toEqual([]);
    expect(gaps.map((g) => [g.reason, g.unitIds, g.periods, g.message])).toEqual([
      [
        'missing_figure',
        [THI_TRAN],
        ['2024'],
        'Chưa tính được số kế thừa: thị trấn Cái Nước chưa có số liệu',
      ],
    ]);
  });

  it('sums months into the quarter where one predecessor reports monthly and the other quarterly', () => {
    const { figures, gaps } = inherit(twoWholes(), [
      ...series(TRAN_THOI, tom, { '2024-M1': 100, '2024-M2': 110, '2024-M3': 120 }),
      ...series(THI_TRAN, tom, { '2024-Q1': 400 }),
    ]);
    expect(valuesOf(figures)).toEqual([[tom.id, '2024-Q1', 730]]);
    expect(figures[0]?.inherited?.sources[0]).toMatchObject({
      unitId: TRAN_THOI,
      value: 330,
      observationId: null,
    });
    expect(gaps).toEqual([]);
  });

  it('weights a mean by the share each source passes, and passes `none` only from one whole predecessor', () => {
    const { figures, gaps } = inherit(
      [link(TRAN_THOI), part40(DONG_THOI)],
      [
        ...ofPeriod(TRAN_THOI, '2024', [income, 60], [rank, 1]),
        ...ofPeriod(DONG_THOI, '2024', [income, 74], [rank, 2]),
      ],
    );
    // (60 × 1 + 74 × 0,4) ÷ 1,4 = 64
    expect(valuesOf(figures)).toEqual([[income.id, '2024', 64]]);
    expect(gaps.map((g) => [g.indicatorId, g.reason, g.unitIds])).toEqual([
      [rank.id, 'not_combinable', [TRAN_THOI, DONG_THOI]],
    ]);
    const renamed = inherit([link(TRAN_THOI, { kind: 'rename' })], [figure(TRAN_THOI, rank.id, '2024', 1)]);
    expect(valuesOf(renamed.figures)).toEqual([[rank.id, '2024', 1]]);
  });

  it('passes nothing for periods ending on or after the link took effect', () => {
    const { figures } = inherit(twoWholes(), [
      ...series(TRAN_THOI, tom, { '2025-H1': 500, '2025-Q3': 300 }),
      ...series(THI_TRAN, tom, { '2025-H1': 700, '2025': 1_500 }),
    ]);
    expect(valuesOf(figures)).toEqual([[tom.id, '2025-H1', 1_200]]);
  });

  it('adds the predecessors’ first half to the successor’s own flow from its first day, in the year it began', () => {
    const own = series(XA_CAI_NUOC, tom, { '2025-Q3': 800, '2025-Q4': 1_000 });
    const input = {
      unitId: XA_CAI_NUOC,
      lineage: twoWholes(),
      figures: [figure(TRAN_THOI, tom.id, '2025-H1', 500), figure(THI_TRAN, tom.id, '2025-H1', 700)],
      indicators,
      unitNames: names,
      ownFigures: own,
    };
    const { figures } = inheritFigures(input);
    // 500 + 700 to 30/6; + 800 to 30/9; + 1.000 to 31/12.
    expect(valuesOf(figures)).toEqual([
      [tom.id, '2025-H1', 1_200],
      [tom.id, '2025-9M', 2_000],
      [tom.id, '2025', 3_000],
    ]);
    expect(figures[2]?.note).toBe(
      'Kế thừa từ: xã Trần Thới, thị trấn Cái Nước đến 30/06/2025, cộng số của đơn vị từ 01/07/2025',
    );
    expect(figures[2]?.inherited?.sources.map((s) => [s.unitName, s.period, s.value])).toEqual([
      ['xã Trần Thới', '2025-H1', 500],
      ['thị trấn Cái Nước', '2025-H1', 700],
      ['xã Cái Nước', '2025-Q3', 800],
      ['xã Cái Nước', '2025-Q4', 1_000],
    ]);
  });

  it('property: a chain of wholes inherits the same sum as a direct merge of its ends', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 6 }),
        (values) => {
          // Unit 100 + i passes whole into 101 + i on successive dates; each leaf 200 + i joins the chain there.
          const n = values.length;
          const lineage = values.flatMap((_, i) => [
            link(200 + i, { successorId: 101 + i, effectiveOn: `${2020 + i}-01-01` }),
            ...(i > 0 ? [link(100 + i, { successorId: 101 + i, effectiveOn: `${2020 + i}-01-01` })] : []),
          ]);
          const figures = values.map((v, i) => figure(200 + i, tom.id, '2019', v));
          const chained = inherit(lineage, figures, 100 + n).figures;
          expect(chained.map((f) => f.value)).toEqual([values.reduce((a, b) => a + b, 0)]);
        },
      ),
    );
  });
});
