// Factories with overrides for database tests (STYLE 14): each builds a valid input, a test changes only
// what it is about.
import * as core from '../core/testing/factories';
import type { IndicatorInput } from './indicator.repository';
import type { ObservationInput } from './observation.repository';
import type { RegimeInput } from './regime.repository';
import type { TargetInput } from './target.repository';
import type { UnitInput } from './unit.repository';

/**
 * A core row as a repository input: without its id and the columns the database fills when they are left
 * out, so an input holds only what the test says.
 */
function inputOf<T, K extends keyof T>(row: T, filled: readonly K[]): Omit<T, K> {
  const input = { ...row };
  for (const key of filled) delete input[key];
  return input;
}

/** Huyện ủy Cái Nước, a top-level unit unless given a parent. */
export function buildUnit(overrides: Partial<UnitInput> = {}): UnitInput {
  return { ...inputOf(core.buildUnit(), ['id', 'validFrom', 'validTo']), ...overrides };
}

/** Tỉnh ủy Cà Mau: the province above Cái Nước. */
export function buildProvince(overrides: Partial<UnitInput> = {}): UnitInput {
  return buildUnit({ code: 'TU_CAMAU', name: 'Tỉnh ủy Cà Mau', kind: 'province_party', ...overrides });
}

/** Đảng ủy xã Trần Thới, a commune of Cái Nước: the caller gives its parent. */
export function buildCommune(overrides: Partial<UnitInput> & Pick<UnitInput, 'parentId'>): UnitInput {
  return buildUnit({
    code: 'DU_TRANTHOI',
    name: 'Đảng ủy xã Trần Thới',
    kind: 'commune_party',
    ...overrides,
  });
}

/** Sản lượng tôm, with one synonym and no parent or upper limit unless given. */
export function buildIndicator(overrides: Partial<IndicatorInput> = {}): IndicatorInput {
  const shrimp = core.buildIndicator({ synonyms: ['sản lượng tôm nuôi'] });
  return { ...inputOf(shrimp, ['id', 'parentId', 'maxValue']), ...overrides };
}

/** Cái Nước's 2023 resolution target of 29 000; the caller gives its unit and indicator. */
export function buildTarget(
  overrides: Partial<TargetInput> & Pick<TargetInput, 'unitId' | 'indicatorId'>,
): TargetInput {
  const resolution = core.buildTarget({ value: 29_000, document: 'Nghị quyết 12-NQ/HU' });
  return { ...inputOf(resolution, ['id', 'derivedFrom']), ...overrides };
}

/** 24 937 tấn to 17/11/2023, entered by hand; the caller gives its unit and indicator. */
export function buildObservation(
  overrides: Partial<ObservationInput> & Pick<ObservationInput, 'unitId' | 'indicatorId'>,
): ObservationInput {
  return { ...inputOf(core.buildObservation({ value: 24_937 }), ['id', 'version']), ...overrides };
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
