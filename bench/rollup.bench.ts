// A province's roll-ups on PostgreSQL, in one run: the bare aggregate over the subtree's figures of the year
// (the floor), the roll-ups as rollup.repository computes them in SQL, the JS path it replaced (every figure
// below loaded and folded by core), and the whole cold scorecard, with the plans of both roll-up queries; then
// the same on PGlite (the default engine) over the same year's 120.000 figures.
// Usage: npm run bench -- rollup   (BENCH_ROLLUP_COMMUNES=100, BENCH_ROLLUP_MONTHS=100 by default: 1M figures;
// BENCH_ROLLUP_REUSE=1 keeps the figures of the last run when there are as many, migrating them only).
import { loadavg } from 'node:os';
import { sql } from 'drizzle-orm';
import { createScorecardComputer } from '../src/app/scorecard/scorecard-compute';
import { parsePeriod } from '../src/core/period';
import { buildScorecard } from '../src/core/scorecard';
import { type Db, MEMORY, migrate, openDatabase, rowsOf } from '../src/db/database';
import { createIndicatorRepository } from '../src/db/indicator.repository';
import { createObservationRepository } from '../src/db/observation.repository';
import { createRollupRepository, withRollupSettings } from '../src/db/rollup.repository';
import { latestPeriodsSql, rollupSql } from '../src/db/rollup.sql';
import { lookupsOf } from '../src/db/rollup-plan';
import { createUnitRepository } from '../src/db/unit.repository';
import { benchDatabaseExists, benchDatabaseUrl, freshBenchDatabase } from './bench-database';
import { ensurePostgres } from './pg-cluster';
import { seedIndicators, seedProvince } from './seed-province';
import { median, middle } from './timing';

const COMMUNES = Number(process.env.BENCH_ROLLUP_COMMUNES ?? 100);
const MONTHS = Number(process.env.BENCH_ROLLUP_MONTHS ?? 100);
const INDICATORS = 100;
const YEAR = 2023;
/** The province, as seedProvince makes it. */
const ROOT = 1;
const REUSE = process.env.BENCH_ROLLUP_REUSE === '1';
const NAME = 'tiendo_bench_rollup';

/** A province (unit 1) over COMMUNES communes, INDICATORS flows, `months` months back from 2023-M12. */
async function prepare(db: Db, months: number): Promise<void> {
  await db.execute(sql`drop schema if exists drizzle cascade`);
  await db.execute(sql`drop schema if exists public cascade`);
  await db.execute(sql`create schema public`);
  await migrate(db);
  await seedProvince(db, { communes: COMMUNES });
  await seedIndicators(db, INDICATORS);
  // Canonical codes (2023-M9): the repository normalises on write, so stored codes look like this.
  await db.execute(sql`insert into observations (unit_id, indicator_id, period, kind, value, provenance)
    select u.id, i.id, (${YEAR} - m / 12) || '-M' || (12 - m % 12), 'actual', (u.id * 7 + i.id * 13 + m) % 9973 + 0.5,
      '{"kind":"imported","file":"bench.csv","row":0,"userId":null}'
    from units u cross join indicators i cross join generate_series(0, ${months - 1}) m where u.parent_id = ${ROOT}`);
  await db.execute(sql`analyze`);
}

/** The floor: PostgreSQL summing the same rows by indicator, no walk, no lookups. */
const bareAggregate = sql`select o.indicator_id, sum(o.value), count(*) from observations o
  join units u on u.id = o.unit_id where u.parent_id = ${ROOT} and o.period_year = ${YEAR} and o.kind = 'actual'
  group by o.indicator_id`;

