// Test helper: every database test runs on PGlite and, when DATABASE_URL is set, on PostgreSQL too
// (STYLE 15). In CI a missing DATABASE_URL is an error, so the PostgreSQL run cannot silently vanish.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Db, MEMORY, migrate, openDatabase } from './database';

export interface OpenTestDatabase {
  db: Db;
  close(): Promise<void>;
}

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  /** A fresh, migrated, empty database; close() drops it. */
  open(): Promise<OpenTestDatabase>;
}

async function openPglite(): Promise<OpenTestDatabase> {
  const { db, close } = await openDatabase({ dataDir: MEMORY });
  await migrate(db);
  return { db, close };
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
