// One entry point to the database: PGlite (embedded PostgreSQL) in DATA_DIR by default, a PostgreSQL
// server when DATABASE_URL is set; the same drizzle migrations run on both.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import { type ExtractTablesWithRelations, type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock';
import { DbError } from './errors';

/** A drizzle database on either driver; repositories use only what both share. */
export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>;
/** The transaction handed to `db.transaction(async (tx) => …)`; every repository method accepts one. */
export type Tx = PgTransaction<
  PgQueryResultHKT,
  Record<string, never>,
  ExtractTablesWithRelations<Record<string, never>>
>;
/** A database or a transaction: where a repository runs its statements. */
export type Executor = Db | Tx;

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Folder of the embedded database (default ./data); `memory://` keeps it in memory. */
  dataDir?: string;
  /** postgres://user@host:port/name: use a PostgreSQL server instead of the embedded database. */
  databaseUrl?: string;
  /** Connections in the pool of a PostgreSQL server (default 10). */
  poolSize?: number;
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));
export const MEMORY = 'memory://';

const kinds = new WeakMap<object, DatabaseKind>();

/** Checks DATABASE_URL before any connection, so a typo gets a message instead of a socket error. */
export function parseDatabaseUrl(databaseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new DbError('bad_database_url', 'DATABASE_URL: not a URL; expected postgres://user@host:5432/name');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new DbError(
      'bad_database_url',
      `DATABASE_URL: scheme ${url.protocol} is not postgres: or postgresql:`,
    );
  }
  if (!url.hostname) throw new DbError('bad_database_url', 'DATABASE_URL: no host name');
  return url;
}

async function openPostgres(databaseUrl: string, poolSize: number): Promise<Database> {
  parseDatabaseUrl(databaseUrl);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const db = drizzlePg({ client: pool }) as unknown as Db;
  kinds.set(db, 'postgres');
  return { db, kind: 'postgres', close: () => pool.end() };
}

/** Wraps a started PGlite client; `release` runs after it closes (the data directory's lock). */
export async function databaseOnPglite(client: PGlite, release: () => void = () => {}): Promise<Database> {
  // PGlite and its driver weigh ~40 MB: a server on DATABASE_URL never loads them.
  const { drizzle: drizzlePglite } = await import('drizzle-orm/pglite');
  const db = drizzlePglite({ client }) as unknown as Db;
  kinds.set(db, 'pglite');
  const close = async () => {
    try {
      await client.close();
    } finally {
      release();
    }
  };
  return { db, kind: 'pglite', close };
}

async function openPglite(dataDir: string): Promise<Database> {
  const inMemory = dataDir === MEMORY;
  const release = inMemory ? () => {} : lockDataDir(dataDir);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const client = inMemory ? new PGlite() : new PGlite(join(dataDir, 'pglite'));
    await client.waitReady;
    return await databaseOnPglite(client, release);
  } catch (error) {
    release();
    throw error;
  }
}

/**
 * Opens the database the configuration names; close it when done (the embedded one is locked meanwhile).
 * @example const { db, close } = await openDatabase({ dataDir: './data' }); await migrate(db); await close();
 */
export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options.dataDir ?? './data');
}

/** Applies every committed migration not yet applied (idempotent). */
export async function migrate(db: Db): Promise<void> {
  const kind = kinds.get(db);
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  if (kind === 'pglite') {
    const { migrate: migratePglite } = await import('drizzle-orm/pglite/migrator');
    await migratePglite(db as never, config);
  } else if (kind === 'postgres') await migratePg(db as never, config);
  else throw new Error('migrate: the database was not opened with openDatabase');
}

/** How many migrations the database has applied; 0 before the first (no journal table yet). */
export async function appliedMigrationCount(db: Db): Promise<number> {
  try {
    const [row] = await rowsOf<{ n: number }>(
      db,
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    return Number(row?.n ?? 0);
  } catch {
    return 0;
  }
}

/** Which driver a database opened by openDatabase runs on. */
export function kindOf(db: Db): DatabaseKind | undefined {
  return kinds.get(db);
}

/** Runs raw SQL and returns its rows: both drivers answer `{ rows }`. */
export async function rowsOf<T>(ex: Executor, query: SQL): Promise<T[]> {
  const result = (await ex.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
