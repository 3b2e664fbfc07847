// The writes of a record without a version counter (inspections, findings, progress updates, extension
// requests), made the same way: insert it, or change what a patch names, with its audit entry in the
// transaction of the write. Versioned records use versioned-rows.ts instead.
import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Actor } from './audit.repository';
import { createAuditTrail } from './audit-trail';
import type { Executor } from './database';
import { foundOr, mappingErrors } from './errors';

type KeyedTable = PgTable & { id: PgColumn };

/** `entity` names the record in the audit trail (`extension_request`) and, spaced, in a refusal. */
export function auditedRows<T extends KeyedTable>(db: Executor, table: T, entity: string) {
  type Row = T['$inferSelect'] & { id: number };
  const audit = createAuditTrail(db, entity);

  async function findById(id: number, ex: Executor = db): Promise<Row | null> {
    const [row] = (await ex
      .select()
      .from(table as PgTable)
      .where(eq(table.id, id))) as Row[];
    return row ?? null;
  }

  return {
    findById,

    async insert(values: T['$inferInsert'], actor: Actor, ex: Executor = db): Promise<Row> {
      return ex.transaction(async (tx) => {
        const [row] = (await mappingErrors(() => tx.insert(table).values(values).returning())) as Row[];
        await audit.created(actor, row!, tx);
        return row!;
      });
    },

    /** Changes what the patch names, auditing the row before and after; `not_found` when there is none. */
    async update(id: number, patch: PgUpdateSetSource<T>, actor: Actor, ex: Executor = db): Promise<Row> {
      return ex.transaction(async (tx) => {
        const before = foundOr(
          await findById(id, tx),
          'not_found',
          `id: no ${entity.replaceAll('_', ' ')} with id ${id}`,
        );
        const [row] = (await mappingErrors(() =>
          tx.update(table).set(patch).where(eq(table.id, id)).returning(),
        )) as Row[];
        await audit.updated(actor, id, before, row, tx);
        return row!;
      });
    },
  };
}
