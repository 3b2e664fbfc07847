import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './database';
import { createRateLimitRepository } from './rate-limit.repository';
import { testDatabases } from './testing';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(testDatabases())('rate-limit counters on $name', ({ open }) => {
  let db: Db;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ db, close } = await open());
  });
  afterAll(() => close());

  it('counts hits of a key within its window, apart from other keys', async () => {
    const counters = createRateLimitRepository(db);
    const first = await counters.hit('login|127.0.0.1|admin', 60_000);
    expect(first.hits).toBe(1);
    expect(first.ttlMs).toBeGreaterThan(59_000);
    expect(first.ttlMs).toBeLessThanOrEqual(60_000);
    expect((await counters.hit('login|127.0.0.1|admin', 60_000)).hits).toBe(2);
    expect((await counters.hit('login|127.0.0.1|admin', 60_000)).hits).toBe(3);
    expect((await counters.hit('login|10.0.0.9|admin', 60_000)).hits).toBe(1);
  });

  it('starts a new window once the old one has ended, and sweeps only ended windows', async () => {
    const counters = createRateLimitRepository(db);
    await counters.hit('short', 50);
    await counters.hit('short', 50);
    await pause(120);
    expect(await counters.hit('ended', 10)).toEqual({ hits: 1, ttlMs: expect.any(Number) });
    const again = await counters.hit('short', 50);
    expect(again.hits).toBe(1);
    await pause(60);
    // "short" (50 ms) and "ended" (10 ms) have ended; the one-minute windows of the test above have not.
    expect(await counters.sweep()).toBe(2);
    expect((await counters.hit('login|127.0.0.1|admin', 60_000)).hits).toBe(4);
  });
});
