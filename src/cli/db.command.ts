// `tiendo db migrate | backup FILE | restore FILE`: the committed migrations, and a logical backup of every
// table that restores into PGlite or PostgreSQL alike (only into an empty database of the same schema
// version), on the database the server would use (DATA_DIR, or DATABASE_URL when set).
import { readFile, writeFile } from 'node:fs/promises';
import { BackupRefusal, backupDatabase, restoreDatabase } from '../db/backup';
import { appliedMigrationCount, type Database, migrate, openDatabase } from '../db/database';
import { refusal as explain, where } from './cli-database';

const USAGE = [
  'Cách dùng: tiendo db migrate          áp dụng các migration',
  '           tiendo db backup TỆP       sao lưu mọi bảng vào TỆP (.jsonl.gz)',
  '           tiendo db restore TỆP      khôi phục TỆP vào cơ sở dữ liệu trống',
  '(đọc DATA_DIR, mặc định ./data, hoặc DATABASE_URL)',
].join('\n');

type Action = (database: Database, env: NodeJS.ProcessEnv) => Promise<string>;

async function migrateAction(database: Database, env: NodeJS.ProcessEnv): Promise<string> {
  const before = await appliedMigrationCount(database.db);
  await migrate(database.db);
  const after = await appliedMigrationCount(database.db);
  return `Đã áp dụng ${after - before} migration mới (tổng ${after}) cho ${where(env)}`;
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

const backupAction =
  (file: string): Action =>
  async (database) => {
    const { bytes, header } = await backupDatabase(database.db);
    await writeFile(file, bytes);
    const tables = Object.keys(header.tables).length;
    return `Đã sao lưu ${total(header.tables)} dòng của ${tables} bảng (${header.migrations} migration) vào ${file}`;
  };

const restoreAction =
  (file: string): Action =>
  async (database, env) => {
    const bytes = await readFile(file).catch(() => {
      throw new BackupRefusal(`không đọc được tệp ${file}`);
    });
    await migrate(database.db);
    const counts = await restoreDatabase(database.db, bytes);
    return `Đã khôi phục ${total(counts)} dòng từ ${file} vào ${where(env)}`;
  };

function actionOf(args: string[]): Action | null {
  const [subcommand, file, ...rest] = args;
  if (subcommand === 'migrate' && file === undefined) return migrateAction;
  if (file === undefined || rest.length > 0) return null;
  if (subcommand === 'backup') return backupAction(file);
  if (subcommand === 'restore') return restoreAction(file);
  return null;
}

/** Runs `tiendo db <subcommand>`; returns the exit code. */
export async function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const action = actionOf(args);
  if (!action) {
    console.error(args.length === 0 ? USAGE : `tiendo db: không hiểu "${args.join(' ')}"\n${USAGE}`);
    return 2;
  }
  let database: Database | null = null;
  try {
    database = await openDatabase({
      dataDir: env.DATA_DIR || './data',
      databaseUrl: env.DATABASE_URL || undefined,
    });
    console.log(await action(database, env));
    return 0;
  } catch (error) {
    const message = error instanceof BackupRefusal ? error.message : explain(error, env);
    if (message === null) throw error;
    console.error(`tiendo db ${args[0]}: ${message}`);
    return 2;
  } finally {
    await database?.close();
  }
}
