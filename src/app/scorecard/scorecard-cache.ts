// Computed scorecards kept per app server, each under the data version it was computed at: a write anywhere
// bumps the version in the database, so every server recomputes on its next request. Nothing here is the
// truth; losing the cache (a restart, another server) only costs a recomputation.
import type { Scorecard } from '../../core/scorecard';

interface Entry {
  version: number;
  scorecard: Scorecard;
}

/**
 * A least-recently-used map of scorecards by unit, year and asOf.
 * @example cache.get('2|2023|', 41) → the scorecard stored with cache.set('2|2023|', 41, s), null at version 42
 */
export function createScorecardCache(maxEntries = 500) {
  const entries = new Map<string, Entry>();
  return {
    get(key: string, version: number): Scorecard | null {
      const entry = entries.get(key);
      if (!entry || entry.version !== version) return null;
      entries.delete(key);
      entries.set(key, entry);
      return entry.scorecard;
    },
    set(key: string, version: number, scorecard: Scorecard): void {
      entries.delete(key);
      entries.set(key, { version, scorecard });
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    },
    get size(): number {
      return entries.size;
    },
  };
}

export type ScorecardCache = ReturnType<typeof createScorecardCache>;
