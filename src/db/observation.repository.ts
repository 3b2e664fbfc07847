import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { ClientBase } from 'pg';
import type { Figure, Observation, ObservationKind } from '../core/types';
import type { Actor } from './audit.repository';
import { createAuditTrail } from './audit-trail';
import { copyLineOfError, copyObservations, serverClientOf } from './copy-observations';
import { type Executor, rowsOf } from './database';
import { DbError, mappingErrors, pgErrorOf, toDbError } from './errors';
import { observations } from './observation.schema';
import type { ObservationInput } from './observation-input';
import { staleMessage } from './versioned';

export type { ObservationInput } from './observation-input';

export interface ObservationChange {
  value: number;
  note?: string | null;
  /** The version the caller read: a newer one in the database means someone else changed the figure. */
  version: number;
}

export interface ObservationFilter {
  unitIds?: number[];
  indicatorId?: number;
  year?: number;
  period?: string;
}

/** Children's figures summed in SQL: enough for sum, mean (total ÷ reporting) and ratio roll-ups. */
export interface PeriodTotal {
  indicatorId: number;
  period: string;
  kind: ObservationKind;
  total: number;
  /** How many units reported a figure: the roll-up's completeness. */
  reporting: number;
}

/** What a scorecard reads: a province's children are ~570.000 rows, so none of provenance or version. */
const figureColumns = {
  id: observations.id,
  unitId: observations.unitId,
  indicatorId: observations.indicatorId,
  period: observations.period,
  kind: observations.kind,
  value: observations.value,
  note: observations.note,
};

const columns = {
  ...figureColumns,
  provenance: observations.provenance,
  version: observations.version,
};

const byKey = [
  asc(observations.unitId),
  asc(observations.indicatorId),
  asc(observations.period),
  asc(observations.kind),
];

/**
 * The scorecard's one query: every figure of the unit, its children (pass their ids too) and the prior
 * years, selected by the (unit_id, period_year) index, in no particular order: core does not depend on it
 * (a property test shuffles its inputs), and sorting a province's ~190.000 child rows took PostgreSQL
 * 0,4 s of a 2 s cold scorecard. Exported so a test can snapshot its SQL.
 */
export function scorecardQuery(ex: Executor, { unitIds, fromYear, toYear, kind }: ScorecardScope) {
  return ex
    .select(figureColumns)
    .from(observations)
    .where(
      and(
        sql`${observations.unitId} = any(${sql.param(unitIds)}::integer[])`,
        sql`${observations.periodYear} between ${fromYear} and ${toYear}`,
        kind ? eq(observations.kind, kind) : undefined,
      ),
    );
}

export interface ScorecardScope {
  unitIds: number[];
  fromYear: number;
  toYear: number;
  /** Only actuals, say, for children's roll-ups, which never read estimates. */
  kind?: ObservationKind;
}

export type ObservationKey = Pick<ObservationInput, 'unitId' | 'indicatorId' | 'period' | 'kind'>;

const KEY_CHUNK = 10_000;

/** 1-based positions of the keys that a stored figure already has. */
function storedKeysSql(keys: readonly ObservationKey[]): SQL {
  return sql`select k.at from unnest(
      ${sql.param(keys.map((k) => k.unitId))}::integer[], ${sql.param(keys.map((k) => k.indicatorId))}::integer[],
      ${sql.param(keys.map((k) => k.period))}::text[], ${sql.param(keys.map((k) => k.kind))}::text[])
      with ordinality as k(u, i, p, kd, at)
    where exists (select 1 from observations o
      where o.unit_id = k.u and o.indicator_id = k.i and o.period = k.p and o.kind = k.kd)`;
}

/** Children's totals per indicator, period and kind, read by the (period, unit_id) index. */
export function totalsQuery({ unitIds, periods }: { unitIds: number[]; periods: string[] }): SQL {
  return sql`select indicator_id as "indicatorId", period, kind, sum(value)::float8 as total,
      count(*)::int as reporting
    from observations
    where period = any(${sql.param(periods)}::text[]) and unit_id = any(${sql.param(unitIds)}::integer[])
    group by indicator_id, period, kind
    order by indicator_id, period, kind`;
}

