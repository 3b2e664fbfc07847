// Domain error codes (raised by core and db with no HTTP in them) mapped to statuses. Constraint
// violations that slip past the repositories are named too, so they answer 409 rather than 500.
import { isDomainError } from '../../core/errors';
import { DbError, toDbError } from '../../db/errors';

export interface DomainFailure {
  code: string;
  message: string;
  details: Record<string, unknown>;
}

const STATUS: Record<string, number> = {
  not_found: 404,
  unknown_unit: 404,
  unknown_indicator: 404,
  unknown_target: 404,
  unknown_observation: 404,
  unknown_report: 404,
  unknown_user: 404,
  unauthenticated: 401,
  forbidden: 403,
  duplicate: 409,
  stale_version: 409,
  locked: 409,
  in_use: 409,
  invalid_rows: 422,
  statement_not_in_text: 422,
  too_large_unpacked: 413,
  out_of_range: 422,
  invalid_value: 422,
  database_locked: 503,
  already_completed: 409,
  already_decided: 409,
  idempotency_key_reused: 422,
};

/**
 * Directive refusals that the record's state explains (completed already, extension decided already) are
 * conflicts with that state, not bad input: they leave under their reason as the code, with 409.
 */
const CONFLICT_REASONS: ReadonlySet<unknown> = new Set(['already_completed', 'already_decided']);

/** Every other domain code (invalid_period, invalid_input) refuses the input itself: 400. */
export function statusOfDomainCode(code: string): number {
  return STATUS[code] ?? 400;
}

/** A domain error from core or db, or a PostgreSQL constraint violation under drizzle's wrapper. */
export function domainErrorOf(error: unknown): DomainFailure | null {
  if (isDomainError(error)) {
    const field = error.field ? { field: error.field } : {};
    const reason = error.extra.reason;
    const code = CONFLICT_REASONS.has(reason) ? (reason as string) : error.code;
    return { code, message: error.message, details: { ...field, ...error.extra } };
  }
  const db = error instanceof DbError || (error as Error)?.name === 'DbError' ? error : toDbError(error);
  if (db instanceof DbError || (db as Error)?.name === 'DbError') {
    const known = db as DbError;
    if (known.code === 'bad_database_url') return null;
    return { code: known.code, message: known.message, details: known.details };
  }
  return null;
}
