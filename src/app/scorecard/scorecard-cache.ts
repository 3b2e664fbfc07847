// Computed scorecards kept per app server, each under the freshness token it was computed at. An entry whose
// token is no longer current is still served (stale) while one recompute runs; nothing here is the truth:
// losing the cache (a restart, another server) costs reading the shared snapshot or a recomputation.
import type { Scorecard } from '../../core/scorecard';

/** A scorecard with the data version its figures were read at and when it was computed. */
export interface VersionedScorecard extends Scorecard {
  asOfVersion: number;
  computedAt: string;
}

export interface CacheEntry {
  token: string;
  scorecard: VersionedScorecard;
}

/**
 * A least-recently-used map of scorecards by unit, year and asOf.
 * @example cache.set('2|2023|', '4.17', s); cache.get('2|2023|') → { token: '4.17', scorecard: s }
 */
export function createScorecardCache(maxEntries = 500) {
  const entries = new Map<string, CacheEntry>();
  return {
    /** The last entry computed for the key, whatever its token: the caller compares it with the current one. */
    get(key: string): CacheEntry | null {
      const entry = entries.get(key);
      if (!entry) return null;
      entries.delete(key);
      entries.set(key, entry);
      return entry;
    },
    /** Keeps the entry unless the one held was read at a later data version (an older recompute finishing last). */
    set(key: string, token: string, scorecard: VersionedScorecard): void {
      const held = entries.get(key);
      if (held && held.scorecard.asOfVersion > scorecard.asOfVersion) return;
      entries.delete(key);
      entries.set(key, { token, scorecard });
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    },
    get size(): number {
      return entries.size;
    },
  };
}

export type ScorecardCache = ReturnType<typeof createScorecardCache>;
