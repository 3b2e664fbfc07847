// How every CLI command reaches the database: the same DATA_DIR / DATABASE_URL as the server, migrations
// applied, and refusals (a held embedded database, a bad URL, bad input) printed plainly with exit 2.
import { DomainError } from '../core/errors';
import { type Db, migrate, openDatabase } from '../db/database';
import { codedCauseOf, DbError } from '../db/errors';

export function where(env: NodeJS.ProcessEnv): string {
  if (!env.DATABASE_URL) return `PGlite ở ${env.DATA_DIR || './data'}`;
  try {
    const url = new URL(env.DATABASE_URL);
    return `PostgreSQL ${url.hostname}:${url.port || '5432'}${url.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

/**
 * A refusal the user can act on (bad input, a held embedded database, an unreachable or refusing server),
 * or null for a bug that should surface with its stack.
 */
export function refusal(error: unknown, env: NodeJS.ProcessEnv = process.env): string | null {
  if (error instanceof DbError || error instanceof DomainError) return error.message;
  const cause = codedCauseOf(error);
  const code = cause?.code;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT') {
    return `không kết nối được tới ${where(env)} (${code}); kiểm tra DATABASE_URL và máy chủ PostgreSQL`;
  }
  if (code === '3D000' || code === '28P01' || code === '28000') {
    return `${where(env)} từ chối kết nối (${code}): ${cause?.message}`;
  }
  return null;
}

/**
 * Opens the configured database, migrates it, runs `work`, and always closes it.
 * @example await withDatabase(async (db) => { await loadDemo(db); return 0; }) // exit code 0
 */
export async function withDatabase(
  work: (db: Db) => Promise<number>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  let database: Awaited<ReturnType<typeof openDatabase>> | null = null;
  try {
    database = await openDatabase({
      dataDir: env.DATA_DIR || './data',
      databaseUrl: env.DATABASE_URL || undefined,
    });
    await migrate(database.db);
    return await work(database.db);
  } catch (error) {
    const message = refusal(error, env);
    if (message === null) throw error;
    console.error(`tiendo: ${message}`);
    return 2;
  } finally {
    await database?.close();
  }
}
