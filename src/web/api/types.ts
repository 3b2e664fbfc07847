// Shapes of the HTTP API (docs/api-contract.md). Domain types come from core; the scorecard shape is a
// local copy until src/core/scorecard.ts lands, then this file re-exports it.
import type {
  Indicator,
  Observation,
  Provenance,
  Target,
  TargetSource,
  Unit,
  UnitLink,
  User,
} from '../../core/types';

export type { Indicator, Observation, Provenance, Target, TargetSource, Unit, UnitLink, User };

export type ScorecardStatus =
  | 'on_track'
  | 'at_risk'
  | 'off_track'
  | 'achieved'
  | 'no_target'
  | 'no_data'
  | (string & {});

export interface ScorecardIndicator {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  measure: string;
  category: string;
  decimals?: number;
  polarity?: string;
  nature?: string;
}

export interface ScorecardRow {
  indicator: ScorecardIndicator;
  targets: { source: TargetSource; value: number; document: string | null; derivedFrom: string | null }[];
  actual: { value: number; period: string; observationId: number | null } | null;
  estimate: { value: number; period: string; observationId: number | null } | null;
  achievement: { source: TargetSource; percent: number | null; kind?: string }[];
  change: { percent: number | null } | null;
  status: ScorecardStatus;
  projection: { value: number; method: string } | null;
  rollup: { value: number | null; reporting: number; expected: number } | null;
  checks: { kind: string; message: string }[];
}

export interface Scorecard {
  unit: Pick<Unit, 'id' | 'name'> & Partial<Unit>;
  year: number;
  rows: ScorecardRow[];
}

export interface SessionUser extends User {}

export interface AuditEntry {
  id?: number;
  userId: number | null;
  userName?: string | null;
  username?: string | null;
  at: string;
  action: string;
  before: unknown;
  after: unknown;
}

export interface ProvenanceAnswer {
  observation: Observation;
  provenance: Provenance;
  user?: { id: number; username: string; displayName: string } | null;
  report?: { id: number; title: string; text: string; span: [number, number] } | null;
  enteredAt?: string | null;
}

export interface Statement {
  indicator: string;
  indicatorCode?: string;
  value: number;
  unit: string;
  approx: string | null;
  estimate: boolean;
  achievement: { percent: number; against: string } | null;
  change: {
    direction: string;
    percent: number | null;
    against: string;
    amount?: number;
    from?: number;
  } | null;
  span: [number, number];
}

export interface TextCheck {
  kind: string;
  message: string;
  span?: [number, number];
}

export interface ExtractAnswer {
  statements: Statement[];
  checks: TextCheck[];
  text?: string;
}

export interface ImportRowError {
  row: number;
  field: string;
  reason: string;
}
