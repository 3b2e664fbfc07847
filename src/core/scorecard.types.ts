// The scorecard's shapes: the server, CLI and web app all use them (GET /api/units/:id/scorecard).
import type { Achievement } from './achievement';
import type { Check, CheckOptions } from './checks';
import type { StatedAchievement } from './figures-from-statements';
import type { Projection } from './projection';
import type { ObservationIndex } from './scorecard-figures';
import type { Status, StatusResult, StatusThresholds } from './status';
import type { InheritanceGap } from './succession';
import type { Figure, Indicator, InheritedProvenance, Target, TargetSource, Unit } from './types';

export interface ScorecardIndicator {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  measure: string;
  category: string;
  nature: Indicator['nature'];
  polarity: Indicator['polarity'];
  decimals: number;
  parentCode: string | null;
}

export interface ScorecardTarget {
  id: number;
  source: TargetSource;
  value: number;
  fromYear: number;
  toYear: number;
  document: string | null;
  derivedFrom: string | null;
}

export interface ScorecardFigure {
  value: number;
  period: string;
  /** "từ 01/01/2023 đến 17/11/2023" */
  periodLabel: string;
  /** null for a sum the scorecard made of consecutive months or quarters (its note says which). */
  observationId: number | null;
  note: string | null;
  /** Present when the figure came from the unit's predecessors: their names and figures. */
  inherited?: InheritedProvenance;
}

export interface ScorecardAchievement {
  source: TargetSource;
  targetId: number;
  kind: Achievement['kind'];
  percent: number | null;
}

export interface ScorecardChange {
  kind: 'ok' | 'zero_prior';
  percent: number | null;
  amount: number;
  prior: number;
  priorPeriod: string;
  priorObservationId: number | null;
  /** Present when last year's figure is the predecessors' ("so với cùng kỳ, cùng địa giới"). */
  priorInherited?: InheritedProvenance;
}

export interface ScorecardRollup {
  kind: 'ok' | 'no_data' | 'zero_denominator';
  value: number | null;
  reporting: number;
  expected: number;
  period: string;
  /** "42/64 xã đã báo cáo": reporting of expected, by the level of the units expected. */
  completeness: string;
}

/** A status, or why there is none. */
export type ScorecardStatus = Status | 'no_target' | 'no_data';

export interface ScorecardRow {
  indicator: ScorecardIndicator;
  targets: ScorecardTarget[];
  /** The latest actual of the year (cumulative from 1 January for a flow). */
  actual: ScorecardFigure | null;
  estimate: ScorecardFigure | null;
  achievement: ScorecardAchievement[];
  change: ScorecardChange | null;
  status: ScorecardStatus;
  statusDetail: StatusResult;
  projection: Projection | null;
  rollup: ScorecardRollup | null;
  checks: Check[];
}

export interface Scorecard {
  unit: { id: number; code: string; name: string };
  year: number;
  asOf: string | null;
  rows: ScorecardRow[];
}

export interface ScorecardOptions {
  status: StatusThresholds;
  checks: CheckOptions;
  /** Leave out indicators with no target, figure or children's figure. */
  skipEmpty: boolean;
}

export interface ScorecardInput {
  unit: Unit;
  year: number;
  /** Only figures whose period ends by this ISO date count (default: all of the year). */
  asOf?: string | null;
  indicators: readonly Indicator[];
  targets: readonly Target[];
  /** The unit's figures of the year (others are ignored). */
  observations: readonly Figure[];
  /** The units below this one at any depth, ended ones included (a roll-up takes those of its period). */
  childUnits?: readonly Unit[];
  /** Their figures of the year. */
  childObservations?: readonly Figure[];
  /** Roll-ups already computed to rollupFor's definition (by the database), by indicator id: used instead. */
  rollups?: ReadonlyMap<number, ScorecardRollup | null>;
  /** The unit's figures of earlier years: the same period last year, seasonal profiles, term baselines. */
  priorYearsObservations?: readonly Figure[];
  /** Figures the unit could not inherit (succession.ts): each shows on its row as a check. */
  inheritanceGaps?: readonly InheritanceGap[];
  /** Achievements the unit's reports stated, checked against figure ÷ target. */
  statedAchievements?: readonly Pick<
    StatedAchievement,
    'unitId' | 'indicatorId' | 'period' | 'value' | 'percent' | 'source'
  >[];
  options?: Partial<ScorecardOptions>;
}

/** What every row's assembly needs, computed once per scorecard. */
export interface ScorecardContext {
  input: ScorecardInput;
  options: ScorecardOptions;
  own: ObservationIndex;
  children: ObservationIndex;
  byId: Map<number, Indicator>;
  byCode: Map<string, Indicator>;
}
