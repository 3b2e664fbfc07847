// CLI test kit: run a command and keep what it printed, with its exit code.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, vi } from 'vitest';
import { type Db, migrate, openDatabase } from '../db/database';

/** Runs a command with console.log and console.error captured. */
export async function capture(work: () => Promise<number>) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  try {
    const code = await work();
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

/**
 * A temporary DATA_DIR on the embedded engine for one test file, whatever DATABASE_URL says: migrated and
 * seeded before its tests, removed after them.
 */
export function embeddedDataDirFor(prefix: string, seed: (db: Db) => Promise<void> = async () => {}) {
  const dir = mkdtempSync(join(tmpdir(), `tiendo-${prefix}-`));
  const env = { DATA_DIR: join(dir, 'data') };
  beforeAll(async () => {
    vi.stubEnv('DATABASE_URL', '');
    const database = await openDatabase({ dataDir: env.DATA_DIR });
    try {
      await migrate(database.db);
      await seed(database.db);
    } finally {
      await database.close();
    }
  }, 120_000);
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });
  return { dir, env };
}
