// `tiendo db migrate`: applies the committed migrations to the database the server would use
// (DATA_DIR, or DATABASE_URL when set), and says plainly why when it cannot.
import { sql } from 'drizzle-orm';
import { type Database, type Db, migrate, openDatabase, rowsOf } from '../db/database';
import { refusal as explain, where } from './cli-database';

const USAGE = 'Cách dùng: tiendo db migrate   (đọc DATA_DIR, mặc định ./data, hoặc DATABASE_URL)';

async function appliedCount(db: Db): Promise<number> {
  try {
    const [row] = await rowsOf<{ n: number }>(
      db,
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    return Number(row?.n ?? 0);
  } catch {
    return 0; // No journal table yet: nothing applied.
  }
}

/** Runs `tiendo db <subcommand>`; returns the exit code. */
export async function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (args[0] !== 'migrate' || args.length > 1) {
    console.error(args.length === 0 ? USAGE : `tiendo db: không hiểu "${args.join(' ')}"\n${USAGE}`);
    return 2;
  }
  let database: Database | null = null;
  try {
    database = await openDatabase({
      dataDir: env.DATA_DIR || './data',
      databaseUrl: env.DATABASE_URL || undefined,
    });
    const before = await appliedCount(database.db);
    await migrate(database.db);
    const after = await appliedCount(database.db);
    console.log(`Đã áp dụng ${after - before} migration mới (tổng ${after}) cho ${where(env)}`);
    return 0;
  } catch (error) {
    const message = explain(error, env);
    if (message === null) throw error;
    console.error(`tiendo db migrate: ${message}`);
    return 2;
  } finally {
    await database?.close();
  }
}
