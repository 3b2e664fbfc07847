// Accounts: admins manage the users whose scope lies inside their own. A change that takes rights away or
// replaces the password ends that user's sessions in the same transaction, so no old cookie outlives it.
import { DomainError } from '../../core/errors';
import type { Role, User } from '../../core/types';
import type { Db } from '../../db/database';
import { createSessionRepository } from '../../db/session.repository';
import { createUnitRepository, type UnitRepository } from '../../db/unit.repository';
import { type Account, createUserRepository } from '../../db/user.repository';
import { inScope, notFoundRecord, requireRole, requireUnit } from '../access/unit-scope';
import { hashPassword, verifyPassword } from './password';

/** Who manages accounts: a signed-in admin, or the operator at the console (id null, `tiendo user add`). */
export type AccountManager = Pick<User, 'role' | 'scopeUnitId'> & { id: number | null };

export interface NewAccount {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  scopeUnitId: number | null;
}

export interface OwnPasswordChange {
  currentPassword: string;
  newPassword: string;
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

/**
 * Scope null means every unit: only an administrator may see everything, so an editor or viewer left
 * with no unit (made so, or changed so) is refused rather than silently given the whole tree.
 */
export function requireScopeForRole(account: Pick<NewAccount, 'role' | 'scopeUnitId'>): void {
  if (account.role === 'admin' || account.scopeUnitId !== null) return;
  const role = account.role === 'viewer' ? 'chỉ xem' : 'nhập liệu';
  throw new DomainError(
    'invalid_input',
    'scopeUnitId',
    `tài khoản ${role} cần một đơn vị làm phạm vi; chỉ quản trị viên có phạm vi toàn bộ`,
  );
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
    async list(admin: AccountManager): Promise<Account[]> {
      requireRole(admin, 'admin');
      const managed: Account[] = [];
      for (const user of await users.findAll()) if (await managedBy(units, admin, user)) managed.push(user);
      return managed;
    },

    async create(admin: AccountManager, input: NewAccount): Promise<User> {
      requireRole(admin, 'admin');
      requireScopeForRole(input);
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
        requireScopeForRole({
          role: fields.role ?? before.role,
          scopeUnitId: fields.scopeUnitId === undefined ? before.scopeUnitId : fields.scopeUnitId,
        });
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

    /**
     * Deactivates an account the admin manages (its sessions end at once, login is refused) or
     * reactivates it; the audit names the admin. Nobody deactivates themselves: the last admin would
     * lock everyone out.
     */
    async setActive(admin: AccountManager, id: number, activate: boolean): Promise<Account> {
      requireRole(admin, 'admin');
      if (!activate && admin.id === id)
        throw new DomainError('forbidden', 'id', 'không thể tự khóa tài khoản của chính mình');
      return db.transaction(async (tx) => {
        const before = await createUserRepository(tx).findById(id, tx);
        if (!before || !(await managedBy(createUnitRepository(tx), admin, before)))
          throw notFoundRecord('người dùng', id);
        const at = activate ? null : new Date();
        const saved = await createUserRepository(tx).setDeactivated(id, at, { userId: admin.id }, tx);
        if (!activate) await createSessionRepository(tx).deleteForUser(id, {}, tx);
        return saved;
      });
    },

    /**
     * Any signed-in user replaces their own password, proving the current one first (a borrowed
     * unlocked screen must not be enough); every other session of theirs ends, `keepSession` stays.
     */
    async changeOwnPassword(
      actor: Pick<User, 'id' | 'username'>,
      input: OwnPasswordChange,
      options: { keepSession?: string } = {},
    ): Promise<void> {
      const found = await users.findByUsernameWithHash(actor.username);
      if (
        !found ||
        found.id !== actor.id ||
        !(await verifyPassword(found.passwordHash, input.currentPassword))
      )
        throw new DomainError('forbidden', 'currentPassword', 'mật khẩu hiện tại không đúng');
      const passwordHash = await hashPassword(input.newPassword);
      await db.transaction(async (tx) => {
        await createUserRepository(tx).update(actor.id, { passwordHash }, { userId: actor.id }, tx);
        await createSessionRepository(tx).deleteForUser(actor.id, { except: options.keepSession }, tx);
      });
    },
  };
}

export type AccountUseCases = ReturnType<typeof createAccountUseCases>;