function duplicateMessage(
  input: Pick<ObservationInput, 'unitId' | 'indicatorId' | 'period' | 'kind'>,
): string {
  return `period: unit ${input.unitId} already has a figure (${input.kind}) of indicator ${input.indicatorId} for ${input.period}`;
}

function filterSql(filter: ObservationFilter): SQL[] {
  const where: SQL[] = [];
  if (filter.unitIds) where.push(sql`${observations.unitId} = any(${sql.param(filter.unitIds)}::integer[])`);
  if (filter.indicatorId !== undefined) where.push(eq(observations.indicatorId, filter.indicatorId));
  if (filter.year !== undefined) where.push(eq(observations.periodYear, filter.year));
  if (filter.period !== undefined) where.push(eq(observations.period, filter.period));
  return where;
}

/** Figures (số thực hiện, số ước): every write keeps its audit entry in the same transaction. */
export function createObservationRepository(db: Executor) {
  const audit = createAuditTrail(db, 'observation');

  async function findById(id: number, ex: Executor = db): Promise<Observation | null> {
    const [row] = await ex.select(columns).from(observations).where(eq(observations.id, id));
    return row ?? null;
  }

  /** Reads the row under a lock and checks the caller's version against it. */
  async function lockCurrent(id: number, version: number | undefined, tx: Executor): Promise<Observation> {
    const [current] = await tx
      .select(columns)
      .from(observations)
      .where(eq(observations.id, id))
      .for('update');
    if (!current) throw new DbError('not_found', `id: no observation with id ${id}`);
    if (version !== undefined && current.version !== version) {
      throw new DbError('stale_version', staleMessage('observation', id, current.version, version), {
        current,
      });
    }
    return current;
  }

  return {
    findById,

    /** How many figures each of these units holds, in one grouped query (units with none are absent). */
    async countByUnit(unitIds: readonly number[], ex: Executor = db): Promise<Map<number, number>> {
      if (unitIds.length === 0) return new Map();
      const rows = await ex
        .select({ unitId: observations.unitId, figures: sql<number>`count(*)::int` })
        .from(observations)
        .where(inArray(observations.unitId, [...unitIds]))
        .groupBy(observations.unitId);
      return new Map(rows.map((r) => [r.unitId, Number(r.figures)]));
    },

    async findMany(filter: ObservationFilter, ex: Executor = db): Promise<Observation[]> {
      return ex
        .select(columns)
        .from(observations)
        .where(and(...filterSql(filter)))
        .orderBy(...byKey);
    },

    /**
     * One page of figures in key order (unit, indicator, period, kind), from just after `after`, read
     * through the unique index; `next` is the key to continue from, null on the last page.
     */
    async findPage(
      filter: ObservationFilter,
      { limit, after }: { limit: number; after?: ObservationKey | null },
      ex: Executor = db,
    ): Promise<{ observations: Observation[]; next: ObservationKey | null }> {
      const where = filterSql(filter);
      if (after) {
        where.push(sql`(${observations.unitId}, ${observations.indicatorId}, ${observations.period}, ${observations.kind})
          > (${after.unitId}::integer, ${after.indicatorId}::integer, ${after.period}::text, ${after.kind}::text)`);
      }
      const rows = await ex
        .select(columns)
        .from(observations)
        .where(and(...where))
        .orderBy(...byKey)
        .limit(limit + 1);
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      const next =
        rows.length > limit && last
          ? { unitId: last.unitId, indicatorId: last.indicatorId, period: last.period, kind: last.kind }
          : null;
      return { observations: page, next };
    },

    async findForScorecard(scope: ScorecardScope, ex: Executor = db): Promise<Figure[]> {
      if (scope.unitIds.length === 0) return [];
      return scorecardQuery(ex, scope);
    },

    /**
     * Which of these keys (unit, indicator, period, kind) already have a figure: the positions in `keys`,
     * found by the unique index in chunks, so checking a million-row import reads only its clashes.
     */
    async findStoredKeys(keys: readonly ObservationKey[], ex: Executor = db): Promise<number[]> {
      const found: number[] = [];
      for (let start = 0; start < keys.length; start += KEY_CHUNK) {
        const chunk = keys.slice(start, start + KEY_CHUNK);
        const rows = await rowsOf<{ at: number }>(ex, storedKeysSql(chunk));
        for (const r of rows) found.push(start + Number(r.at) - 1);
      }
      return found.sort((a, b) => a - b);
    },

    /** Totals over many units for given periods, grouped in SQL so a province of 100 communes stays fast. */
    async totalsForPeriods(
      { unitIds, periods }: { unitIds: number[]; periods: string[] },
      ex: Executor = db,
    ): Promise<PeriodTotal[]> {
      if (unitIds.length === 0 || periods.length === 0) return [];
      const rows = await rowsOf<PeriodTotal>(ex, totalsQuery({ unitIds, periods }));
      return rows.map((r) => ({ ...r, total: Number(r.total), reporting: Number(r.reporting) }));
    },

    async insert(input: ObservationInput, actor: Actor, ex: Executor = db): Promise<Observation> {
      return ex.transaction(async (tx) => {
        const [row] = await mappingErrors(
          () =>
            tx
              .insert(observations)
              .values({ ...input, createdBy: actor.userId })
              .returning(columns),
          duplicateMessage(input),
        );
        await audit.created(actor, row!, tx);
        return row!;
      });
    },

    /** Changes a figure only if nobody changed it since the caller read `version`; else `stale_version`. */
    async updateWithVersion(
      id: number,
      change: ObservationChange,
      actor: Actor,
      ex: Executor = db,
    ): Promise<Observation> {
      return ex.transaction(async (tx) => {
        const before = await lockCurrent(id, change.version, tx);
        const note = change.note === undefined ? before.note : change.note;
        const [row] = await mappingErrors(() =>
          tx
            .update(observations)
            .set({ value: change.value, note, version: before.version + 1, updatedAt: sql`now()` })
            .where(eq(observations.id, id))
            .returning(columns),
        );
        await audit.updated(actor, id, before, row, tx);
        return row!;
      });
    },

    /** Deletes a figure; with a version, only if it is still the one the caller read. */
    async delete(id: number, version: number | undefined, actor: Actor, ex: Executor = db): Promise<void> {
      await ex.transaction(async (tx) => {
        const before = await lockCurrent(id, version, tx);
        await tx.delete(observations).where(eq(observations.id, id));
        await audit.deleted(actor, id, before, tx);
      });
    },

    insertMany: (
      rows: ObservationInput[],
      actor: Actor,
      tx: Executor = db,
      options: InsertManyOptions = {},
    ) => insertMany(rows, actor, tx, options),
  };
}

