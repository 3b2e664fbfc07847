// Test helper: every database test runs on PGlite and, when DATABASE_URL is set, on PostgreSQL too
// (STYLE 15). In CI a missing DATABASE_URL is an error, so the PostgreSQL run cannot silently vanish.
import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { type Db, databaseOnPglite, MIGRATIONS_FOLDER, migrate, openDatabase, rowsOf } from './database';

export interface OpenTestDatabase {
  db: Db;
  close(): Promise<void>;
}

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  /** A fresh, migrated, empty database; close() drops it. */
  open(): Promise<OpenTestDatabase>;
}

/** Names the dump of a freshly migrated PGlite by the migrations it holds, so a new migration makes a new one. */
function migratedDumpPath(): string {
  const hash = createHash('sha256');
  for (const dir of [MIGRATIONS_FOLDER, join(MIGRATIONS_FOLDER, 'meta')]) {
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith('.sql') || name === '_journal.json')
        hash.update(name).update(readFileSync(join(dir, name)));
    }
  }
  return join(tmpdir(), `tiendo-pglite-migrated-${hash.digest('hex').slice(0, 16)}.tar`);
}

// PGlite's initdb takes 10-25 s on a busy machine; loading a dump of a migrated database takes a few, so
// the first test file to need one saves it for the others.
async function openPglite(): Promise<OpenTestDatabase> {
  const dumpPath = migratedDumpPath();
  if (existsSync(dumpPath)) {
    try {
      const client = new PGlite({ loadDataDir: new Blob([readFileSync(dumpPath)]) });
      await client.waitReady;
      return await databaseOnPglite(client);
    } catch {
      rmSync(dumpPath, { force: true }); // written by another PGlite version, or damaged: build it again
    }
  }
  const client = new PGlite();
  await client.waitReady;
  const opened = await databaseOnPglite(client);
  await migrate(opened.db);
  const dump = Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer());
  const partial = `${dumpPath}.${process.pid}`;
  writeFileSync(partial, dump);
  renameSync(partial, dumpPath); // atomic: a parallel file never reads half a dump
  return opened;
}

async function adminQuery(serverUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function openPostgres(serverUrl: string): Promise<OpenTestDatabase> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const { db, close } = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
  await migrate(db);
  return {
    db,
    close: async () => {
      await close();
      await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

/**
 * The databases every database test runs on: PGlite in memory always, PostgreSQL when DATABASE_URL is set.
 * @example describe.each(testDatabases())('$name', ({ open }) => { … })
 */
export function testDatabases(env: NodeJS.ProcessEnv = process.env): TestDatabase[] {
  const list: TestDatabase[] = [{ name: 'pglite', open: openPglite }];
  const serverUrl = env.DATABASE_URL;
  if (serverUrl) list.push({ name: 'postgres', open: () => openPostgres(serverUrl) });
  else if (env.CI) {
    throw new Error(
      'CI is set but DATABASE_URL is not: the PostgreSQL half of the database tests would not run',
    );
  }
  return list;
}

/**
 * How many rows each table holds, by name: a refused write leaves every count as it was.
 * @example await tableCounts(db, ['units', 'unit_links']) → { units: 9, unit_links: 1 }
 */
export async function tableCounts(db: Db, tables: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await rowsOf<{ n: number }>(db, sql.raw(`select count(*)::int as n from "${table}"`));
    counts[table] = row!.n;
  }
  return counts;
}

/** The tables a test file's seed fills once: units and their links, the catalog, users and their sessions. */
const SEED_TABLES = ['units', 'unit_links', 'indicators', 'users', 'sessions', 'data_version'];

/**
 * Empties every table but the seed's, their ids starting again at 1, so that each test of a file sharing one
 * database starts from the seed alone, whatever ran before it. Without CASCADE: a new table that a seed
 * table references makes this fail by name instead of emptying the seed.
 * @example beforeEach(() => emptyAllButSeed(database.db))
 */
export async function emptyAllButSeed(db: Db, keep: readonly string[] = SEED_TABLES): Promise<void> {
  const tables = await rowsOf<{ name: string }>(
    db,
    sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
  );
  const emptied = tables.map((t) => t.name).filter((name) => !keep.includes(name));
  await db.execute(sql.raw(`truncate ${emptied.map((name) => `"${name}"`).join(', ')} restart identity`));
}

/**
 * A maker of fresh temporary directories, one per call, all removed when the test file ends: a test's lock
 * file or half-made database never meets another test's.
 * @example const freshDir = freshDirs('tiendo-db-'); const dataDir = freshDir();
 */
export function freshDirs(prefix: string): () => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}

/**
 * Opens the database for one file's tests, seeds it once, and closes it after them. The world is read inside
 * tests and hooks only: it is filled when the file's first test is about to run.
 * @example const world = seededDatabase(database, seedCaMau); it('…', () => world.district)
 */
export function seededDatabase<S extends object>(
  database: TestDatabase,
  seed: (db: Db) => Promise<S>,
): S & { db: Db } {
  const world = {} as S & { db: Db };
  let close = async () => {};
  beforeAll(async () => {
    const opened = await database.open();
    close = opened.close;
    Object.assign(world, await seed(opened.db), { db: opened.db });
  });
  afterAll(() => close());
  return world;
}

/**
 * Opens an empty database for one file's tests and closes it after them: `seededDatabase` with no seed.
 * @example const world = openedDatabase(database); it('…', () => createUnitRepository(world.db))
 */
export function openedDatabase(database: TestDatabase): { db: Db } {
  return seededDatabase(database, async () => ({}));
}
