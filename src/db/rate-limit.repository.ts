import { sql } from 'drizzle-orm';
import { type Executor, rowsOf } from './database';

export interface RateLimitCount {
  /** Hits in the current window, this one included. */
  hits: number;
  /** Milliseconds until the window ends. */
  ttlMs: number;
}

/** Counters of attempts per key and time window, in the database so every app server counts together. */
export function createRateLimitRepository(db: Executor) {
  return {
    /** Counts one hit for the key: a new window when there is none or it has ended. */
    async hit(key: string, windowMs: number, ex: Executor = db): Promise<RateLimitCount> {
      const [row] = await rowsOf<{ hits: number; ttl_ms: number }>(
        ex,
        sql`insert into rate_limits as r (key, hits, window_ends_at)
          values (${key}, 1, now() + ${windowMs} * interval '1 millisecond')
          on conflict (key) do update set
            hits = case when r.window_ends_at <= now() then 1 else r.hits + 1 end,
            window_ends_at = case when r.window_ends_at <= now() then excluded.window_ends_at else r.window_ends_at end
          returning hits, ceil(greatest(0, extract(epoch from (window_ends_at - now())) * 1000))::int as ttl_ms`,
      );
      return { hits: Number(row!.hits), ttlMs: Number(row!.ttl_ms) };
    },

    /** Drops counters whose window ended: they would start afresh anyway. */
    async sweep(ex: Executor = db): Promise<number> {
      const rows = await rowsOf<{ key: string }>(
        ex,
        sql`delete from rate_limits where window_ends_at <= now() returning key`,
      );
      return rows.length;
    },
  };
}

export type RateLimitRepository = ReturnType<typeof createRateLimitRepository>;
