// The indicator catalog (chỉ tiêu): everyone signed in reads it; only admins change it, each change in one
// transaction and, when the admin names the version read, only if nobody changed the indicator since.
import type { User } from '../../core/types';
import type { Db } from '../../db/database';
import {
  createIndicatorRepository,
  type IndicatorInput,
  type IndicatorPatch,
  type StoredIndicator,
} from '../../db/indicator.repository';
import type { VersionRead } from '../../db/versioned';
import { requireIndicator, requireRole } from '../access/unit-scope';

/** The indicator use cases over one database. */
export function createIndicatorUseCases(db: Db) {
  const indicators = createIndicatorRepository(db);

  return {
    /** The whole catalog, in id order. */
    async list(_user: User): Promise<StoredIndicator[]> {
      return indicators.findAll();
    },

    /** One indicator, or unknown_indicator naming the path's id. */
    async get(_user: User, id: number): Promise<StoredIndicator> {
      return requireIndicator(indicators, id, 'id');
    },

    async create(user: User, input: IndicatorInput): Promise<StoredIndicator> {
      requireRole(user, 'admin');
      return db.transaction((tx) => createIndicatorRepository(tx).create(input, { userId: user.id }, tx));
    },

    /** Corrects an indicator; a stale version read is refused with the current record. */
    async change(user: User, id: number, patch: IndicatorPatch & VersionRead): Promise<StoredIndicator> {
      requireRole(user, 'admin');
      return db.transaction((tx) => createIndicatorRepository(tx).update(id, patch, { userId: user.id }, tx));
    },

    /** Deletes an indicator nothing refers to; with a version, only the one the admin read. */
    async remove(user: User, id: number, read?: number): Promise<void> {
      requireRole(user, 'admin');
      await db.transaction((tx) => createIndicatorRepository(tx).delete(id, { userId: user.id }, tx, read));
    },
  };
}

export type IndicatorUseCases = ReturnType<typeof createIndicatorUseCases>;
