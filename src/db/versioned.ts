// Optimistic locking for the records people edit side by side (targets, indicators, units, visits,
// directives), as figures have it: an update or delete that names the version it read fails when the
// row has moved on, rather than silently overwriting someone else's change.
import type { Versioned } from '../core/types';
import { DbError } from './errors';

export type { Versioned };

/** What a caller may add to a change: the version it read; without one, nothing is checked. */
export interface VersionRead {
  version?: number | undefined;
}

/**
 * Refuses with `stale_version` (and the current record, for the client to show) when the row the caller
 * read is no longer the one in the database.
 */
export function checkVersion<T extends { version: number }>(
  what: string,
  id: number,
  current: T,
  read: number | undefined,
): T {
  if (read !== undefined && current.version !== read) {
    throw new DbError(
      'stale_version',
      `version: ${what} ${id} is at version ${current.version}, not ${read}; someone changed it`,
      { current },
    );
  }
  return current;
}

/** Splits the version read off a change and gives the values to set, with the counter bumped. */
export function bumped<P extends VersionRead>(
  change: P,
  current: { version: number },
): Omit<P, 'version'> & { version: number } {
  const { version: _read, ...values } = change;
  return { ...values, version: current.version + 1 };
}
