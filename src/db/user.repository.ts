import { asc, count, eq, sql } from 'drizzle-orm';
import type { Role, User } from '../core/types';
import type { Actor } from './audit.repository';
import { createAuditTrail } from './audit-trail';
import type { Executor } from './database';
import { DbError, mappingErrors } from './errors';
import { users } from './user.schema';

export interface UserInput {
  username: string;
  displayName: string;
  /** argon2id hash, computed by the caller: the database never sees a password. */
  passwordHash: string;
  role: Role;
  scopeUnitId: number | null;
  /** Where reminders are e-mailed; absent or null: in-app notifications only. */
  email?: string | null;
}

export type UserPatch = Partial<Omit<UserInput, 'username'>>;

/** A user with the hash, for login only; never hand it to a presenter. */
export interface UserWithHash extends User {
  passwordHash: string;
  active: boolean;
}

/** A user as an admin manages it: whether the account may still sign in. */
export interface Account extends User {
  active: boolean;
}

const publicColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  scopeUnitId: users.scopeUnitId,
};

/** Whether the account may sign in: never deactivated, or reactivated since. */
const active = sql<boolean>`(${users.deactivatedAt} is null)`.mapWith(Boolean);

/** Users, roles and scopes. Audit entries never hold the password hash. */
export function createUserRepository(db: Executor) {
  const audit = createAuditTrail(db, 'user');

  async function findById(id: number, ex: Executor = db): Promise<User | null> {
    const [row] = await ex.select(publicColumns).from(users).where(eq(users.id, id));
    return row ?? null;
  }

  return {
    findById,

    async findAll(ex: Executor = db): Promise<Account[]> {
      return ex
        .select({ ...publicColumns, active })
        .from(users)
        .orderBy(asc(users.id));
    },

    /** For login: the user and the hash to verify the password against. */
    async findByUsernameWithHash(username: string, ex: Executor = db): Promise<UserWithHash | null> {
      const [row] = await ex
        .select({ ...publicColumns, passwordHash: users.passwordHash, active })
        .from(users)
        .where(eq(users.username, username));
      return row ?? null;
    },

    /** How many users exist: none means the first admin is still to be made. */
    async count(ex: Executor = db): Promise<number> {
      const [row] = await ex.select({ n: count() }).from(users);
      return Number(row?.n ?? 0);
    },

    async create(input: UserInput, actor: Actor, ex: Executor = db): Promise<User> {
      return ex.transaction(async (tx) => {
        const [row] = await mappingErrors(
          () => tx.insert(users).values(input).returning(publicColumns),
          `username: đã có người dùng tên đăng nhập ${input.username}`,
        );
        await audit.created(actor, row!, tx);
        return row!;
      });
    },

    async update(id: number, patch: UserPatch, actor: Actor, ex: Executor = db): Promise<User> {
      return ex.transaction(async (tx) => {
        const before = await findById(id, tx);
        if (!before) throw new DbError('unknown_user', `id: không có người dùng mã ${id}`);
        const [row] = await mappingErrors(() =>
          tx.update(users).set(patch).where(eq(users.id, id)).returning(publicColumns),
        );
        const after = patch.passwordHash ? { ...row, passwordChanged: true } : row;
        await audit.updated(actor, id, before, after, tx);
        return row!;
      });
    },

    /** Deactivates (at a time) or reactivates (null) an account; the audit shows `active` before and after. */
    async setDeactivated(id: number, at: Date | null, actor: Actor, ex: Executor = db): Promise<Account> {
      return ex.transaction(async (tx) => {
        const [before] = await tx.select({ active }).from(users).where(eq(users.id, id));
        if (!before) throw new DbError('unknown_user', `id: không có người dùng mã ${id}`);
        const [row] = await tx
          .update(users)
          .set({ deactivatedAt: at })
          .where(eq(users.id, id))
          .returning({ ...publicColumns, active });
        await audit.updated(actor, id, before, { active: row!.active }, tx);
        return row!;
      });
    },
  };
}

export type UserRepository = ReturnType<typeof createUserRepository>;
