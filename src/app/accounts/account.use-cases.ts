// Accounts: admins manage the users whose scope lies inside their own. A change that takes rights away or
// replaces the password ends that user's sessions in the same transaction, so no old cookie outlives it.
import { DomainError } from '../../core/errors';
import type { Role, User } from '../../core/types';
import type { Db } from '../../db/database';
import { createSessionRepository } from '../../db/session.repository';
import { createUnitRepository, type UnitRepository } from '../../db/unit.repository';
import { createUserRepository } from '../../db/user.repository';
import { inScope, notFoundRecord, requireRole, requireUnit } from '../access/unit-scope';
import { hashPassword } from './password';

/** Who manages accounts: a signed-in admin, or the operator at the console (id null, `tiendo user add`). */
export type AccountManager = Pick<User, 'role' | 'scopeUnitId'> & { id: number | null };

export interface NewAccount {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  scopeUnitId: number | null;
}

export type AccountPatch = Partial<Omit<NewAccount, 'username'>>;

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

/**
 * Whether a change to an account must end its sessions: a new password (a reset after a stolen one is
 * worthless if the thief stays signed in), a lower role or another scope (what a screen already shows
 * and offers came from the rights taken away).
 */
export function endsSessions(before: Pick<User, 'role' | 'scopeUnitId'>, patch: AccountPatch): boolean {
  return (
    patch.password !== undefined ||
    (patch.role !== undefined && RANK[patch.role] < RANK[before.role]) ||
    (patch.scopeUnitId !== undefined && patch.scopeUnitId !== before.scopeUnitId)
  );
}

/** A scope an admin may hand out: inside their own, or anything for an admin of everything. */
async function requireScopeGrant(units: UnitRepository, admin: AccountManager, scopeUnitId?: number | null) {
  if (scopeUnitId === undefined) return;
  if (scopeUnitId === null) {
    if (admin.scopeUnitId !== null)
      throw new DomainError(
        'forbidden',
        'scopeUnitId',
        'chỉ quản trị toàn hệ thống được cấp phạm vi toàn bộ',
      );
    return;
  }
  await requireUnit(units, admin, scopeUnitId, 'admin', 'scopeUnitId');
}

async function managedBy(units: UnitRepository, admin: AccountManager, user: User): Promise<boolean> {
  if (admin.scopeUnitId === null) return true;
  return user.scopeUnitId !== null && (await inScope(units, admin, user.scopeUnitId));
}

/** The account use cases over one database. */
export function createAccountUseCases(db: Db) {
  const users = createUserRepository(db);
  const units = createUnitRepository(db);

  return {
    /** The accounts the admin manages. */
    async list(admin: AccountManager): Promise<User[]> {
      requireRole(admin, 'admin');
      const managed: User[] = [];
      for (const user of await users.findAll()) if (await managedBy(units, admin, user)) managed.push(user);
      return managed;
    },

    async create(admin: AccountManager, input: NewAccount): Promise<User> {
      requireRole(admin, 'admin');
      const { password, ...fields } = input;
      const passwordHash = await hashPassword(password);
      return db.transaction(async (tx) => {
        await requireScopeGrant(createUnitRepository(tx), admin, fields.scopeUnitId);
        return createUserRepository(tx).create({ ...fields, passwordHash }, { userId: admin.id }, tx);
      });
    },

    /**
     * Changes an account the admin manages (a reset is a change of password). `keepSession` is the
     * session the change was made in: who changes their own password stays signed in there.
     */
    async change(
      admin: AccountManager,
      id: number,
      patch: AccountPatch,
      options: { keepSession?: string } = {},
    ): Promise<User> {
      requireRole(admin, 'admin');
      const { password, ...fields } = patch;
      const passwordHash = password === undefined ? {} : { passwordHash: await hashPassword(password) };
      return db.transaction(async (tx) => {
        const before = await createUserRepository(tx).findById(id, tx);
        if (!before || !(await managedBy(createUnitRepository(tx), admin, before)))
          throw notFoundRecord('người dùng', id);
        await requireScopeGrant(createUnitRepository(tx), admin, fields.scopeUnitId);
        const saved = await createUserRepository(tx).update(
          id,
          { ...fields, ...passwordHash },
          { userId: admin.id },
          tx,
        );
        if (endsSessions(before, patch)) {
          const except = admin.id === before.id ? options.keepSession : undefined;
          await createSessionRepository(tx).deleteForUser(before.id, { except }, tx);
        }
        return saved;
      });
    },
  };
}

export type AccountUseCases = ReturnType<typeof createAccountUseCases>;
