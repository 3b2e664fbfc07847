import { and, asc, eq } from 'drizzle-orm';
import { auditEntries } from './audit.schema';
import type { Executor } from './database';

export type AuditAction = 'create' | 'update' | 'delete';

/** Who makes a change: recorded in the audit trail of every write. */
export interface Actor {
  userId: number | null;
}

export interface AuditEntryInput {
  userId: number | null;
  entity: string;
  entityId: number;
  action: AuditAction;
  before: unknown;
  after: unknown;
}

export interface AuditEntry extends AuditEntryInput {
  id: number;
  /** ISO timestamp of the change. */
  at: string;
}

function toAuditEntry(row: typeof auditEntries.$inferSelect): AuditEntry {
  return {
    id: row.id,
    userId: row.userId,
    at: row.at.toISOString(),
    entity: row.entity,
    entityId: row.entityId,
    action: row.action as AuditAction,
    before: row.before ?? null,
    after: row.after ?? null,
  };
}

/** The append-only trail of changes: who, when, entity, before, after. */
export function createAuditRepository(db: Executor) {
  return {
    /** Appends one entry; pass the transaction of the change so both commit or neither. */
    async append(entry: AuditEntryInput, tx: Executor = db): Promise<AuditEntry> {
      const [row] = await tx
        .insert(auditEntries)
        .values({ ...entry, before: entry.before ?? null, after: entry.after ?? null })
        .returning();
      return toAuditEntry(row!);
    },

    /** Appends several entries in one statement (bulk imports). */
    async appendMany(entries: AuditEntryInput[], tx: Executor = db): Promise<void> {
      if (entries.length === 0) return;
      await tx
        .insert(auditEntries)
        .values(entries.map((e) => ({ ...e, before: e.before ?? null, after: e.after ?? null })));
    },

    /** Every change of one entity, oldest first. */
    async historyOf(entity: string, entityId: number, ex: Executor = db): Promise<AuditEntry[]> {
      const rows = await ex
        .select()
        .from(auditEntries)
        .where(and(eq(auditEntries.entity, entity), eq(auditEntries.entityId, entityId)))
        .orderBy(asc(auditEntries.at), asc(auditEntries.id));
      return rows.map(toAuditEntry);
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
