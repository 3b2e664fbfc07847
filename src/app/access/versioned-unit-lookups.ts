// The unit lookups of a scoped request (does the unit exist, is it in the user's subtree), kept for the
// data version the request read with its session. Units change only with a new version (migration 0004's
// triggers), so a repeated scorecard request asks the database for nothing but its session.
import type { UnitRepository } from '../../db/unit.repository';
import type { UnitLookups } from './unit-scope';

/**
 * Per-app-server memo of unit lookups for the newest data version seen; a newer version starts afresh.
 * @example const lookups = createVersionedUnitLookups(units); await requireUnit(lookups.at(41), user, 2, 'read')
 */
export function createVersionedUnitLookups(units: UnitRepository, maxEntries = 10_000) {
  let version = -1;
  let memo = new Map<string, Promise<unknown>>();

  function remembered<T>(at: number, key: string, read: () => Promise<T>): Promise<T> {
    // A request that read an older version than the memo's must not leave its answers behind.
    if (at < version) return read();
    if (at > version || memo.size >= maxEntries) {
      version = at;
      memo = new Map();
    }
    const kept = memo.get(key) as Promise<T> | undefined;
    if (kept) return kept;
    const reading = read();
    const into = memo;
    into.set(key, reading);
    // A failed read is not an answer: the next request asks again.
    reading.catch(() => into.delete(key));
    return reading;
  }

  return {
    /** The lookups as of data version `at`. */
    at(at: number): UnitLookups {
      return {
        findById: (id) => remembered(at, `unit ${id}`, () => units.findById(id)),
        isInSubtree: (rootId, unitId) =>
          remembered(at, `subtree ${rootId} ${unitId}`, () => units.isInSubtree(rootId, unitId)),
      };
    },
  };
}
