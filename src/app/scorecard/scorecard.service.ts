// Serves scorecards without making a reader wait on a recompute: the last computed version is served, marked
// with the data version it was read at and when, while one recompute per scorecard runs in the background —
// one across app servers too, by an advisory lock held in the recomputing transaction.
import { type Db, type Executor, kindOf } from '../../db/database';
import {
  createScorecardFreshnessRepository,
  type FreshnessToken,
} from '../../db/scorecard-freshness.repository';
import { createUnitRepository } from '../../db/unit.repository';
import { type CacheEntry, createScorecardCache, type VersionedScorecard } from './scorecard-cache';
import { createScorecardComputer, HISTORY_YEARS, type ScorecardRequest } from './scorecard-compute';

export type { VersionedScorecard } from './scorecard-cache';
export type { ScorecardRequest } from './scorecard-compute';

export interface ServedScorecard {
  scorecard: VersionedScorecard;
  /** True while something it reads has changed since: a recompute is on its way. */
  stale: boolean;
}

export interface ScorecardServiceOptions {
  /** Told once per scorecard and token whose recompute threw; the previous version stays served. */
  onRecomputeError?: (error: unknown, key: string) => void;
  /** Recomputes one app server runs at a time: each holds a database connection while it reads. */
  concurrency?: number;
  /** How long a cold read waits for another server's recompute before computing it itself. */
  coldWaitMs?: number;
  /** Told after each recompute this server ran, with its duration (metrics; tests count them). */
  onRecomputed?: (key: string, ms: number) => void;
  /** What computes a scorecard from an executor (default: the repositories and core; tests inject faults). */
  computer?: typeof createScorecardComputer;
}

type Flights = Map<string, Promise<CacheEntry | null>>;
const embeddedFlights = new WeakMap<Db, Flights>();

/**
 * The recomputes running, by key. PGlite is one session in one process: there the flights are shared by every
 * service over the database and are its lock (a transaction held through a recompute would make reads wait).
 */
function flightsOf(db: Db): Flights {
  if (kindOf(db) !== 'pglite') return new Map();
  const known = embeddedFlights.get(db) ?? new Map();
  embeddedFlights.set(db, known);
  return known;
}

const keyOf = (r: ScorecardRequest) => `${r.unit.id}|${r.year}|${r.asOf ?? ''}`;

