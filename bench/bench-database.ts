// A database of a bench's own on the bench's PostgreSQL server, so that benches never share tables.
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/database';

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
