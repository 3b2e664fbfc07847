import { describe, expect, it } from 'vitest';
import { inheritedObservations } from './succession';
import { buildIndicator, buildObservation } from './testing/factories';
import type { UnitLink } from './types';

const CAI_NUOC = 2;
const TRAN_THOI = 3;
const MERGED = 9;
const tom = buildIndicator({ id: 10, code: 'TS_TOM' });
const insured = buildIndicator({ id: 11, code: 'BHYT_SONGUOI', nature: 'stock' });
const population = buildIndicator({ id: 12, code: 'DAN_SO', nature: 'stock' });
const coverage = buildIndicator({
  id: 13,
  code: 'BHYT_TYLE',
  measure: '%',
  nature: 'stock',
  aggregation: { kind: 'ratio', numeratorCode: 'BHYT_SONGUOI', denominatorCode: 'DAN_SO', factor: 100 },
});
const indicators = [tom, insured, population, coverage];
const merge = (predecessorId: number): UnitLink => ({
  predecessorId,
  successorId: MERGED,
  kind: 'merge',
  effectiveOn: '2025-07-01',
});
const figure = (unitId: number, indicatorId: number, period: string, value: number) =>
  buildObservation({ unitId, indicatorId, period, value });

describe('figures a merged unit inherits', () => {
  it('sums its predecessors’ flows for periods ending before the merge, and nothing after', () => {
    const inherited = inheritedObservations({
      unitId: MERGED,
      links: [merge(CAI_NUOC), merge(TRAN_THOI)],
      predecessorObservations: [
        figure(CAI_NUOC, tom.id, '2024', 26_000),
        figure(TRAN_THOI, tom.id, '2024', 14_000),
        figure(CAI_NUOC, tom.id, '2025-H1', 12_500),
        figure(TRAN_THOI, tom.id, '2025-H1', 7_500),
        figure(CAI_NUOC, tom.id, '2025-Q3', 6_000),
      ],
      indicators,
    });
    expect(inherited.map((o) => [o.unitId, o.period, o.value])).toEqual([
      [MERGED, '2024', 40_000],
      [MERGED, '2025-H1', 20_000],
    ]);
    expect(inherited[0]?.provenance).toEqual({ kind: 'derived', from: 'unit_links: 2, 3' });
  });

  it('recomputes coverage from insured ÷ population of the merged area, never averaging percentages', () => {
    const inherited = inheritedObservations({
      unitId: MERGED,
      links: [merge(CAI_NUOC), merge(TRAN_THOI)],
      predecessorObservations: [
        figure(CAI_NUOC, insured.id, '2024', 92_580),
        figure(CAI_NUOC, population.id, '2024', 100_000),
        figure(CAI_NUOC, coverage.id, '2024', 92.58),
        figure(TRAN_THOI, insured.id, '2024', 18_000),
        figure(TRAN_THOI, population.id, '2024', 25_000),
        figure(TRAN_THOI, coverage.id, '2024', 72),
      ],
      indicators,
    });
    const rate = inherited.find((o) => o.indicatorId === coverage.id);
    // (92.580 + 18.000) ÷ (100.000 + 25.000) = 88,464%, where the mean of 92,58% and 72% would be 82,29%.
    expect(rate?.value).toBeCloseTo(88.464, 9);
  });

  it('passes nothing on through a split, which cannot be apportioned', () => {
    const inherited = inheritedObservations({
      unitId: MERGED,
      links: [{ ...merge(CAI_NUOC), kind: 'split' }],
      predecessorObservations: [figure(CAI_NUOC, tom.id, '2024', 26_000)],
      indicators,
    });
    expect(inherited).toEqual([]);
  });
});
