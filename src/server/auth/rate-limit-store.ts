// @fastify/rate-limit keeps its counters in each process's memory; behind a proxy with several app
// servers that multiplies the login limit by their number. This store keeps them in the database.
import type { FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Db } from '../../db/database';
import { createRateLimitRepository } from '../../db/rate-limit.repository';

/** One in this many new windows also sweeps the ended ones, so the table stays small without a scheduler. */
const SWEEP_EVERY = 50;

/** A rate-limit store class over the database, for `app.register(rateLimit, { store })`. */
export function databaseRateLimitStore(db: Db): FastifyRateLimitStoreCtor {
  const counters = createRateLimitRepository(db);
  let newWindows = 0;

  // Not `implements FastifyRateLimitStore`: its typings say child() gets the route's options, while the
  // plugin passes the merged limit options with the route under `routeInfo` (as its RedisStore reads them).
  class DatabaseStore {
    constructor(private readonly prefix = '') {}

    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ): void {
      counters
        .hit(`${this.prefix}${key}`, timeWindow)
        .then(async ({ hits, ttlMs }) => {
          if (hits === 1 && ++newWindows % SWEEP_EVERY === 0) await counters.sweep();
          callback(null, { current: hits, ttl: ttlMs });
        })
        .catch((error: Error) => callback(error));
    }

    child(options: { routeInfo?: { method?: string | string[]; url?: string } }): DatabaseStore {
      const route = options.routeInfo ?? {};
      return new DatabaseStore(`${this.prefix}${String(route.method ?? '')} ${route.url ?? ''}|`);
    }
  }
  return DatabaseStore as unknown as FastifyRateLimitStoreCtor;
}
