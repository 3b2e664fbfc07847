import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELD_MESSAGE, LOCK_FILE, lockDataDir } from './data-dir-lock';
import { migrate, openDatabase, parseDatabaseUrl } from './database';
import { buildUnit } from './factories';
import { freshDirs } from './testing';
import { createUnitRepository } from './unit.repository';

const freshDir = freshDirs('tiendo-db-');

describe('openDatabase on an embedded data directory', () => {
  it('keeps data across a close and reopen, migrates idempotently, and releases its lock', async () => {
    const dataDir = freshDir();
    const first = await openDatabase({ dataDir });
    expect(readFileSync(join(dataDir, LOCK_FILE), 'utf8').trim()).toBe(String(process.pid));
    await migrate(first.db);
    await createUnitRepository(first.db).create(buildUnit(), { userId: null });
    await first.close();
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);

    const second = await openDatabase({ dataDir });
    await migrate(second.db);
    expect((await createUnitRepository(second.db).findAll()).map((u) => u.code)).toEqual(['HU_CAINUOC']);
    await second.close();
  }, 120_000);

  it('refuses a directory another live process holds, with the plain message', async () => {
    const dataDir = freshDir();
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      writeFileSync(join(dataDir, LOCK_FILE), `${holder.pid}\n`);
      await expect(openDatabase({ dataDir })).rejects.toMatchObject({
        code: 'database_locked',
        message: HELD_MESSAGE,
      });
    } finally {
      holder.kill();
    }
  });

  it('refuses to open a directory this process already holds', async () => {
    const dataDir = freshDir();
    const release = lockDataDir(dataDir);
    try {
      await expect(openDatabase({ dataDir })).rejects.toMatchObject({ code: 'database_locked' });
    } finally {
      release();
    }
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  });

  it('takes over a stale lock whose process is dead', async () => {
    const dataDir = freshDir();
    const dead = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    await new Promise((resolve) => dead.on('exit', resolve));
    writeFileSync(join(dataDir, LOCK_FILE), `${dead.pid}\n`);
    const release = lockDataDir(dataDir);
    expect(readFileSync(join(dataDir, LOCK_FILE), 'utf8').trim()).toBe(String(process.pid));
    release();
  });
});

describe('DATABASE_URL', () => {
  it('is checked before any connection, with a message naming the problem', () => {
    expect(() => parseDatabaseUrl('localhost:5432/tiendo')).toThrow(
      'DATABASE_URL: scheme localhost: is not postgres: or postgresql:',
    );
    expect(() => parseDatabaseUrl('not a url')).toThrow(
      'DATABASE_URL: not a URL; expected postgres://user@host:5432/name',
    );
    expect(() => parseDatabaseUrl('mysql://db/tiendo')).toThrow(
      'DATABASE_URL: scheme mysql: is not postgres: or postgresql:',
    );
    expect(parseDatabaseUrl('postgresql://tiendo@db.internal:5432/tiendo').hostname).toBe('db.internal');
  });

  it('makes openDatabase fail with bad_database_url', async () => {
    await expect(openDatabase({ databaseUrl: 'http://example.com' })).rejects.toMatchObject({
      code: 'bad_database_url',
    });
  });
});
