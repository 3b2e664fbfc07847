// One entity's writes in the audit trail, each in the transaction of its write: who made it, and the row
// before and after. Repositories say what they wrote; the shape of the entry is written here once.
import { type Actor, type AuditAction, createAuditRepository } from './audit.repository';
import type { Executor } from './database';

export function createAuditTrail(db: Executor, entity: string) {
  const audit = createAuditRepository(db);
  const entry = (actor: Actor, entityId: number, action: AuditAction, before: unknown, after: unknown) => ({
    userId: actor.userId,
    entity,
    entityId,
    action,
    before,
    after,
  });
  const record = (
    actor: Actor,
    entityId: number,
    action: AuditAction,
    change: { before: unknown; after: unknown },
    tx: Executor,
  ) => audit.append(entry(actor, entityId, action, change.before, change.after), tx);

  return {
    /** An entry to append later, with others in one statement (bulk imports). */
    entry,
    record,
    created: (actor: Actor, after: { id: number }, tx: Executor) =>
      record(actor, after.id, 'create', { before: null, after }, tx),
    updated: (actor: Actor, id: number, before: unknown, after: unknown, tx: Executor) =>
      record(actor, id, 'update', { before, after }, tx),
    deleted: (actor: Actor, id: number, before: unknown, tx: Executor) =>
      record(actor, id, 'delete', { before, after: null }, tx),
    appendMany: audit.appendMany,
  };
}
