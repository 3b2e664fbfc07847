// The API's shapes as the web reads them: inferred from the one contract (src/contract), never written by
// hand, so a field the server adds or renames reaches the web's types at once.
import type { z } from 'zod';
import type {
  AuditEntrySchema,
  ErrorSchema,
  ExtractAnswer as ExtractAnswerSchema,
  ImportRowErrorSchema,
  IndicatorSchema,
  ObservationSchema,
  ProvenanceAnswer as ProvenanceAnswerSchema,
  ProvenanceSchema,
  ScorecardSchema,
  ServedScorecardSchema,
  StatementAnswerSchema,
  TargetSchema,
  TargetSourceSchema,
  TextCheckSchema,
  UnitLinkSchema,
  UnitSchema,
  UserSchema,
} from '../../contract';

export type Unit = z.output<typeof UnitSchema>;
export type UnitLink = z.output<typeof UnitLinkSchema>;
export type Indicator = z.output<typeof IndicatorSchema>;
export type Target = z.output<typeof TargetSchema>;
export type TargetSource = z.output<typeof TargetSourceSchema>;
export type Observation = z.output<typeof ObservationSchema>;
export type Provenance = z.output<typeof ProvenanceSchema>;
export type User = z.output<typeof UserSchema>;
export type SessionUser = User;

export type Scorecard = z.output<typeof ScorecardSchema>;
/** The scorecard as served: with the data version it was computed at and when. */
export type ServedScorecard = z.output<typeof ServedScorecardSchema>;
export type ScorecardRow = Scorecard['rows'][number];
export type ScorecardIndicator = ScorecardRow['indicator'];
export type ScorecardStatus = ScorecardRow['status'];

export type Statement = z.output<typeof StatementAnswerSchema>;
export type TextCheck = z.output<typeof TextCheckSchema>;
export type ExtractAnswer = z.output<typeof ExtractAnswerSchema>;

export type AuditEntry = z.output<typeof AuditEntrySchema>;
export type ProvenanceAnswer = z.output<typeof ProvenanceAnswerSchema>;
export type ImportRowError = z.output<typeof ImportRowErrorSchema>;
/** What a route answers, from its schema in the contract: `Answer<typeof UnitListAnswer>`. */
export type Answer<S extends z.ZodType> = z.output<S>;

/** The body of every 4xx: {error, message, field?, …}. */
export type ErrorBody = z.output<typeof ErrorSchema>;