/** Whether a database kept from an earlier run holds this run's figures (then only migrations run). */
async function holdsFigures(db: Db): Promise<boolean> {
  try {
    const [row] = await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from observations`);
    return row?.n === COMMUNES * INDICATORS * MONTHS;
  } catch {
    return false;
  }
}

type Measure = 'bare' | 'latest' | 'totals' | 'sql' | 'js' | 'card';

/** Medians of interleaved rounds, so a cache warming or a checkpoint lands on every measure alike. */
async function interleaved(work: Record<Measure, () => Promise<unknown>>): Promise<Record<Measure, number>> {
  const rounds = new Map<Measure, number[]>();
  for (let round = 0; round < 5; round++) {
    for (const [name, fn] of Object.entries(work) as [Measure, () => Promise<unknown>][]) {
      // The JS path is the slow one: once a round, the others the median of three.
      const ms = await median(name === 'js' ? 1 : 3, fn);
      rounds.set(name, [...(rounds.get(name) ?? []), ms]);
    }
  }
  return Object.fromEntries([...rounds].map(([name, xs]) => [name, middle(xs)])) as Record<Measure, number>;
}

function printTable(ms: Record<Measure, number>) {
  const cell = (x: number) => `${x.toFixed(2).padStart(6)}×`;
  const row = (label: string, x: number) =>
    console.log(
      `| ${label.padEnd(46)} | ${x.toFixed(1).padStart(8)} ms | ${cell(x / ms.bare)} | ${cell(x / ms.js)} |`,
    );
  console.log('| what | median | ÷ bare aggregate | ÷ JS path |\n|---|---|---|---|');
  row('bare aggregate (GROUP BY indicator, same rows)', ms.bare);
  row('latest period below (latestPeriodsSql)', ms.latest);
  row('roll-up totals (rollupSql)', ms.totals);
  row('roll-ups in SQL (findForScorecard: both)', ms.sql);
  row('roll-ups in JS (load every figure, core)', ms.js);
  row('cold province scorecard (scorecard computer)', ms.card);
  console.log(
    `SQL path ÷ JS path: ${(ms.sql / ms.js).toFixed(2)}×; cold province scorecard ÷ bare aggregate: ${(ms.card / ms.bare).toFixed(2)}× (issue 12, on PostgreSQL: ≤ 2×)`,
  );
}

/** The plan as the repository runs the query: under its settings (rollup.repository's withRollupSettings). */
async function explain(db: Db, label: string, query: ReturnType<typeof sql>) {
  const plan = await withRollupSettings(db, (tx) =>
    rowsOf<{ 'QUERY PLAN': string }>(tx, sql`explain (analyze, buffers) ${query}`),
  );
  console.log(`\n#### EXPLAIN ANALYZE: ${label}\n${plan.map((r) => r['QUERY PLAN']).join('\n')}\n`);
}

/** Times every path on one database and prints the table; gives back what the plans are asked for. */
async function measureOn(db: Db, engine: string) {
  const [count] = await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from observations`);
  const indicators = await createIndicatorRepository(db).findAll();
  const unitRepo = createUnitRepository(db);
  const observations = createObservationRepository(db);
  const rollups = createRollupRepository(db);
  const province = (await unitRepo.findById(ROOT))!;
  const scope = { unitId: ROOT, year: YEAR, asOf: null, indicators, figures: [] };
  const sqlPath = () => rollups.findForScorecard(scope);
  const jsPath = async () => {
    const childUnits = await unitRepo.findDescendants(ROOT);
    const childObservations = await observations.findForScorecard({
      unitIds: childUnits.map((u) => u.id),
      fromYear: YEAR,
      toYear: YEAR,
      kind: 'actual',
    });
    const input = { unit: province, year: YEAR, indicators, targets: [], observations: [] };
    return buildScorecard({ ...input, childUnits, childObservations }).rows;
  };
  const fromSql = await sqlPath();
  const fromJs = new Map((await jsPath()).map((r) => [r.indicator.id, r.rollup]));
  const same = JSON.stringify([...fromSql]) === JSON.stringify([...fromJs]);
  const [yearRows] = await rowsOf<{ n: number }>(
    db,
    sql`select count(*)::int as n from observations where period_year = ${YEAR} and unit_id <> ${ROOT}`,
  );
  const latest = () => rollups.latestPeriodsBelow({ rootId: ROOT, year: YEAR, asOf: null, indicators });
  // With fewer than two months from January nothing below makes a cumulative period: the year is the scope,
  // as findForScorecard falls back to it.
  const period = (await latest()).get(1) ?? parsePeriod(String(YEAR));
  const requests = indicators.map((indicator) => ({ indicator, basis: [indicator], period }));
  const compute = createScorecardComputer(db);
  const medians = await interleaved({
    bare: () => db.execute(bareAggregate),
    latest,
    totals: () => rollups.rollupsBelow({ rootId: ROOT, requests }),
    sql: sqlPath,
    js: jsPath,
    card: () => compute({ unit: province, year: YEAR }),
  });
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(
    `\n${engine}: ${count?.n} figures; ${yearRows?.n} below the province in ${YEAR}; SQL = JS roll-ups: ${same}; load ${load}`,
  );
  printTable(medians);
  return { indicators, period, requests };
}

export async function benchRollup(): Promise<void> {
  const serverUrl = await ensurePostgres();
  if (!serverUrl) return;
  const kept = REUSE && (await benchDatabaseExists(serverUrl, NAME));
  const databaseUrl = kept ? benchDatabaseUrl(serverUrl, NAME) : await freshBenchDatabase(serverUrl, NAME);
  const { db, close } = await openDatabase({ databaseUrl });
  try {
    if (kept && (await holdsFigures(db))) await migrate(db);
    else await prepare(db, MONTHS);
    const { indicators, period, requests } = await measureOn(db, 'PostgreSQL');
    await explain(db, 'bare aggregate', bareAggregate);
    const leads = indicators.map((i) => ({ id: i.id, flow: i.nature === 'flow' }));
    await explain(db, 'latest period below', latestPeriodsSql(ROOT, YEAR, null, leads));
    const reqs = requests.map((r, req) => ({ req, period_end: r.period.end, roles: 1 }));
    await explain(db, `roll-up for ${period.code}`, rollupSql(ROOT, reqs, lookupsOf(requests)));
  } finally {
    await close();
  }
  // The embedded engine (the default deployment) over the same year's figures: 12 months, not 100.
  const embedded = await openDatabase({ dataDir: MEMORY });
  try {
    await prepare(embedded.db, 12);
    await measureOn(embedded.db, 'PGlite (in memory)');
  } finally {
    await embedded.close();
  }
}
