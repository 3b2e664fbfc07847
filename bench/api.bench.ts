// Scorecard of a province (100 indicators × 100 communes × 3 years of monthly figures, ~1M observations)
// on PostgreSQL: p99 at 200 requests/s beside /api/health (no database work) measured in the same run,
// and the server's memory (RSS) under that load. The server runs as `tiendo serve` in a child process.
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { hashPassword } from '../src/app/accounts/password';
import { type Db, migrate, openDatabase, rowsOf } from '../src/db/database';
import { seededBenchDatabase } from './bench-database';
import { BENCH_PASSWORD, freePort, login, quantile, rssMb, type Session, startServer } from './http-server';
import { ensurePostgres } from './pg-cluster';
import { seedIndicators, seedProvince } from './seed-province';
import { middle as median } from './timing';

const COMMUNES = 100;
const INDICATORS = 100;
const YEARS = [2021, 2022, 2023];
const RATE = 200;
const SECONDS = 10;
const WARM_UP_SECONDS = 3;
const ROUNDS = 3;
const CONNECTIONS = 20;
const BROWSER_ENCODINGS = 'gzip, deflate, br, zstd';

/** Monthly figures, cumulative quarters/halves/9 months/years, and estimates: 57 periods × 2 kinds a year. */
export async function seed(db: Db): Promise<number> {
  await seedProvince(db, { communes: COMMUNES });
  await seedIndicators(db, INDICATORS);
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

/** Changes one figure of the province through the API, as an editor would: every cached scorecard goes stale. */
async function changeOneFigure(base: string, session: Session): Promise<void> {
  const headers = {
    cookie: session.cookie,
    'x-csrf-token': session.csrfToken,
    'content-type': 'application/json',
  };
  const listed = await fetch(`${base}/api/observations?unitId=1&year=2023&limit=1`, { headers });
  const [figure] = (
    (await listed.json()) as { observations: { id: number; value: number; version: number }[] }
  ).observations;
  if (!figure) throw new Error('no figure of the province to change');
  const changed = await fetch(`${base}/api/observations/${figure.id}`, {
    method: 'PATCH',
    headers,
    body: JSON.stringify({ value: figure.value + 1, version: figure.version }),
  });
  if (!changed.ok) throw new Error(`changing a figure failed: ${changed.status} ${await changed.text()}`);
}

interface Measured {
  /** From each response's own time: what a client waited. */
  p50: number;
  p99: number;
  max: number;
  /** autocannon's own p99 ("corrected" for coordinated omission, see `fire`); the worst of its instances. */
  correctedP99: number;
  rps: number;
  non2xx: number;
  errors: number;
  peakRss: number;
}

/**
 * How the 200 requests of each second arrive. autocannon's `overallRate` lets every connection send its
 * share back to back as each second begins: 20 connections × 10 requests arrive at once, then nothing for
 * most of the second. `spread` runs 10 autocannon instances of 2 connections and 20 requests/s, started
 * 100 ms apart, so the same 200 requests/s arrive through the second.
 */
const PATTERNS = [
  {
    name: 'spread',
    instances: 10,
    label: '200 req/s through each second (10 autocannon instances, 100 ms apart)',
  },
  {
    name: 'burst',
    instances: 1,
    label: '200 req/s as autocannon sends them: all at the start of each second',
  },
] as const;
type Pattern = (typeof PATTERNS)[number];

/** Runs the pattern's instances for `seconds`; each 2xx response's own time goes into `times`. */
async function fire(
  url: string,
  headers: Record<string, string>,
  pattern: Pattern,
  seconds: number,
  times: number[],
): Promise<autocannon.Result[]> {
  const runs: Promise<autocannon.Result>[] = [];
  for (let i = 0; i < pattern.instances; i += 1) {
    runs.push(
      new Promise((resolve, reject) => {
        const options = {
          url,
          headers,
          connections: CONNECTIONS / pattern.instances,
          overallRate: RATE / pattern.instances,
          duration: seconds,
        };
        const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
        // autocannon 9 corrects for coordinated omission with an expected interval of ceil(1 / rate) = 1 ms,
        // a per-second rate read as milliseconds: one 90 ms stall is recorded as 90 requests (90, 89, … 1
        // ms) and alone lifts the p99 of 2.000 requests to ~60 ms. At 10 requests/s per connection the next
        // request is due 100 ms later, so a response under 100 ms delays none: each response's own time is
        // the measure.
        instance.on('response', (_client, status, _bytes, responseTime) => {
          if (status < 300) times.push(responseTime);
        });
      }),
    );
    if (i + 1 < pattern.instances) await new Promise((r) => setTimeout(r, 1000 / pattern.instances));
  }
  return Promise.all(runs);
}

async function load(
  url: string,
  headers: Record<string, string>,
  pid: number,
  pattern: Pattern,
  midRun?: () => Promise<void>,
) {
  // A few seconds at the same rate first, unmeasured: the JIT and the pool settle, and the garbage of the
  // cold computation is collected outside the measured window.
  await fire(url, headers, pattern, WARM_UP_SECONDS, []);
  let peakRss = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, rssMb(pid));
  }, 200);
  const times: number[] = [];
  const writing = midRun && new Promise((r) => setTimeout(r, (SECONDS * 1000) / 2)).then(midRun);
  const results = await fire(url, headers, pattern, SECONDS, times);
  await writing;
  clearInterval(sampler);
  times.sort((a, b) => a - b);
  const sum = (pick: (r: autocannon.Result) => number) => results.reduce((total, r) => total + pick(r), 0);
  return {
    p50: quantile(times, 0.5),
    p99: quantile(times, 0.99),
    max: times.at(-1) ?? 0,
    correctedP99: Math.max(...results.map((r) => r.latency.p99)),
    rps: sum((r) => r.requests.average),
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors),
    peakRss,
  };
}

