// Rows that belong to a parent record and are read and written with it (a visit's hosts and topics, a
// directive's coordinating units, a regime's indicators): read for many parents in one query, replaced whole.
import { eq, inArray, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './database';

/** The child rows of these parents, in `order` when given; no query for no parents. */
export async function childRowsOf<T extends PgTable>(
  ex: Executor,
  table: T,
  parent: PgColumn,
  parentIds: number[],
  ...order: (PgColumn | SQL)[]
): Promise<T['$inferSelect'][]> {
  if (parentIds.length === 0) return [];
  return ex
    .select()
    .from(table as PgTable)
    .where(inArray(parent, parentIds))
    .orderBy(...order) as Promise<T['$inferSelect'][]>;
}

/** Replaces a parent's child rows with these: the old ones deleted, the new ones inserted in one statement. */
export async function replaceChildRows<T extends PgTable>(
  tx: Executor,
  table: T,
  parent: PgColumn,
  parentId: number,
  rows: T['$inferInsert'][],
): Promise<void> {
  await tx.delete(table).where(eq(parent, parentId));
  if (rows.length > 0) await tx.insert(table).values(rows);
}
