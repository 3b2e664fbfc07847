// A PostgreSQL server for the benchmarks: DATABASE_URL when set, else a throwaway PostgreSQL 15 cluster
// in a temp dir (run as the postgres user when we are root, since PostgreSQL refuses root), stopped at exit.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PG_BIN = '/usr/lib/postgresql/15/bin';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function asPostgres(cmd: string, args: string[]): void {
  const isRoot = process.getuid?.() === 0;
  if (isRoot) execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'ignore' });
  else execFileSync(cmd, args, { stdio: 'ignore' });
}

/** The URL of a PostgreSQL server to benchmark on, or null (with the reason printed) when there is none. */
export async function ensurePostgres(): Promise<string | null> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  if (!existsSync(join(PG_BIN, 'initdb'))) {
    console.log(`(no DATABASE_URL and no ${PG_BIN}/initdb: PostgreSQL benchmarks skipped)`);
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'tiendo-bench-pg-'));
  if (process.getuid?.() === 0)
    chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), 0);
  const port = await freePort();
  asPostgres(join(PG_BIN, 'initdb'), [
    '-D',
    join(dir, 'data'),
    '-A',
    'trust',
    '-U',
    'postgres',
    '-E',
    'UTF8',
  ]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c shared_buffers=512MB`;
  asPostgres(join(PG_BIN, 'pg_ctl'), [
    '-D',
    join(dir, 'data'),
    '-w',
    '-l',
    join(dir, 'log'),
    '-o',
    options,
    'start',
  ]);
  process.on('exit', () => {
    try {
      asPostgres(join(PG_BIN, 'pg_ctl'), ['-D', join(dir, 'data'), '-m', 'immediate', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  process.env.DATABASE_URL = url;
  console.log(`(throwaway PostgreSQL 15 on port ${port})`);
  return url;
}