const ms = (value: number) => `${value.toFixed(1).padStart(5)} ms`;

function row(name: string, r: Measured): string {
  return `${name.padEnd(34)} p50 ${ms(r.p50)}  p99 ${ms(r.p99)}  max ${ms(r.max)}  (autocannon p99 ${ms(
    r.correctedP99,
  )})  ${Math.round(r.rps)} req/s  non-2xx ${r.non2xx}  errors ${r.errors}  RSS ${r.peakRss.toFixed(0)} MB`;
}

/**
 * The province of ~1,15M figures the HTTP benches read (api, window and web), migrated, with the bench's
 * admin; seeded on the first run and reused after (BENCH_RESEED=1 seeds it again).
 */
export async function seededApiDatabase(serverUrl: string, name = 'tiendo_bench_api'): Promise<string> {
  const { url: databaseUrl, reuse } = await seededBenchDatabase(serverUrl, name);
  const database = await openDatabase({ databaseUrl });
  await migrate(database.db);
  if (reuse) {
    const [row] = await rowsOf<{ n: number }>(database.db, sql`select count(*)::int as n from observations`);
    console.log(`reusing the bench database: ${row?.n ?? 0} observations`);
  } else {
    const started = performance.now();
    const count = await seed(database.db);
    await database.db.execute(sql`insert into users (username, display_name, password_hash, role)
      values ('bench', 'Bench', ${await hashPassword(BENCH_PASSWORD)}, 'admin')`);
    console.log(`seeded ${count} observations in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  await database.close();

  return databaseUrl;
}

export async function benchScorecardApi(): Promise<void> {
  const serverUrl = await ensurePostgres();
  if (!serverUrl) return;
  const databaseUrl = await seededApiDatabase(serverUrl);
  const port = await freePort();
  const server = await startServer(databaseUrl, port);
  try {
    const session = await login(port);
    const { cookie } = session;
    const base = `http://127.0.0.1:${port}`;
    const coldStart = performance.now();
    await (await fetch(`${base}/api/units/1/scorecard?year=2023`, { headers: { cookie } })).arrayBuffer();
    const cold = performance.now() - coldStart;
    const scorecard = `${base}/api/units/1/scorecard?year=2023`;
    console.log(
      `cold scorecard (first read after start, computed from the database): ${Math.round(cold)} ms`,
    );
    console.log(
      `load: ${RATE} req/s over ${CONNECTIONS} connections for ${SECONDS} s after ${WARM_UP_SECONDS} s of warm-up, server in a child process; ${ROUNDS} rounds, routes and patterns taking turns`,
    );
    const routes: { name: string; url: string; headers: Record<string, string> }[] = [
      { name: 'GET /api/health (baseline)', url: `${base}/api/health`, headers: {} },
      // What a browser sends: the scorecard then travels brotli-compressed, as the web app receives it.
      {
        name: 'GET scorecard (province, browser)',
        url: scorecard,
        headers: { cookie, 'accept-encoding': BROWSER_ENCODINGS },
      },
      { name: 'GET scorecard (no compression)', url: scorecard, headers: { cookie } },
    ];
    const runs = new Map<string, Measured[]>();
    for (let round = 1; round <= ROUNDS; round += 1) {
      for (const pattern of PATTERNS) {
        for (const route of routes) {
          const measured = await load(route.url, route.headers, server.pid!, pattern);
          const key = `${pattern.name}|${route.name}`;
          runs.set(key, [...(runs.get(key) ?? []), measured]);
          console.log(`round ${round} ${pattern.name.padEnd(6)} ${row(route.name, measured)}`);
        }
      }
    }
    const peakRss = Math.max(...[...runs.values()].flat().map((m) => m.peakRss));
    for (const pattern of PATTERNS) {
      const p99 = (route: { name: string }) =>
        median((runs.get(`${pattern.name}|${route.name}`) ?? []).map((m) => m.p99));
      const [health, browser, plain] = routes.map(p99) as [number, number, number];
      console.log(`${pattern.name}: ${pattern.label}; median p99 over ${ROUNDS} rounds:`);
      console.log(
        `  health ${ms(health)}  scorecard ${ms(browser)} browser (${(browser / Math.max(health, 1)).toFixed(1)}× baseline), ${ms(plain)} uncompressed (${(plain / Math.max(health, 1)).toFixed(1)}×)`,
      );
    }
    console.log(
      `peak RSS ${peakRss.toFixed(0)} MB (targets: scorecard p99 ≤ 30 ms at 200 req/s; RSS ≤ 300 MB)`,
    );
    // Not a target, but what an editor's save costs readers: the next request recomputes the province
    // (requests that arrive meanwhile wait for that one computation).
    const spread = PATTERNS[0];
    const browser = routes[1]!;
    const written = await load(browser.url, browser.headers, server.pid!, spread, () =>
      changeOneFigure(base, session),
    );
    console.log(`one figure changed mid-run (spread): ${row(browser.name, written)}`);
  } finally {
    server.kill();
  }
}
