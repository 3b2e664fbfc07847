import { and, eq, gt, isNull, lte, ne, sql } from 'drizzle-orm';
import type { User } from '../core/types';
import { dataVersion } from './data-version.schema';
import type { Executor } from './database';
import { mappingErrors } from './errors';
import { sessions, users } from './user.schema';

export interface SessionInput {
  /** A hash of the cookie's random token: the table never holds a usable cookie. */
  id: string;
  userId: number;
  csrfToken: string;
  expiresAt: Date;
}

export interface Session extends SessionInput {
  createdAt: Date;
}

/** Database-backed login sessions, so any app server behind the proxy can serve any request. */
export function createSessionRepository(db: Executor) {
  const selectValid = (ex: Executor) =>
    ex
      .select({
        session: sessions,
        user: {
          id: users.id,
          username: users.username,
          displayName: users.displayName,
          role: users.role,
          scopeUnitId: users.scopeUnitId,
        },
        // The version of what scorecards read, in the same round trip: a request then knows whether a
        // cached result is current without asking again.
        dataVersion:
          sql<number>`(select ${dataVersion.version} from ${dataVersion} where ${dataVersion.id} = 1)`.mapWith(
            Number,
          ),
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      // A deactivated user's sessions are deleted with the deactivation; the filter guards any made after.
      .where(
        and(
          eq(sessions.id, sql.placeholder('id')),
          gt(sessions.expiresAt, sql.placeholder('now')),
          isNull(users.deactivatedAt),
        ),
      );
  // Every signed-in request looks its session up: prepared once, not built and planned per request.
  const findValidPrepared = selectValid(db).prepare('session_find_valid');
  return {
    async create(input: SessionInput, ex: Executor = db): Promise<Session> {
      const [row] = await mappingErrors(() => ex.insert(sessions).values(input).returning());
      return row!;
    },

    /**
     * The live session with this id and its user, and the data version as of the lookup; null when the
     * session is unknown or expired at `now`.
     */
    async findValid(
      id: string,
      now: Date = new Date(),
      ex: Executor = db,
    ): Promise<{ session: Session; user: User; dataVersion: number } | null> {
      const query = ex === db ? findValidPrepared : selectValid(ex);
      const [row] = await query.execute({ id, now: now.toISOString() });
      return row ?? null;
    },

    /** Moves the expiry forward (sliding sessions). */
    async extend(id: string, expiresAt: Date, ex: Executor = db): Promise<void> {
      await ex.update(sessions).set({ expiresAt }).where(eq(sessions.id, id));
    },

    async delete(id: string, ex: Executor = db): Promise<void> {
      await ex.delete(sessions).where(eq(sessions.id, id));
    },

    /** Ends the user's sessions, all or all but the one making the request; returns how many. */
    async deleteForUser(
      userId: number,
      options: { except?: string } = {},
      ex: Executor = db,
    ): Promise<number> {
      const others = options.except === undefined ? undefined : ne(sessions.id, options.except);
      const removed = await ex
        .delete(sessions)
        .where(and(eq(sessions.userId, userId), others))
        .returning({ id: sessions.id });
      return removed.length;
    },

    /** Removes sessions expired at `now`; returns how many. */
    async deleteExpired(now: Date = new Date(), ex: Executor = db): Promise<number> {
      const removed = await ex
        .delete(sessions)
        .where(lte(sessions.expiresAt, now))
        .returning({ id: sessions.id });
      return removed.length;
    },
  };
}

export type SessionRepository = ReturnType<typeof createSessionRepository>;