export interface InsertManyOptions {
  /** Rows per statement (default 10000). */
  chunkSize?: number;
  /**
   * `rows` (default): one audit entry per figure, so each figure's history starts with its import.
   * `summary`: one entry for the whole call (entity `observation_import`, its own id as entity id),
   * for imports where the per-row trail would halve the speed; each imported figure's provenance names
   * it as `importId`, so the figure's history still starts with its import.
   */
  audit?: 'rows' | 'summary';
}

/** Column arrays of a chunk: one array parameter per column keeps a 10,000-row statement at 8 parameters. */
export function columnsOf(rows: ObservationInput[]) {
  return {
    unitIds: rows.map((r) => r.unitId),
    indicatorIds: rows.map((r) => r.indicatorId),
    periods: rows.map((r) => r.period),
    kinds: rows.map((r) => r.kind),
    values: rows.map((r) => r.value),
    notes: rows.map((r) => r.note ?? null),
    provenances: rows.map((r) => JSON.stringify(r.provenance)),
  };
}

/**
 * Inserts many figures fast: each chunk is one statement that unnests column arrays server-side and writes
 * the audit entries of its rows in the same statement; an import (`audit: 'summary'`) on a PostgreSQL
 * server streams by COPY instead. Call it inside a transaction for all-or-nothing.
 */
async function insertMany(
  rows: ObservationInput[],
  actor: Actor,
  tx: Executor,
  { chunkSize = 10_000, audit = 'rows' }: InsertManyOptions,
): Promise<number> {
  if (rows.length === 0) return 0;
  const importId = audit === 'summary' ? await appendImportEntry(rows, actor, tx) : null;
  const server = importId === null ? null : serverClientOf(tx);
  if (server && importId !== null) return copyImport(server, rows, actor, naming(importId));
  let inserted = 0;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    try {
      const [result] = await rowsOf<{ n: number }>(
        tx,
        insertManySql(
          columnsOf(importId === null ? chunk : chunk.map(naming(importId))),
          actor.userId,
          !importId,
        ),
      );
      inserted += Number(result?.n ?? 0);
    } catch (error) {
      throw describeBulkError(error, `rows from ${start + 1}`);
    }
  }
  return inserted;
}

