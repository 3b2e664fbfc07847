// How every CLI command reaches the database: the same DATA_DIR / DATABASE_URL as the server, migrations
// applied, and refusals (a held embedded database, a bad URL, bad input) printed plainly with exit 2.
import { type Db, migrate, openDatabase } from '../db/database';
import { refusal } from '../db/refusal';

export { refusal, where } from '../db/refusal';

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
