// Factories with overrides for database tests (STYLE 14): each builds a valid input, a test changes only
// what it is about.
import type { IndicatorInput } from './indicator.repository';
import type { ObservationInput } from './observation.repository';
import type { RegimeInput } from './regime.repository';
import type { TargetInput } from './target.repository';
import type { UnitInput } from './unit.repository';

export function buildUnit(overrides: Partial<UnitInput> = {}): UnitInput {
  return {
    code: 'HU_CAINUOC',
    name: 'Huyện ủy Cái Nước',
    kind: 'district_party',
    parentId: null,
    ...overrides,
  };
}

export function buildIndicator(overrides: Partial<IndicatorInput> = {}): IndicatorInput {
  return {
    code: 'TS_TOM',
    nameVi: 'Sản lượng tôm',
    nameEn: 'Shrimp output',
    measure: 'tấn',
    nature: 'flow',
    aggregation: { kind: 'sum' },
    polarity: 'higher_is_better',
    category: 'kinh_te',
    decimals: 0,
    minValue: 0,
    synonyms: ['sản lượng tôm nuôi'],
    ...overrides,
  };
}

export function buildTarget(
  overrides: Partial<TargetInput> & Pick<TargetInput, 'unitId' | 'indicatorId'>,
): TargetInput {
  return {
    fromYear: 2023,
    toYear: 2023,
    value: 29_000,
    source: 'resolution',
    document: 'Nghị quyết 12-NQ/HU',
    ...overrides,
  };
}

export function buildObservation(
  overrides: Partial<ObservationInput> & Pick<ObservationInput, 'unitId' | 'indicatorId'>,
): ObservationInput {
  return {
    period: '2023-YTD-2023-11-17',
    kind: 'actual',
    value: 24_937,
    note: null,
    provenance: { kind: 'entered', userId: null },
    ...overrides,
  };
}

/** The monthly socio-economic regime: NĐ 09 cut-off, due on the 18th; the caller gives its units. */
export function buildRegime(
  overrides: Partial<RegimeInput> & Pick<RegimeInput, 'reportingRootUnitId' | 'approvalUnitIds'>,
): RegimeInput {
  return {
    code: 'KTXH_THANG',
    name: 'Báo cáo kinh tế - xã hội hằng tháng',
    document: 'Nghị định 09/2019/NĐ-CP',
    tree: 'party',
    frequency: 'month',
    cutoff: 'nd09',
    deadline: { kind: 'day_of_month', day: 18, monthsAfter: 0 },
    reportingUnitKind: 'commune_party',
    indicatorIds: [],
    ...overrides,
  };
}
