// The change history of the records people manage (units, targets, indicators, directives, visits,
// accounts), browsable like a figure's: who, when, before and after. Each entity's history is
// shown only to someone who may read the record itself; a deleted record's only to an admin of everything.
import type { AuditedEntity } from '../../core/audited-entity';
import { DomainError, isDomainError } from '../../core/errors';
import type { User } from '../../core/types';
import { type AuditEntry, createAuditRepository } from '../../db/audit.repository';
import type { Db } from '../../db/database';
import { createTargetRepository } from '../../db/target.repository';
import { createUnitRepository } from '../../db/unit.repository';
import { createUserRepository } from '../../db/user.repository';
import { requireRole, requireUnit } from '../access/unit-scope';
import { type NamedAuditEntry, withAuthorNames } from './named-entries';

export type { NamedAuditEntry };

/** Reads one record as the user, throwing what its own use case throws when the user may not. */
export type RecordGuard = (user: User, id: number) => Promise<unknown>;

/** The guards the application hands in for records whose read rules live in their own use cases. */
export interface AuditGuards {
  directive: RecordGuard;
  visit: RecordGuard;
  indicator: RecordGuard;
}

const isMissing = (error: unknown) =>
  isDomainError(error) && (error.code === 'not_found' || error.code.startsWith('unknown_'));

/** The audit use cases over one database. */
export function createAuditUseCases(db: Db, guards: AuditGuards) {
  const audit = createAuditRepository(db);
  const users = createUserRepository(db);
  const units = createUnitRepository(db);
  const targets = createTargetRepository(db);

  const guardOf: Record<AuditedEntity, RecordGuard> = {
    ...guards,
    unit: (user, id) => requireUnit(units, user, id, 'read', 'id'),
    target: async (user, id) => {
      const target = await targets.findById(id);
      if (!target) throw new DomainError('unknown_target', 'id', `không có chỉ tiêu kế hoạch id ${id}`);
      return requireUnit(units, user, target.unitId, 'read');
    },
    user: async (user, id) => {
      if (user.id === id) return user;
      requireRole(user, 'admin');
      const account = await users.findById(id);
      if (!account) throw new DomainError('unknown_user', 'id', `không có tài khoản id ${id}`);
      if (user.scopeUnitId !== null && account.scopeUnitId === null)
        throw new DomainError('forbidden', null, 'tài khoản này nằm ngoài phạm vi quản trị của bạn');
      if (account.scopeUnitId !== null) await requireUnit(units, user, account.scopeUnitId, 'admin');
      return account;
    },
  };

  /**
   * The record's entries when the user may read the record. A deleted record's trail stays for an admin
   * of everything (the deletion is its last entry); for a record that never was, the guard's refusal stands.
   */
  async function readableEntries(user: User, entity: AuditedEntity, id: number): Promise<AuditEntry[]> {
    try {
      await guardOf[entity](user, id);
    } catch (error) {
      const adminOfAll = user.role === 'admin' && user.scopeUnitId === null;
      const entries = adminOfAll && isMissing(error) ? await audit.historyOf(entity, id) : [];
      if (entries.length === 0) throw error;
      return entries;
    }
    return audit.historyOf(entity, id);
  }

  return {
    /** Every change of one record the user may read, oldest first, each with who made it. */
    async history(user: User, entity: AuditedEntity, id: number): Promise<NamedAuditEntry[]> {
      return withAuthorNames(users, await readableEntries(user, entity, id));
    },
  };
}

export type AuditUseCases = ReturnType<typeof createAuditUseCases>;
