// A province's roll-ups on PostgreSQL, in one run: the bare aggregate over the subtree's figures of the year
// (the floor), the roll-ups as rollup.repository computes them in SQL, the JS path it replaced (every figure
// below loaded and folded by core), and the whole cold scorecard, with the plans of both roll-up queries.
// Usage: npm run bench -- rollup   (BENCH_ROLLUP_COMMUNES=100, BENCH_ROLLUP_MONTHS=100 by default: 1M figures).
import { sql } from 'drizzle-orm';
import { createScorecardComputer } from '../src/app/scorecard/scorecard-compute';
import { buildScorecard } from '../src/core/scorecard';
import { type Db, migrate, openDatabase, rowsOf } from '../src/db/database';
import { createIndicatorRepository } from '../src/db/indicator.repository';
import { createObservationRepository } from '../src/db/observation.repository';
import { createRollupRepository } from '../src/db/rollup.repository';
import { latestPeriodsSql, rollupSql } from '../src/db/rollup.sql';
import { lookupsOf } from '../src/db/rollup-plan';
import { createUnitRepository } from '../src/db/unit.repository';
import { ensurePostgres } from './pg-cluster';

const COMMUNES = Number(process.env.BENCH_ROLLUP_COMMUNES ?? 100);
const MONTHS = Number(process.env.BENCH_ROLLUP_MONTHS ?? 100);
const INDICATORS = 100;
const YEAR = 2023;
const ROOT = 1;

/** A province (unit 1) over COMMUNES communes, INDICATORS flows, MONTHS months back from 2023-M12. */
async function prepare(db: Db): Promise<void> {
  await db.execute(sql`drop schema if exists drizzle cascade`);
  await db.execute(sql`drop schema if exists public cascade`);
  await db.execute(sql`create schema public`);
  await migrate(db);
  await db.execute(sql`insert into units (code, name, kind) values ('TINH', 'Tỉnh ủy', 'province_party')`);
  await db.execute(sql`insert into units (code, name, kind, parent_id)
    select 'XA' || g, 'Xã ' || g, 'commune_party', ${ROOT} from generate_series(1, ${COMMUNES}) g`);
  await db.execute(sql`insert into indicators (code, name_vi, name_en, measure, nature, aggregation, polarity, category)
    select 'I' || g, 'Chỉ tiêu ' || g, 'Indicator ' || g, 'tấn', 'flow', '{"kind":"sum"}', 'higher_is_better', 'kinh_te'
    from generate_series(1, ${INDICATORS}) g`);
  // Canonical codes (2023-M9): the repository normalises on write, so stored codes look like this.
  await db.execute(sql`insert into observations (unit_id, indicator_id, period, kind, value, provenance)
    select u.id, i.id, (${YEAR} - m / 12) || '-M' || (12 - m % 12), 'actual', (u.id * 7 + i.id * 13 + m) % 9973 + 0.5,
      '{"kind":"imported","file":"bench.csv","row":0,"userId":null}'
    from units u cross join indicators i cross join generate_series(0, ${MONTHS - 1}) m where u.parent_id = ${ROOT}`);
  await db.execute(sql`analyze`);
}

/** The floor: PostgreSQL summing the same rows by indicator, no walk, no lookups. */
const bareAggregate = sql`select o.indicator_id, sum(o.value), count(*) from observations o
  join units u on u.id = o.unit_id where u.parent_id = ${ROOT} and o.period_year = ${YEAR} and o.kind = 'actual'
  group by o.indicator_id`;

async function median(times: number, work: () => Promise<unknown>): Promise<number> {
  const spent: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await work();
    spent.push(performance.now() - start);
  }
  spent.sort((a, b) => a - b);
  return spent[Math.floor(spent.length / 2)]!;
}

async function benchDatabaseUrl(serverUrl: string): Promise<string> {
  const admin = await openDatabase({ databaseUrl: serverUrl, poolSize: 1 });
  try {
    await admin.db.execute(sql.raw('drop database if exists tiendo_bench_rollup'));
    await admin.db.execute(sql.raw('create database tiendo_bench_rollup'));
  } finally {
    await admin.close();
  }
  const url = new URL(serverUrl);
  url.pathname = '/tiendo_bench_rollup';
  return url.toString();
}

async function explain(db: Db, label: string, query: ReturnType<typeof sql>) {
  const plan = await rowsOf<{ 'QUERY PLAN': string }>(db, sql`explain (analyze, buffers) ${query}`);
  console.log(`\n#### EXPLAIN ANALYZE: ${label}\n${plan.map((r) => r['QUERY PLAN']).join('\n')}\n`);
}

export async function benchRollup(): Promise<void> {
  const serverUrl = await ensurePostgres();
  if (!serverUrl) return;
  const { db, close } = await openDatabase({ databaseUrl: await benchDatabaseUrl(serverUrl) });
  try {
    await prepare(db);
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
    const compute = createScorecardComputer(db);
    // Interleaved rounds, so a cache warming or a checkpoint lands on all of them alike.
    const rounds = { bare: [] as number[], sql: [] as number[], js: [] as number[], card: [] as number[] };
    for (let round = 0; round < 5; round++) {
      rounds.bare.push(await median(3, () => db.execute(bareAggregate)));
      rounds.sql.push(await median(3, sqlPath));
      rounds.js.push(await median(1, jsPath));
      rounds.card.push(await median(3, () => compute({ unit: province, year: YEAR })));
    }
    const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const bare = mid(rounds.bare);
    const row = (label: string, ms: number) =>
      console.log(
        `| ${label.padEnd(44)} | ${ms.toFixed(1).padStart(8)} ms | ${(ms / bare).toFixed(2).padStart(6)}× |`,
      );
    console.log(
      `${count?.n} figures; ${yearRows?.n} below the province in ${YEAR}; SQL = JS roll-ups: ${same}`,
    );
    console.log('| what | median | ÷ bare aggregate |\n|---|---|---|');
    row('bare PostgreSQL aggregate (GROUP BY indicator)', bare);
    row('roll-ups in SQL (rollup.repository)', mid(rounds.sql));
    row('roll-ups in JS (load every figure, core)', mid(rounds.js));
    row('cold province scorecard (SQL roll-ups)', mid(rounds.card));
    console.log(
      `cold province scorecard ÷ bare aggregate: ${(mid(rounds.card) / bare).toFixed(2)}× (target ≤ 2×); JS path ÷ SQL path: ${(mid(rounds.js) / mid(rounds.sql)).toFixed(1)}×`,
    );
    await explain(db, 'bare aggregate', bareAggregate);
    const leads = indicators.map((i) => ({ id: i.id, flow: i.nature === 'flow' }));
    await explain(db, 'latest period below', latestPeriodsSql(ROOT, YEAR, null, leads));
    const period = (
      await rollups.latestPeriodsBelow({ rootId: ROOT, year: YEAR, asOf: null, indicators })
    ).get(1)!;
    const requests = indicators.map((indicator) => ({ indicator, basis: [indicator], period }));
    const reqs = requests.map((r, req) => ({ req, period_end: r.period.end, roles: 1 }));
    await explain(db, `roll-up for ${period.code}`, rollupSql(ROOT, reqs, lookupsOf(requests)));
  } finally {
    await close();
  }
}
