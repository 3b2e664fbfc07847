import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HELD_MESSAGE, LOCK_FILE } from '../db/data-dir-lock';
import { MIGRATIONS_FOLDER } from '../db/database';
import { freshDirs } from '../db/testing';
import { run } from './db.command';

const freshDataDir = freshDirs('tiendo-cli-db-');
afterEach(() => vi.restoreAllMocks());

function capture() {
  const out = vi.spyOn(console, 'log').mockImplementation(() => {});
  const err = vi.spyOn(console, 'error').mockImplementation(() => {});
  return { out: () => out.mock.calls.flat().join('\n'), err: () => err.mock.calls.flat().join('\n') };
}

describe('tiendo db migrate', () => {
  it('applies every migration once to DATA_DIR, then none on the second run', async () => {
    const dataDir = freshDataDir();
    const io = capture();
    expect(await run(['migrate'], { DATA_DIR: dataDir })).toBe(0);
    expect(await run(['migrate'], { DATA_DIR: dataDir })).toBe(0);
    // As many as drizzle-kit's journal lists: 0000_foundation … the newest.
    const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8'));
    const total = journal.entries.length;
    expect(total).toBeGreaterThanOrEqual(8);
    expect(io.out().split('\n')).toEqual([
      `Đã áp dụng ${total} migration mới (tổng ${total}) cho PGlite ở ${dataDir}`,
      `Đã áp dụng 0 migration mới (tổng ${total}) cho PGlite ở ${dataDir}`,
    ]);
  }, 180_000);

  it('says plainly that the server holds the embedded database, exit 2', async () => {
    const dataDir = freshDataDir();
    const io = capture();
    writeFileSync(join(dataDir, LOCK_FILE), `${process.ppid}\n`);
    try {
      expect(await run(['migrate'], { DATA_DIR: dataDir })).toBe(2);
    } finally {
      rmSync(join(dataDir, LOCK_FILE), { force: true });
    }
    expect(io.err()).toBe(`tiendo db migrate: ${HELD_MESSAGE}`);
  });

  it('refuses a bad DATABASE_URL and an unknown subcommand with exit 2', async () => {
    const io = capture();
    expect(await run(['migrate'], { DATABASE_URL: 'localhost/tiendo' })).toBe(2);
    expect(await run(['upgrade'], {})).toBe(2);
    expect(io.err().split('\n').slice(0, 2)).toEqual([
      'tiendo db migrate: DATABASE_URL: not a URL; expected postgres://user@host:5432/name',
      'tiendo db: không hiểu "upgrade"',
    ]);
  });

  it('names the server it cannot reach, exit 2', async () => {
    const io = capture();
    expect(await run(['migrate'], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/tiendo' })).toBe(2);
    expect(io.err()).toBe(
      'tiendo db migrate: không kết nối được tới PostgreSQL 127.0.0.1:1/tiendo (ECONNREFUSED); kiểm tra DATABASE_URL và máy chủ PostgreSQL',
    );
  });
});
