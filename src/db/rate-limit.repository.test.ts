import { sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { type Db, rowsOf } from './database';
import { createRateLimitRepository } from './rate-limit.repository';
import { openedDatabase, testDatabases } from './testing';

/** Waits until the database's clock, which the windows are measured by, has passed the end of the key's window. */
async function windowEnded(db: Db, key: string): Promise<void> {
  await vi.waitFor(
    async () => {
      const [row] = await rowsOf<{ ended: boolean }>(
        db,
        sql`select window_ends_at <= now() as ended from rate_limits where key = ${key}`,
      );
      if (!row?.ended) throw new Error(`rate-limit window of "${key}" has not ended within 5 s`);
    },
    { timeout: 5_000, interval: 20 },
  );
}

describe.each(testDatabases())('rate-limit counters on $name', (database) => {
  const world = openedDatabase(database);

  it('counts hits of a key within its window, apart from other keys', async () => {
    const counters = createRateLimitRepository(world.db);
    const first = await counters.hit('login|127.0.0.1|admin', 60_000);
    expect(first.hits).toBe(1);
    expect(first.ttlMs).toBeGreaterThan(59_000);
    expect(first.ttlMs).toBeLessThanOrEqual(60_000);
    expect((await counters.hit('login|127.0.0.1|admin', 60_000)).hits).toBe(2);
    expect((await counters.hit('login|127.0.0.1|admin', 60_000)).hits).toBe(3);
    expect((await counters.hit('login|10.0.0.9|admin', 60_000)).hits).toBe(1);
  });

  it('starts a new window once the old one has ended, and sweeps only ended windows', async () => {
    const counters = createRateLimitRepository(world.db);
    expect((await counters.hit('sweep|long', 60_000)).hits).toBe(1);
    // Two seconds: long enough for two hits in one window on a busy machine, short enough to wait for.
    await counters.hit('sweep|short', 2_000);
    expect((await counters.hit('sweep|short', 2_000)).hits).toBe(2);
    await windowEnded(world.db, 'sweep|short');
    const again = await counters.hit('sweep|short', 50);
    expect(again.hits).toBe(1);
    expect(again.ttlMs).toBeLessThanOrEqual(50);
    expect((await counters.hit('sweep|ended', 10)).hits).toBe(1);
    await windowEnded(world.db, 'sweep|short');
    await windowEnded(world.db, 'sweep|ended');
    // "short" (its second window, 50 ms) and "ended" (10 ms) have ended; the one-minute windows, this test's and others', have not.
    expect(await counters.sweep()).toBe(2);
    expect((await counters.hit('sweep|long', 60_000)).hits).toBe(2);
  });
});
