// What authentication needs from storage; bound to the user repository of src/db in one place.
import type { User } from '../../core/types';
import type { Db } from '../../db/database';
import { createSessionRepository } from '../../db/session.repository';
import { createUserRepository } from '../../db/user.repository';

export interface SessionRecord {
  user: User;
  csrfToken: string;
  /** The data version read with the session (migration 0004's change counter). */
  dataVersion: number;
}

export interface AuthStore {
  findLogin(username: string): Promise<{ user: User; passwordHash: string; active: boolean } | null>;
  createSession(session: { id: string; userId: number; csrfToken: string; expiresAt: Date }): Promise<void>;
  /** The live session with this id (expired ones count as absent). */
  findSession(id: string, now: Date): Promise<SessionRecord | null>;
  deleteSession(id: string): Promise<void>;
}

/** The store over the database's user and session repositories. */
export function databaseAuthStore(db: Db): AuthStore {
  const users = createUserRepository(db);
  const sessions = createSessionRepository(db);
  return {
    async findLogin(username) {
      const found = await users.findByUsernameWithHash(username);
      if (!found) return null;
      const { passwordHash, active, ...user } = found;
      return { user, passwordHash, active };
    },
    async createSession(session) {
      // Each login sweeps expired sessions, so the table holds only live ones without a scheduler.
      await sessions.deleteExpired(new Date());
      await sessions.create(session);
    },
    async findSession(id, now) {
      const found = await sessions.findValid(id, now);
      return found
        ? { user: found.user, csrfToken: found.session.csrfToken, dataVersion: found.dataVersion }
        : null;
    },
    deleteSession: (id) => sessions.delete(id),
  };
}
