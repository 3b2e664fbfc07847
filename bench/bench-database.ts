// A database of a bench's own on the bench's PostgreSQL server, so that benches never share tables.
import { sql } from 'drizzle-orm';
import { type Db, migrate, openDatabase, rowsOf } from '../src/db/database';
import { ensurePostgres } from './pg-cluster';

/** The address of database `name` on the server at serverUrl. */
export function benchDatabaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Database `name` created afresh (an earlier run's dropped, its open connections ended); its address. */
export async function freshBenchDatabase(serverUrl: string, name: string): Promise<string> {
  if (!/^tiendo_bench_[a-z]+$/.test(name)) throw new Error(`not a bench database name: ${name}`);
  const admin = await openDatabase({ databaseUrl: serverUrl, poolSize: 1 });
  try {
    await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
    await admin.db.execute(sql.raw(`create database ${name}`));
  } finally {
    await admin.close();
  }
  return benchDatabaseUrl(serverUrl, name);
}

/** Whether database `name` is on the server, kept from an earlier run. */
export async function benchDatabaseExists(serverUrl: string, name: string): Promise<boolean> {
  const admin = await openDatabase({ databaseUrl: serverUrl, poolSize: 1 });
  try {
    const [found] = await rowsOf<{ n: number }>(
      admin.db,
      sql`select count(*)::int as n from pg_database where datname = ${name}`,
    );
    return found?.n === 1;
  } finally {
    await admin.close();
  }
}

async function hasUsers(databaseUrl: string): Promise<boolean> {
  const bench = await openDatabase({ databaseUrl, poolSize: 1 });
  try {
    const [users] = await rowsOf<{ n: number }>(bench.db, sql`select count(*)::int as n from users`).catch(
      () => [],
    );
    return Boolean(users?.n);
  } finally {
    await bench.close();
  }
}

/**
 * Database `name` as an earlier run seeded it (seeding ends with the users, so users mean a whole seed),
 * reused unless BENCH_RESEED is set; else created afresh for the caller to seed.
 */
export async function seededBenchDatabase(
  serverUrl: string,
  name: string,
): Promise<{ url: string; reuse: boolean }> {
  const url = benchDatabaseUrl(serverUrl, name);
  const reuse =
    !process.env.BENCH_RESEED && (await benchDatabaseExists(serverUrl, name)) && (await hasUsers(url));
  return { url: reuse ? url : await freshBenchDatabase(serverUrl, name), reuse };
}

/**
 * Runs `work` on database `name` created afresh, migrated and seeded; does nothing without PostgreSQL.
 * @example await onSeededBenchDatabase('tiendo_bench_visits', seed, async (db) => { … })
 */
export async function onSeededBenchDatabase(
  name: string,
  seed: (db: Db) => Promise<void>,
  work: (db: Db) => Promise<void>,
): Promise<void> {
  const serverUrl = await ensurePostgres();
  if (!serverUrl) return;
  const { db, close } = await openDatabase({
    databaseUrl: await freshBenchDatabase(serverUrl, name),
    poolSize: 2,
  });
  try {
    await migrate(db);
    await seed(db);
    await work(db);
  } finally {
    await close();
  }
}
