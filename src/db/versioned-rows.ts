// The reads and writes every versioned record (indicators, targets, units) makes the same way: create with
// its audit entry; read the row under a lock, refuse it when the caller read an older version, write the change with the counter bumped, and
// audit the row before and after, all in one transaction.
import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Actor } from './audit.repository';
import type { createAuditTrail } from './audit-trail';
import type { Executor } from './database';
import { type DbErrorCode, foundOr, mappingDeleteErrors, mappingErrors } from './errors';
import { bumped, checkVersion, type VersionRead, type WHAT_VI } from './versioned';

type VersionedTable = PgTable & { id: PgColumn; version: PgColumn };

export interface VersionedRowsOptions<T extends VersionedTable, R> {
  table: T;
  /** The record's English name (`unit`), as refusals and audit entries name it. */
  what: keyof typeof WHAT_VI;
  /** The code of the refusal when no row has the id. */
  notFound: DbErrorCode;
  /** The row as callers see it, returned and audited. */
  toRecord: (row: T['$inferSelect']) => R;
  audit: ReturnType<typeof createAuditTrail>;
}

/** What an update may add: a unique-violation message, and a refusal to make once the row is locked. */
export interface UpdateRules {
  duplicateMessage?: string | undefined;
  refuse?: (tx: Executor) => void | Promise<void>;
}

export function versionedRows<T extends VersionedTable, R>(
  db: Executor,
  options: VersionedRowsOptions<T, R>,
) {
  const { table, what, notFound, toRecord, audit } = options;
  type Row = T['$inferSelect'] & { version: number };

  /** The row under a lock, checked against the version the caller read. */
  async function lockCurrent(id: number, read: number | undefined, tx: Executor): Promise<Row> {
    const [row] = (await tx
      .select()
      .from(table as PgTable)
      .where(eq(table.id, id))
      .for('update')) as Row[];
    const current = foundOr(row ?? null, notFound, `id: no ${what} with id ${id}`);
    return checkVersion(what, id, current, read);
  }

  return {
    lockCurrent,

    async findById(id: number, ex: Executor = db): Promise<R | null> {
      const [row] = (await ex
        .select()
        .from(table as PgTable)
        .where(eq(table.id, id))) as Row[];
      return row ? toRecord(row) : null;
    },

    /** Inserts a record with its audit entry; `duplicateMessage` words a unique violation. */
    async create(
      input: T['$inferInsert'],
      actor: Actor,
      ex: Executor = db,
      duplicateMessage?: string,
    ): Promise<R & { id: number }> {
      return ex.transaction(async (tx) => {
        const [row] = (await mappingErrors(
          () => tx.insert(table).values(input).returning(),
          duplicateMessage,
        )) as Row[];
        const created = toRecord(row!) as R & { id: number };
        await audit.created(actor, created, tx);
        return created;
      });
    },

    /** Changes what the patch names; with the version read, only if nobody changed it since. */
    async update(
      id: number,
      patch: Partial<T['$inferInsert']> & VersionRead,
      actor: Actor,
      ex: Executor = db,
      rules: UpdateRules = {},
    ): Promise<R> {
      return ex.transaction(async (tx) => {
        const locked = await lockCurrent(id, patch.version, tx);
        await rules.refuse?.(tx);
        const values = bumped(patch, locked) as PgUpdateSetSource<T>;
        const [row] = (await mappingErrors(
          () => tx.update(table).set(values).where(eq(table.id, id)).returning(),
          rules.duplicateMessage,
        )) as Row[];
        const after = toRecord(row!);
        await audit.updated(actor, id, toRecord(locked), after, tx);
        return after;
      });
    },

    /** Deletes a record; with the version read, only if it is still the one the caller read. */
    async delete(id: number, actor: Actor, ex: Executor = db, read?: number): Promise<void> {
      await ex.transaction(async (tx) => {
        const before = toRecord(await lockCurrent(id, read, tx));
        await mappingDeleteErrors(`${what} ${id}`, () => tx.delete(table).where(eq(table.id, id)));
        await audit.deleted(actor, id, before, tx);
      });
    },
  };
}
