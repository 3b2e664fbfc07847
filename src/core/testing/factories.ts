// Test factories with overrides (STYLE rule 14): each test states only the fields it is about.
import type { Indicator, Observation, Target, Unit, UnitLink } from '../types';

let nextId = 1000;

/**
 * A fresh id for a built row, unique within a test run.
 * @example const id = newId(); // 1000, then 1001 …
 */
export function newId(): number {
  nextId += 1;
  return nextId;
}

/**
 * A builder of T: fresh defaults (a new id each time), then the fields the test is about.
 * @example const buildUnit = withOverrides<Unit>(() => ({ id: newId(), code: 'HU_CAINUOC', … }))
 */
export function withOverrides<T>(defaults: () => T): (overrides?: Partial<T>) => T {
  return (overrides = {}) => ({ ...defaults(), ...overrides });
}

/**
 * A unit, Huyện ủy Cái Nước unless overridden.
 * @example buildUnit({ code: 'DU_TRANTHOI', name: 'Đảng ủy xã Trần Thới', kind: 'commune_party', parentId: 2 })
 */
export const buildUnit = withOverrides<Unit>(() => ({
  id: newId(),
  code: 'HU_CAINUOC',
  name: 'Huyện ủy Cái Nước',
  kind: 'district_party',
  parentId: null,
  validFrom: null,
  validTo: null,
}));

/**
 * An indicator, sản lượng tôm (a summed flow in tấn) unless overridden.
 * @example buildIndicator({ code: 'BHYT_TYLE', measure: '%', nature: 'stock', maxValue: 100 })
 */
export const buildIndicator = withOverrides<Indicator>(() => ({
  id: newId(),
  code: 'TS_TOM',
  nameVi: 'Sản lượng tôm',
  nameEn: 'Shrimp output',
  measure: 'tấn',
  nature: 'flow',
  aggregation: { kind: 'sum' },
  polarity: 'higher_is_better',
  category: 'kinh_te',
  decimals: 0,
  parentId: null,
  minValue: 0,
  maxValue: null,
  synonyms: [],
}));

/**
 * Tỷ lệ hộ nghèo: a lower-is-better stock in % with 2 decimals, whose 0 is ADR 0003's zero_actual.
 * @example buildPovertyRate({ id: 31 }).polarity === 'lower_is_better'
 */
export function buildPovertyRate(overrides: Partial<Indicator> = {}): Indicator {
  return buildIndicator({
    code: 'TL_HONGHEO',
    nameVi: 'Tỷ lệ hộ nghèo',
    nameEn: 'Poverty rate',
    measure: '%',
    nature: 'stock',
    polarity: 'lower_is_better',
    decimals: 2,
    ...overrides,
  });
}

/**
 * A 2023 resolution target unless overridden.
 * @example buildTarget({ source: 'plan', value: 134.113 })
 */
export const buildTarget = withOverrides<Target>(() => ({
  id: newId(),
  unitId: 1,
  indicatorId: 1,
  fromYear: 2023,
  toYear: 2023,
  value: 100,
  source: 'resolution',
  document: null,
  derivedFrom: null,
}));

/**
 * An actual figure to the date of the Cái Nước report unless overridden.
 * @example buildObservation({ value: 24937, period: '2023-YTD-2023-11-17' })
 */
export const buildObservation = withOverrides<Observation>(() => ({
  id: newId(),
  unitId: 1,
  indicatorId: 1,
  period: '2023-YTD-2023-11-17',
  kind: 'actual',
  value: 0,
  note: null,
  provenance: { kind: 'entered', userId: null },
  version: 1,
}));

/**
 * A whole merge into unit 9 on 1/7/2025 unless overridden.
 * @example buildUnitLink({ predecessorId: 5, scope: 'part', share: 0.4, basis: 'population' })
 */
export const buildUnitLink = withOverrides<UnitLink>(() => ({
  predecessorId: 1,
  successorId: 9,
  kind: 'merge',
  effectiveOn: '2025-07-01',
  scope: 'whole',
  share: null,
  basis: null,
  document: null,
}));

/**
 * Shrimp output and health-insurance coverage with its two parts: what succession and roll-up combine.
 * @example successionIndicators().coverage.aggregation.kind === 'ratio'
 */
export function successionIndicators() {
  const tom = buildIndicator({ id: 10, code: 'TS_TOM' });
  const people = (id: number, code: string) =>
    buildIndicator({ id, code, measure: 'người', nature: 'stock' });
  const insured = people(11, 'BHYT_SONGUOI');
  const population = people(12, 'DAN_SO');
  const coverage = buildIndicator({
    id: 13,
    code: 'BHYT_TYLE',
    nameVi: 'Tỷ lệ bao phủ BHYT',
    measure: '%',
    nature: 'stock',
    aggregation: { kind: 'ratio', numeratorCode: 'BHYT_SONGUOI', denominatorCode: 'DAN_SO', factor: 100 },
  });
  return { tom, insured, population, coverage };
}