/** An import on a PostgreSQL server: COPY on the transaction's connection (ADR 0006). */
async function copyImport(
  server: ClientBase,
  rows: ObservationInput[],
  actor: Actor,
  name: (row: ObservationInput) => ObservationInput,
): Promise<number> {
  try {
    return await copyObservations(server, rows, actor.userId, name);
  } catch (error) {
    // Unique violations name their line; foreign keys are checked at the end, with the id as the clue.
    const line = copyLineOfError(error);
    throw describeBulkError(error, line === null ? null : `row ${line}`);
  }
}

/** The one audit entry of a bulk import; its id is the import's id (entity_id names itself). */
async function appendImportEntry(rows: ObservationInput[], actor: Actor, tx: Executor): Promise<number> {
  const files = [
    ...new Set(rows.flatMap((r) => (r.provenance.kind === 'imported' ? [r.provenance.file] : []))),
  ];
  const after = JSON.stringify({ count: rows.length, files });
  const [entry] = await rowsOf<{ id: number }>(
    tx,
    sql`with next as (select nextval(pg_get_serial_sequence('audit_entries', 'id'))::int as id)
      insert into audit_entries (id, user_id, entity, entity_id, action, before, after)
      select id, ${actor.userId}::integer, 'observation_import', id, 'create', null, ${after}::jsonb from next
      returning id`,
  );
  return Number(entry!.id);
}

const naming =
  (importId: number) =>
  (row: ObservationInput): ObservationInput =>
    row.provenance.kind === 'imported' ? { ...row, provenance: { ...row.provenance, importId } } : row;

/** The INSERT of the rows' columns, unnested from one array per column, returning what the caller names. */
function insertFromArrays(c: ReturnType<typeof columnsOf>, userId: number | null, returning: SQL): SQL {
  return sql`
    insert into observations (unit_id, indicator_id, period, kind, value, note, provenance, created_by)
    select u, i, p, k, v, n, pr, ${userId}::integer
    from unnest(${sql.param(c.unitIds)}::integer[], ${sql.param(c.indicatorIds)}::integer[],
      ${sql.param(c.periods)}::text[], ${sql.param(c.kinds)}::text[], ${sql.param(c.values)}::float8[],
      ${sql.param(c.notes)}::text[], ${sql.param(c.provenances)}::jsonb[]) as t(u, i, p, k, v, n, pr)
    returning ${returning}`;
}

export function insertManySql(c: ReturnType<typeof columnsOf>, userId: number | null, perRow: boolean): SQL {
  if (!perRow) {
    return sql`
      with created as (${insertFromArrays(c, userId, sql`id`)})
      select count(*)::int as n from created`;
  }
  const created = sql`id, unit_id, indicator_id, period, kind, value, note, provenance, version, created_by`;
  return sql`
    with created as (${insertFromArrays(c, userId, created)}
    ), audited as (
      insert into audit_entries (user_id, entity, entity_id, action, before, after)
      select created_by, 'observation', id, 'create', null, jsonb_build_object(
        'id', id, 'unitId', unit_id, 'indicatorId', indicator_id, 'period', period, 'kind', kind,
        'value', value, 'note', note, 'provenance', provenance, 'version', version)
      from created
    )
    -- A data-modifying CTE runs even when unreferenced, so audited needs no reader.
    select count(*)::int as n from created`;
}

/** `where`: the input row a COPY names, or the first row of the failing chunk. */
function describeBulkError(error: unknown, where: string | null): unknown {
  const pg = pgErrorOf(error);
  const mapped = toDbError(error, `a figure already exists or is repeated in the input: ${pg?.detail ?? ''}`);
  if (mapped instanceof DbError) {
    const message = where === null ? mapped.message : `${mapped.message} (${where})`;
    return new DbError(mapped.code, message, mapped.details);
  }
  return mapped;
}

export type ObservationRepository = ReturnType<typeof createObservationRepository>;
