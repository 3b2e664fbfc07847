// Domain types shared by every layer. Names follow ../shared/GLOSSARY.md.

/** Party committees and state bodies form separate trees. */
export type UnitKind =
  | 'province_party'
  | 'district_party'
  | 'commune_party'
  | 'province_state'
  | 'district_state'
  | 'commune_state'
  | 'front'
  | 'mass_org'
  | 'other';

export const UNIT_KINDS: readonly UnitKind[] = [
  'province_party',
  'district_party',
  'commune_party',
  'province_state',
  'district_state',
  'commune_state',
  'front',
  'mass_org',
  'other',
];

export interface Unit {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  parentId: number | null;
  /** ISO date (YYYY-MM-DD) the unit came into being; null when always existed. */
  validFrom: string | null;
  /** ISO date the unit ended (merged, split, renamed); null while it exists. */
  validTo: string | null;
}

/** How a unit passed into another: old figures roll into successors only through this link. */
export type UnitLinkKind = 'merge' | 'split' | 'rename';

/** Whether all of a predecessor passed into the successor, or a part of it (toàn bộ / một phần). */
export type UnitLinkScope = 'whole' | 'part';

export const UNIT_LINK_SCOPES: readonly UnitLinkScope[] = ['whole', 'part'];

/** What a part's share measures: quy mô dân số or diện tích tự nhiên. */
export type ShareBasis = 'population' | 'area';

export const SHARE_BASES: readonly ShareBasis[] = ['population', 'area'];

export interface UnitLink {
  predecessorId: number;
  successorId: number;
  kind: UnitLinkKind;
  /** ISO date the link took effect, e.g. 2025-07-01. */
  effectiveOn: string;
  scope: UnitLinkScope;
  /** For a part: 0 < share ≤ 1 of the predecessor that passed, by `basis`; null when no source gives it. */
  share: number | null;
  basis: ShareBasis | null;
  /** The resolution that made the link, e.g. 1655/NQ-UBTVQH15. */
  document: string | null;
}

/** A flow accumulates over the year (output, revenue); a stock is a level at a date (coverage %). */
export type IndicatorNature = 'flow' | 'stock';

export type Aggregation =
  | { kind: 'sum' }
  | { kind: 'mean' }
  | { kind: 'ratio'; numeratorCode: string; denominatorCode: string; factor: number }
  | { kind: 'none' };

export type Polarity = 'higher_is_better' | 'lower_is_better';

export interface Indicator {
  id: number;
  code: string;
  nameVi: string;
  nameEn: string;
  /** Đơn vị tính: tấn, tỷ đồng, %, người, đảng viên ... */
  measure: string;
  nature: IndicatorNature;
  aggregation: Aggregation;
  polarity: Polarity;
  category: string;
  decimals: number;
  /** Shrimp is part of aquaculture: a part must not exceed its whole. */
  parentId: number | null;
  minValue: number | null;
  maxValue: number | null;
  /** Other phrases reports use for it, for the extractor's catalog matching. */
  synonyms: string[];
}

export type TargetSource = 'resolution' | 'assigned' | 'plan' | 'budget' | 'goal';

export const TARGET_SOURCES: readonly TargetSource[] = ['resolution', 'assigned', 'plan', 'budget', 'goal'];

/**
 * A record people edit side by side, with its optimistic-locking counter (1 when created, +1 per change).
 * @example const t: Versioned<Target> = { ...target, version: 2 }
 */
export type Versioned<T> = { [K in keyof T | 'version']: K extends keyof T ? T[K] : number };

export interface Target {
  id: number;
  unitId: number;
  indicatorId: number;
  /** A year target has fromYear === toYear; a term target (2020–2025) spans several. */
  fromYear: number;
  toYear: number;
  value: number;
  source: TargetSource;
  /** Nghị quyết số 12-NQ/HU */
  document: string | null;
  /** A target known only through a stated achievement is derived, and says from what. */
  derivedFrom: string | null;
}

export type ObservationKind = 'actual' | 'estimate';

/** Where a figure came from: every figure is traceable. */
export type Provenance =
  | { kind: 'entered'; userId: number | null }
  /** importId: the audit entry of the whole import (one per file, not one per figure). */
  | { kind: 'imported'; file: string; row: number; userId: number | null; importId?: number }
  | { kind: 'extracted'; reportId: number; span: [number, number]; userId: number | null }
  | { kind: 'derived'; from: string };

export interface Observation {
  id: number;
  unitId: number;
  indicatorId: number;
  /** Period code: 2023-M10, 2023-Q3, 2023-H1, 2023-9M (N tháng: 2023-8M), 2023, or 2023-YTD-2023-11-17. */
  period: string;
  kind: ObservationKind;
  value: number;
  note: string | null;
  provenance: Provenance;
  /** Optimistic concurrency: an update names the version it read. */
  version: number;
}

/** One link's share applied on the way from a source unit to its successor. */
export interface AppliedShare {
  share: number;
  basis: ShareBasis;
}

/** A predecessor's figure a successor's inherited figure is made of. */
export interface InheritedSource {
  unitId: number;
  unitName: string;
  indicatorId: number;
  /** The stored figure; null when it is itself a sum of the source's months or quarters. */
  observationId: number | null;
  period: string;
  value: number;
  /** The shares of the parts on the path from the source, outermost first; empty when all were wholes. */
  shares: AppliedShare[];
}

/** A figure a successor holds only through its links: not stored, labelled, with what it is made of. */
export interface InheritedProvenance {
  kind: 'inherited';
  /** "Kế thừa từ: xã Trần Thới, thị trấn Cái Nước" */
  label: string;
  sources: InheritedSource[];
}

/** What a scorecard reads of a figure: none of its provenance or version, except where it was inherited. */
export type Figure = Pick<
  Observation,
  'id' | 'unitId' | 'indicatorId' | 'period' | 'kind' | 'value' | 'note'
> & { inherited?: InheritedProvenance };

export type Role = 'admin' | 'editor' | 'viewer';

export interface User {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** Root of the unit subtree the user may see (and, for editors, change); null = everything. */
  scopeUnitId: number | null;
}
