// Shapes of the HTTP API (docs/api-contract.md): domain and scorecard types come from core, the rest
// are the answers the contract names.
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

export type {
  Scorecard,
  ScorecardIndicator,
  ScorecardRow,
  ScorecardStatus,
} from '../../core/scorecard.types';

import type { Statement } from '../../core/statement';

export type { Indicator, Observation, Provenance, Statement, Target, TargetSource, Unit, UnitLink, User };

export interface SessionUser extends User {}

export interface AuditEntry {
  id?: number;
  userId: number | null;
  /** Display name of who made the change; null for the system (demo load, imports without a user). */
  who?: string | null;
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