export function createScorecardService(db: Db, options: ScorecardServiceOptions = {}) {
  const freshness = createScorecardFreshnessRepository(db);
  const units = createUnitRepository(db);
  const cache = createScorecardCache();
  const computing = flightsOf(db);
  // The token whose recompute threw, per key, with the error: told once, not retried until something changes.
  const failed = new Map<string, { token: string; error: unknown }>();
  const lineages = new Map<number, { structure: number; ids: number[] }>();
  const queue = createLimiter(options.concurrency ?? 2);

  /** The token of what the scorecard reads: the unit and its lineage, over the years it looks at. */
  async function tokenOf(request: ScorecardRequest, ex: Executor = db) {
    const { unit, year } = request;
    const range = { fromYear: year - HISTORY_YEARS, toYear: year };
    const known = lineages.get(unit.id);
    let token = await freshness.tokenOf({ unitIds: known?.ids ?? [unit.id], ...range }, ex);
    if (known?.structure !== token.structureVersion) {
      const lineage = await units.findLineage(unit.id, ex);
      const ids = [...new Set([unit.id, ...lineage.flatMap((l) => [l.predecessorId, l.successorId])])];
      lineages.set(unit.id, { structure: token.structureVersion, ids });
      if (ids.length > 1) token = await freshness.tokenOf({ unitIds: ids, ...range }, ex);
    }
    return token;
  }

  const computer = options.computer ?? createScorecardComputer;

  async function computeLocked(request: ScorecardRequest, key: string): Promise<CacheEntry | null> {
    if (kindOf(db) === 'pglite') return computeAndSave(request, key, db);
    return db.transaction(async (tx) => {
      if (!(await freshness.tryLockForRecompute(tx, key))) return null;
      // Another server may have computed this very token and released the lock just before we took it.
      return (await snapshotAtToken(request, key, tx)) ?? computeAndSave(request, key, tx);
    });
  }

  /** The shared snapshot when it was computed at the token the figures have now; else null. */
  async function snapshotAtToken(request: ScorecardRequest, key: string, ex: Executor) {
    const head = await freshness.findSnapshotHead(key, ex);
    if (!head || head.token !== (await tokenOf(request, ex)).token) return null;
    const snapshot = await freshness.findSnapshot(key, ex);
    if (!snapshot || snapshot.token !== head.token) return null;
    return { token: snapshot.token, scorecard: JSON.parse(snapshot.body) as VersionedScorecard };
  }

  async function computeAndSave(request: ScorecardRequest, key: string, ex: Executor): Promise<CacheEntry> {
    const started = performance.now();
    // Read before the figures: a write landing meanwhile leaves this version stale, never lost.
    const token: FreshnessToken = await tokenOf(request, ex);
    const computed = await computer(ex)(request);
    const scorecard = { ...computed, asOfVersion: token.dataVersion, computedAt: new Date().toISOString() };
    const body = JSON.stringify(scorecard);
    await freshness.saveSnapshot(
      { key, token: token.token, dataVersion: token.dataVersion, computedAt: scorecard.computedAt, body },
      ex,
    );
    options.onRecomputed?.(key, performance.now() - started);
    return { token: token.token, scorecard };
  }

  /** Starts (or joins) this server's one recompute of the scorecard; null when another server holds it. */
  function recompute(request: ScorecardRequest, key: string, current: string): Promise<CacheEntry | null> {
    const running = computing.get(key);
    if (running) return running;
    const started = queue(() => computeLocked(request, key))
      .then((entry) => {
        if (entry) cache.set(key, entry.token, entry.scorecard);
        failed.delete(key);
        return entry;
      })
      .catch((error: unknown) => {
        if (failed.get(key)?.token !== current) options.onRecomputeError?.(error, key);
        failed.set(key, { token: current, error });
        return null;
      })
      .finally(() => computing.delete(key));
    computing.set(key, started);
    return started;
  }

  /** The shared snapshot, when it is newer than what this server holds. */
  async function adoptSnapshot(key: string, held: CacheEntry | null): Promise<CacheEntry | null> {
    const head = await freshness.findSnapshotHead(key);
    if (!head || (held && head.dataVersion <= held.scorecard.asOfVersion)) return held;
    const snapshot = await freshness.findSnapshot(key);
    if (!snapshot) return held;
    const scorecard = JSON.parse(snapshot.body) as VersionedScorecard;
    cache.set(key, snapshot.token, scorecard);
    return { token: snapshot.token, scorecard };
  }

  /** A cold scorecard nobody has: compute it, or wait on the server that is computing it. */
  async function cold(request: ScorecardRequest, key: string, token: string): Promise<CacheEntry> {
    const deadline = Date.now() + (options.coldWaitMs ?? 30_000);
    for (;;) {
      const entry = (await recompute(request, key, token)) ?? (await adoptSnapshot(key, null));
      if (entry) return entry;
      const failure = failed.get(key);
      if (failure?.token === token) throw failure.error;
      if (Date.now() > deadline) return (await computeUnlocked(request, key)) as CacheEntry;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async function computeUnlocked(request: ScorecardRequest, key: string): Promise<CacheEntry> {
    const token = await tokenOf(request);
    const computed = await computer(db)(request);
    const scorecard = { ...computed, asOfVersion: token.dataVersion, computedAt: new Date().toISOString() };
    cache.set(key, token.token, scorecard);
    return { token: token.token, scorecard };
  }

  /** The last computed scorecard, stale or not, starting a recompute when it is stale. */
  async function serve(request: ScorecardRequest): Promise<ServedScorecard> {
    const key = keyOf(request);
    const { token } = await tokenOf(request);
    let held = cache.get(key);
    if (held?.token === token) return { scorecard: held.scorecard, stale: false };
    held = await adoptSnapshot(key, held);
    if (held?.token === token) return { scorecard: held.scorecard, stale: false };
    if (!held) {
      const entry = await cold(request, key, token);
      return { scorecard: entry.scorecard, stale: entry.token !== token };
    }
    if (failed.get(key)?.token !== token) void recompute(request, key, token);
    return { scorecard: held.scorecard, stale: true };
  }

  return {
    serve,
    /** The scorecard with every figure committed before the call (the CLI and documents wait for it). */
    async scorecardOf(request: ScorecardRequest): Promise<VersionedScorecard> {
      for (let attempt = 0; ; attempt++) {
        const served = await serve(request);
        const running = computing.get(keyOf(request));
        // Not running while stale: its recompute failed at this token (or another server holds the lock).
        if (!served.stale || attempt >= 100 || (!running && failed.has(keyOf(request))))
          return served.scorecard;
        await (running ?? new Promise((resolve) => setTimeout(resolve, 50)));
      }
    },
    /** Resolves when this server has no recompute running (tests and shutdown wait on it). */
    async settled(): Promise<void> {
      while (computing.size > 0) await Promise.allSettled([...computing.values()]);
    },
  };
}

/** Runs at most `n` of the given tasks at once, the rest in arrival order. */
function createLimiter(n: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= n) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

export type ScorecardService = ReturnType<typeof createScorecardService>;
