// A reporting window (issue 12): leaders read province and commune scorecards at 200 req/s while communes'
// figures arrive through the API at 0, 1, 5 and 20 writes per second, against the server of api.bench.ts (a
// province over 100 communes, ~1,15M figures, PostgreSQL). Per phase: read p99 and /api/health p99 (the
// baseline of the same phase), the server's event-loop stall measured inside it, failed writes, and
// staleness — from a write's commit to the first province scorecard whose asOfVersion covers it.
// Usage: npm run bench -- window   (BENCH_WINDOW_SECONDS=60 per phase by default).
import type { ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { openDatabase, rowsOf } from '../src/db/database';
import { seededApiDatabase } from './api.bench';
import { freePort, login, loopDelay, quantile, rssMb, type Session, startServer } from './http-server';
import { ensurePostgres } from './pg-cluster';

const SECONDS = Number(process.env.BENCH_WINDOW_SECONDS ?? 60);
const WRITE_RATES = [0, 1, 5, 20];
const READ_RATE = 200;
const READERS = 10;
const HEALTH_RATE = 20;
const PROBE_MS = 100;
const WARM_UP_SECONDS = 5;

/** A commune's figure as read before the window: the PATCH sends back its version. */
type Figure = Record<'id' | 'value' | 'version', number>;

interface Phase {
  writesPerSecond: number;
  readP50: number;
  readP99: number;
  healthP99: number;
  loop: { p99: number; max: number };
  writes: number;
  failedWrites: number;
  non2xxReads: number;
  stalenessP99: number;
  stalenessMax: number;
  unseen: number;
  peakRss: number;
}

/** Readers spread through each second: half ask for the province, half for a commune each. */
function read(base: string, cookie: string, times: number[], health: number[], seconds: number) {
  const runs: Promise<autocannon.Result>[] = [];
  const start = (url: string, rate: number, into: number[], headers: Record<string, string>) =>
    runs.push(
      new Promise((resolve, reject) => {
        const options = { url, headers, connections: 2, overallRate: rate, duration: seconds };
        const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
        instance.on('response', (_client, status, _bytes, time) => {
          if (status < 300) into.push(time);
        });
      }),
    );
  const headers = { cookie, 'accept-encoding': 'gzip, deflate, br, zstd' };
  for (let i = 0; i < READERS; i += 1) {
    const unit = i % 2 === 0 ? 1 : 2 + i;
    start(`${base}/api/units/${unit}/scorecard?year=2023`, READ_RATE / READERS, times, headers);
  }
  start(`${base}/api/health`, HEALTH_RATE, health, {});
  return Promise.all(runs);
}

/** Writes at `rate` per second, each a different commune figure, as an editor's PATCH with the version read. */
async function write(
  base: string,
  session: Session,
  figures: Figure[],
  rate: number,
  versionNow: () => Promise<number>,
  seconds: number,
) {
  const committed: { at: number; version: number }[] = [];
  let failed = 0;
  if (rate === 0) return { committed, failed };
  const headers = {
    cookie: session.cookie,
    'x-csrf-token': session.csrfToken,
    'content-type': 'application/json',
  };
  const pending: Promise<void>[] = [];
  const total = rate * seconds;
  const started = performance.now();
  for (let n = 0; n < total; n += 1) {
    const due = started + (n * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const figure = figures.pop();
    if (!figure) throw new Error('the bench ran out of figures to change');
    pending.push(
      fetch(`${base}/api/observations/${figure.id}`, {
        method: 'PATCH',
        headers,
        body: JSON.stringify({ value: figure.value + 1, version: figure.version }),
      }).then(async (res) => {
        await res.arrayBuffer();
        if (!res.ok) failed += 1;
        // The version now covers this write (and maybe later ones): staleness is measured to it, never less.
        else committed.push({ at: performance.now(), version: await versionNow() });
      }),
    );
  }
  await Promise.all(pending);
  return { committed, failed };
}

/** The province scorecard every PROBE_MS: when each asOfVersion was first served. */
function probe(base: string, cookie: string) {
  const seen: { at: number; version: number }[] = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const res = await fetch(`${base}/api/units/1/scorecard?year=2023`, { headers: { cookie } });
      if (res.ok)
        seen.push({
          at: performance.now(),
          version: ((await res.json()) as { asOfVersion: number }).asOfVersion,
        });
      else await res.arrayBuffer();
      await new Promise((r) => setTimeout(r, PROBE_MS));
    }
  })();
  const stop = () => {
    running = false;
    return done;
  };
  return { seen, stop };
}

function staleness(committed: { at: number; version: number }[], seen: { at: number; version: number }[]) {
  const delays: number[] = [];
  let unseen = 0;
  for (const write of committed) {
    const shown = seen.find((s) => s.at >= write.at && s.version >= write.version);
    if (shown) delays.push(shown.at - write.at);
    else unseen += 1;
  }
  return { delays: delays.sort((a, b) => a - b), unseen };
}

