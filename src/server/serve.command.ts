// `tiendo serve [--demo]`: validates the environment, opens the database, applies migrations, optionally
// loads the Cái Nước demo, and serves the API and the built web app on PORT.

import { describeCredentials, loadDemo } from '../app/demo/load-demo';
import type { Db } from '../db/database';
import { migrate, openDatabase } from '../db/database';
import { refusal } from '../db/refusal';
import { buildApp } from './app';
import { loadConfig, type ServerConfig } from './config';
import { DEFAULT_WEB_ROOT } from './web/web-app.plugin';

export interface ServeOptions {
  config: ServerConfig;
  demo: boolean;
  /** Loads demo data into an empty database; returns the lines to print. */
  loadDemo: (db: Db) => Promise<string | null>;
  webRoot: string;
  /** Pino options; tests pass false. */
  logger?: boolean | Record<string, unknown>;
}

async function demoLoader(db: Db): Promise<string | null> {
  const result = await loadDemo(db);
  return result.loaded
    ? `Đã nạp dữ liệu mẫu Cái Nước.\n${describeCredentials(result.credentials)}`
    : 'Cơ sở dữ liệu đã có dữ liệu: không nạp lại dữ liệu mẫu.';
}

function parseArgs(args: string[]): { demo: boolean } | string {
  const unknown = args.filter((a) => a !== '--demo');
  if (unknown.length > 0) return `tiendo serve: không hiểu tham số ${unknown.join(' ')} (chỉ có --demo)`;
  return { demo: args.includes('--demo') };
}

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts the server and resolves once it listens. */
export async function serve(options: ServeOptions): Promise<RunningServer> {
  const { config } = options;
  const database = await openDatabase({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl ?? undefined,
  });
  try {
    await migrate(database.db);
    if (options.demo) {
      const message = await options.loadDemo(database.db);
      if (message) console.log(message);
    }
    const app = await buildApp({
      db: database.db,
      config,
      logger: options.logger ?? { level: config.logLevel },
      webRoot: options.webRoot,
    });
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://localhost:${port}`;
    const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : config.dataDir;
    console.log(`Tiến Độ đang chạy tại ${url} — dữ liệu: ${where}`);
    const stop = async () => {
      await app.close();
      await database.close();
    };
    return { url, stop };
  } catch (error) {
    await database.close();
    throw error;
  }
}

function listenRefusal(error: unknown, port: number): string | null {
  const code = (error as { code?: unknown }).code;
  if (code === 'EADDRINUSE') return `cổng ${port} đang được chương trình khác dùng; đặt PORT khác`;
  if (code === 'EACCES') return `không được phép mở cổng ${port}; đặt PORT từ 1024 trở lên`;
  return null;
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    console.error(parsed);
    return 2;
  }
  const loaded = loadConfig(process.env);
  if (loaded.kind === 'invalid') {
    console.error(
      `tiendo serve: cấu hình không hợp lệ:\n${loaded.problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    return 2;
  }
  try {
    const server = await serve({
      config: loaded.config,
      demo: parsed.demo,
      loadDemo: demoLoader,
      webRoot: DEFAULT_WEB_ROOT,
    });
    await new Promise<void>((resolve) => {
      const shutdown = () => resolve();
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    });
    await server.stop();
    return 0;
  } catch (error) {
    const message = refusal(error) ?? listenRefusal(error, loaded.config.port);
    if (message === null) throw error;
    console.error(`tiendo serve: ${message}`);
    return 2;
  }
}
