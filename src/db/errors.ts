// The database layer's errors carry the same stable codes as the domain's, so the server maps them to
// 4xx answers and the CLI to exit 2 without knowing anything about SQLSTATEs.

export type DbErrorCode =
  | 'duplicate'
  | 'unknown_unit'
  | 'unknown_indicator'
  | 'unknown_user'
  | 'unknown_report'
  | 'not_found'
  | 'in_use'
  | 'stale_version'
  | 'locked'
  | 'invalid_period'
  | 'invalid_value'
  | 'database_locked'
  | 'bad_database_url'
  | 'idempotency_key_reused';

export class DbError extends Error {
  override readonly name = 'DbError';

  constructor(
    readonly code: DbErrorCode,
    message: string,
    /** Extra fields for the error envelope, e.g. `current` for a stale version. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

interface PgErrorLike {
  code: string;
  message?: string;
  constraint?: string;
  column?: string;
  detail?: string;
}

/** Finds the PostgreSQL error under drizzle's wrapper (DrizzleQueryError keeps it as `cause`). */
export function pgErrorOf(error: unknown): PgErrorLike | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth += 1) {
    const candidate = current as { code?: unknown; cause?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) {
      return current as PgErrorLike;
    }
    current = candidate.cause;
  }
  return null;
}

// Foreign-key constraint names are generated as <table>_<column>_<target>_id_fk.
const FOREIGN_KEYS: [RegExp, DbErrorCode, string][] = [
  [/_(unit_id|parent_id|scope_unit_id|predecessor_id|successor_id)_units_id_fk$/, 'unknown_unit', 'unit'],
  [/_(indicator_id|parent_id)_indicators_id_fk$/, 'unknown_indicator', 'indicator'],
  [/_(user_id|created_by)_users_id_fk$/, 'unknown_user', 'user'],
  [/_report_id_reports_id_fk$/, 'unknown_report', 'report'],
];

const FIELD_OF_COLUMN: Record<string, string> = {
  unit_id: 'unitId',
  parent_id: 'parentId',
  scope_unit_id: 'scopeUnitId',
  predecessor_id: 'predecessorId',
  successor_id: 'successorId',
  indicator_id: 'indicatorId',
  user_id: 'userId',
  created_by: 'createdBy',
  report_id: 'reportId',
};

function foreignKeyError(pg: PgErrorLike): DbError | null {
  const constraint = pg.constraint ?? '';
  for (const [pattern, code, what] of FOREIGN_KEYS) {
    const match = pattern.exec(constraint);
    if (match) {
      const column = match[1] ?? '';
      const field = FIELD_OF_COLUMN[column] ?? column;
      const id = /=\((\d+)\)/.exec(pg.detail ?? '')?.[1];
      return new DbError(code, `${field}: no ${what} with id ${id ?? '(unknown)'}`);
    }
  }
  return null;
}

/** Raised by the trigger of migration 0013 on a write to a figure an approved submission locks. */
const LOCKED_SQLSTATE = 'TDL01';

function lockedError(pg: PgErrorLike): DbError {
  let submission: unknown = null;
  try {
    submission = JSON.parse(pg.detail ?? 'null');
  } catch {
    // The trigger always writes JSON; a missing detail still leaves the message naming the submission.
  }
  return new DbError('locked', pg.message ?? 'số liệu đã khóa', { submission });
}

/**
 * Turns a PostgreSQL constraint violation into a DbError with a stable code; anything else is returned
 * unchanged so it surfaces as an internal error.
 * @example toDbError(uniqueViolationOn('units_code_unique')) // DbError('duplicate', 'code: …')
 */
export function toDbError(
  error: unknown,
  duplicateMessage = 'a row with the same key already exists',
): unknown {
  if (error instanceof DbError) return error;
  const pg = pgErrorOf(error);
  if (!pg) return error;
  if (pg.code === '23505') return new DbError('duplicate', duplicateMessage);
  if (pg.code === LOCKED_SQLSTATE) return lockedError(pg);
  if (pg.code === '23503') return foreignKeyError(pg) ?? error;
  if (pg.code === '23502')
    return new DbError('invalid_value', `${pg.column ?? 'a column'}: a value is required`);
  if (pg.code === '23514') {
    const constraint = pg.constraint ?? 'check';
    if (constraint === 'observations_period_check') {
      return new DbError('invalid_period', 'period: not a period code such as 2023-M10, 2023-Q3 or 2023');
    }
    return new DbError('invalid_value', `violates ${constraint}`);
  }
  return error;
}

/** The row a lookup found, else the error naming what was asked for (`id: no unit with id 42`). */
export function foundOr<T>(row: T | null, code: DbErrorCode, message: string): T {
  if (row === null) throw new DbError(code, message);
  return row;
}

/** Runs a write and rethrows constraint violations as DbErrors. */
export async function mappingErrors<T>(work: () => Promise<T>, duplicateMessage?: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toDbError(error, duplicateMessage);
  }
}

/** A delete blocked by rows that still reference it (figures of a unit) is `in_use`, not unknown. */
export async function mappingDeleteErrors<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (pgErrorOf(error)?.code === '23503') {
      throw new DbError('in_use', `${what} is still referenced (figures, targets or children exist)`);
    }
    throw toDbError(error);
  }
}

/** The first error along a cause chain that has a `code`: a SQLSTATE or a socket code (ECONNREFUSED). */
export function codedCauseOf(error: unknown): { code: string; message: string } | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string') return { code, message: typeof message === 'string' ? message : code };
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The `code` of the first coded error along a cause chain. */
export function errorCodeOf(error: unknown): string | undefined {
  return codedCauseOf(error)?.code;
}