async function phase(
  base: string,
  session: Session,
  server: ChildProcess,
  figures: Figure[],
  rate: number,
  versionNow: () => Promise<number>,
  seconds = SECONDS,
): Promise<Phase> {
  const times: number[] = [];
  const health: number[] = [];
  let peakRss = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, rssMb(server.pid!));
  }, 200);
  await loopDelay(server);
  const prober = probe(base, session.cookie);
  const [reads, writes] = await Promise.all([
    read(base, session.cookie, times, health, seconds),
    write(base, session, figures, rate, versionNow, seconds),
  ]);
  // A last write may land in the final second: give it the bound (2 s) to show before it counts as unseen.
  await new Promise((r) => setTimeout(r, 2500));
  await prober.stop();
  clearInterval(sampler);
  const loop = await loopDelay(server);
  times.sort((a, b) => a - b);
  health.sort((a, b) => a - b);
  const stale = staleness(writes.committed, prober.seen);
  return {
    writesPerSecond: rate,
    readP50: quantile(times, 0.5),
    readP99: quantile(times, 0.99),
    healthP99: quantile(health, 0.99),
    loop,
    writes: writes.committed.length + writes.failed,
    failedWrites: writes.failed,
    non2xxReads: reads.reduce((n, r) => n + r.non2xx + r.errors, 0),
    stalenessP99: quantile(stale.delays, 0.99),
    stalenessMax: stale.delays.at(-1) ?? 0,
    unseen: stale.unseen,
    peakRss,
  };
}

const ms = (v: number) => `${v.toFixed(1).padStart(7)} ms`;

function print(p: Phase, base: Phase) {
  const ratio = (v: number, b: number) => `${(v / Math.max(b, 0.1)).toFixed(1)}×`;
  console.log(
    `${String(p.writesPerSecond).padStart(2)} writes/s  read p50 ${ms(p.readP50)} p99 ${ms(p.readP99)} (${ratio(p.readP99, base.readP99)} of 0 writes/s)` +
      `  health p99 ${ms(p.healthP99)}  loop p99 ${ms(p.loop.p99)} max ${ms(p.loop.max)}` +
      `  writes ${p.writes} failed ${p.failedWrites}  non-2xx reads ${p.non2xxReads}` +
      `  staleness p99 ${ms(p.stalenessP99)} max ${ms(p.stalenessMax)} unseen ${p.unseen}  RSS ${p.peakRss.toFixed(0)} MB`,
  );
}

export async function benchReportingWindow(): Promise<void> {
  const serverUrl = await ensurePostgres();
  if (!serverUrl) return;
  const databaseUrl = await seededApiDatabase(serverUrl);
  const database = await openDatabase({ databaseUrl, poolSize: 2 });
  const needed = WRITE_RATES.reduce((n, r) => n + r * SECONDS, 0);
  // Figures of the communes (not the province's own), one per write, so no write meets a version it did not read.
  const figures = await rowsOf<Figure>(
    database.db,
    sql`select id, value, version from observations where unit_id <> 1 and period_year = 2023 and kind = 'actual'
      order by (id::bigint * 7919) % 1000003 limit ${needed}`,
  );
  const versionNow = async () => {
    const [row] = await rowsOf<{ v: string }>(
      database.db,
      sql`select version as v from data_version where id = 1`,
    );
    return Number(row?.v ?? 0);
  };
  const port = await freePort();
  const server = await startServer(databaseUrl, port, { probeLoop: true });
  try {
    const session = await login(port);
    const base = `http://127.0.0.1:${port}`;
    // The cold computations happen before the window opens, as on a server that has been up.
    for (const unit of [1, ...Array.from({ length: READERS / 2 }, (_, i) => 3 + 2 * i)])
      await (
        await fetch(`${base}/api/units/${unit}/scorecard?year=2023`, { headers: { cookie: session.cookie } })
      ).arrayBuffer();
    console.log(
      `reporting window: ${READ_RATE} scorecard reads/s (province and 5 communes) + ${HEALTH_RATE} health/s, ${SECONDS} s per phase, load ${loadavg()[0]?.toFixed(1)}`,
    );
    // Unmeasured: the JIT and the pool settle, as after the first minutes of a server's day.
    await phase(base, session, server, figures, 0, versionNow, WARM_UP_SECONDS);
    const phases: Phase[] = [];
    for (const rate of WRITE_RATES) {
      const measured = await phase(base, session, server, figures, rate, versionNow);
      phases.push(measured);
      print(measured, phases[0]!);
    }
    console.log(
      'targets: read p99 ≤ 50 ms, health p99 ≤ 20 ms, loop max ≤ 50 ms, 0 failed writes, staleness p99 ≤ 2 s',
    );
  } finally {
    server.kill();
    await database.close();
  }
}
