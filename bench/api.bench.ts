// Scorecard of a province (100 indicators × 100 communes × 3 years of monthly figures, ~1M observations)
// on PostgreSQL: p99 at 200 requests/s beside /api/health (no database work) measured in the same run,
// and the server's memory (RSS) under that load. The server runs as `tiendo serve` in a child process.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { type Db, migrate, openDatabase, rowsOf } from '../src/db/database';
import { hashPassword } from '../src/server/auth/password';
import { ensurePostgres } from './pg-cluster';

const COMMUNES = 100;
const INDICATORS = 100;
const YEARS = [2021, 2022, 2023];
const RATE = 200;
const SECONDS = 10;
const WARM_UP_SECONDS = 3;
const PASSWORD = 'bench-password';
const BROWSER_ENCODINGS = 'gzip, deflate, br, zstd';

/** The bench database, seeded once and reused by later runs (BENCH_RESEED=1 seeds it again). */
async function benchDatabase(serverUrl: string): Promise<{ url: string; reuse: boolean }> {
  const url = new URL(serverUrl);
  url.pathname = '/tiendo_bench_api';
  const admin = await openDatabase({ databaseUrl: serverUrl, poolSize: 1 });
  try {
    const [exists] = await rowsOf<{ n: number }>(
      admin.db,
      sql`select count(*)::int as n from pg_database where datname = 'tiendo_bench_api'`,
    );
    if (exists?.n && !process.env.BENCH_RESEED) {
      const bench = await openDatabase({ databaseUrl: url.toString(), poolSize: 1 });
      const [seeded] = await rowsOf<{ n: number }>(bench.db, sql`select count(*)::int as n from users`).catch(
        () => [],
      );
      await bench.close();
      if (seeded?.n) return { url: url.toString(), reuse: true };
    }
    await admin.db.execute(sql.raw('drop database if exists tiendo_bench_api'));
    await admin.db.execute(sql.raw('create database tiendo_bench_api'));
  } finally {
    await admin.close();
  }
  return { url: url.toString(), reuse: false };
}

/** Monthly figures, cumulative quarters/halves/9 months/years, and estimates: 57 periods × 2 kinds a year. */
export async function seed(db: Db): Promise<number> {
  await db.execute(
    sql`insert into units (code, name, kind) values ('TINH', 'Tỉnh ủy (bench)', 'province_party')`,
  );
  await db.execute(sql`insert into units (code, name, kind, parent_id)
    select 'XA' || g, 'Đảng ủy xã ' || g, 'commune_party', 1 from generate_series(1, ${COMMUNES}) g`);
  await db.execute(sql`insert into indicators (code, name_vi, name_en, measure, nature, aggregation, polarity, category)
    select 'CT' || g, 'Chỉ tiêu ' || g, 'Indicator ' || g, 'tấn', 'flow', '{"kind":"sum"}', 'higher_is_better', 'kinh_te'
    from generate_series(1, ${INDICATORS}) g`);
  await db.execute(sql`insert into targets (unit_id, indicator_id, from_year, to_year, value, source)
    select u.id, i.id, y, y, 1200, 'resolution' from units u, indicators i, unnest(${sql.param(YEARS)}::int[]) y`);
  const periods = YEARS.flatMap((y) => [
    ...Array.from({ length: 12 }, (_, m) => `${y}-M${String(m + 1).padStart(2, '0')}`),
    ...[1, 2, 3, 4].map((q) => `${y}-Q${q}`),
    `${y}-H1`,
    `${y}-9M`,
    `${y}`,
  ]);
  await db.execute(sql`insert into observations (unit_id, indicator_id, period, kind, value, provenance)
    select u.id, i.id, p, k, 10 + (u.id * 7 + i.id * 3) % 90, '{"kind":"entered","userId":null}'
    from units u, indicators i, unnest(${sql.param(periods)}::text[]) p, unnest(array['actual','estimate']) k`);
  await db.execute(sql`analyze`);
  const [row] = await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from observations`);
  return row?.n ?? 0;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

async function startServer(databaseUrl: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['bin/tiendo.js', 'serve'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 1200; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('the server did not answer /api/health within 120 s');
}

async function login(port: number): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'bench', password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  return (res.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

async function load(url: string, headers: Record<string, string>, pid: number) {
  // A few seconds at the same rate first, unmeasured: the JIT and the pool settle, and the garbage of the
  // cold computation is collected outside the measured window.
  await autocannon({ url, headers, connections: 20, overallRate: RATE, duration: WARM_UP_SECONDS });
  let peakRss = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, rssMb(pid));
  }, 200);
  const result = await autocannon({ url, headers, connections: 20, overallRate: RATE, duration: SECONDS });
  clearInterval(sampler);
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    non2xx: result.non2xx,
    errors: result.errors,
    peakRss,
  };
}

export async function benchScorecardApi(): Promise<void> {
  const serverUrl = await ensurePostgres();
  if (!serverUrl) return;
  const { url: databaseUrl, reuse } = await benchDatabase(serverUrl);
  const database = await openDatabase({ databaseUrl });
  await migrate(database.db);
  if (reuse) {
    const [row] = await rowsOf<{ n: number }>(database.db, sql`select count(*)::int as n from observations`);
    console.log(`reusing the bench database: ${row?.n ?? 0} observations`);
  } else {
    const started = performance.now();
    const count = await seed(database.db);
    await database.db.execute(sql`insert into users (username, display_name, password_hash, role)
      values ('bench', 'Bench', ${await hashPassword(PASSWORD)}, 'admin')`);
    console.log(`seeded ${count} observations in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  await database.close();

  const port = await freePort();
  const server = await startServer(databaseUrl, port);
  try {
    const cookie = await login(port);
    const base = `http://127.0.0.1:${port}`;
    const coldStart = performance.now();
    await (await fetch(`${base}/api/units/1/scorecard?year=2023`, { headers: { cookie } })).arrayBuffer();
    const cold = performance.now() - coldStart;
    const scorecard = `${base}/api/units/1/scorecard?year=2023`;
    const health = await load(`${base}/api/health`, {}, server.pid!);
    // What a browser sends: the scorecard then travels brotli-compressed, as the web app receives it.
    const card = await load(scorecard, { cookie, 'accept-encoding': BROWSER_ENCODINGS }, server.pid!);
    const uncompressed = await load(scorecard, { cookie }, server.pid!);
    const row = (name: string, r: typeof health) =>
      `${name.padEnd(34)} p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(4)} ms  ${Math.round(r.rps)} req/s  non-2xx ${r.non2xx}  errors ${r.errors}  peak RSS ${r.peakRss.toFixed(0)} MB`;
    console.log(
      `cold scorecard (first read after start, computed from the database): ${Math.round(cold)} ms`,
    );
    console.log(
      `load: ${RATE} req/s for ${SECONDS} s after ${WARM_UP_SECONDS} s of warm-up, 20 connections, server in a child process`,
    );
    console.log(row('GET /api/health (baseline)', health));
    console.log(row('GET scorecard (province, browser)', card));
    console.log(row('GET scorecard (no compression)', uncompressed));
    console.log(
      `scorecard p99 ÷ baseline p99: ${(card.p99 / Math.max(health.p99, 1)).toFixed(1)}× browser, ${(uncompressed.p99 / Math.max(health.p99, 1)).toFixed(1)}× uncompressed (target: p99 ≤ 30 ms; RSS ≤ 300 MB)`,
    );
  } finally {
    server.kill();
  }
}
