// `tiendo db migrate`: applies the committed migrations to the database the server would use
// (DATA_DIR, or DATABASE_URL when set), and says plainly why when it cannot.
import { appliedMigrationCount, type Database, migrate, openDatabase } from '../db/database';
import { refusal as explain, where } from './cli-database';

const USAGE = 'Cách dùng: tiendo db migrate   (đọc DATA_DIR, mặc định ./data, hoặc DATABASE_URL)';

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
    const before = await appliedMigrationCount(database.db);
    await migrate(database.db);
    const after = await appliedMigrationCount(database.db);
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
