// Issue 11: the scorecard of a successor formed from 4 whole predecessors, each with 5 years of monthly figures,
// against the baseline of the same run — a unit holding that same combined series as its own figures, so both
// scorecards show the same numbers and the ratio is what inheriting costs: reading the lineage and the
// predecessors' figures and folding them in core. The bar: ≤ 1.5×.
import { sql } from 'drizzle-orm';
import { createScorecardComputer } from '../src/app/scorecard/scorecard-compute';
import { type Db, MEMORY, migrate, openDatabase } from '../src/db/database';
import { createUnitRepository } from '../src/db/unit.repository';
import { freshBenchDatabase } from './bench-database';
import { ensurePostgres } from './pg-cluster';
import { seedIndicators } from './seed-province';
import { median, middle } from './timing';

const PREDECESSORS = 4;
const INDICATORS = 30;
/** 60 months before the arrangement of 1/7/2025: 2020-M7 … 2025-M6. */
const MONTHS_BEFORE = 60;
const YEARS = [2025, 2026] as const;

/** Month m (0 = 2020-M7) as a period code, and the year it falls in. */
const monthCode = (m: ReturnType<typeof sql>) =>
  sql`(2020 + (${m} + 6) / 12) || '-M' || (1 + (${m} + 6) % 12)`;

/**
 * Province 1; old communes 2…5 (ended 30/6/2025), the new commune 6 formed from all four on 1/7/2025, and
 * commune 7 holding as its own the series commune 6 inherits; from 2025-M7 to 2026-M10 both report the same.
 */
export async function seedSuccession(db: Db): Promise<void> {
  await db.execute(
    sql`insert into units (code, name, kind) values ('TINH', 'Tỉnh ủy (bench)', 'province_party')`,
  );
  await db.execute(sql`insert into units (code, name, kind, parent_id, valid_to)
    select 'XACU' || g, 'Đảng ủy xã cũ ' || g, 'commune_party', 1, '2025-06-30' from generate_series(1, ${PREDECESSORS}::int) g`);
  await db.execute(sql`insert into units (code, name, kind, parent_id, valid_from)
    values ('XAMOI', 'Đảng ủy xã mới', 'commune_party', 1, '2025-07-01')`);
  await db.execute(
    sql`insert into units (code, name, kind, parent_id) values ('XARIENG', 'Đảng ủy xã riêng', 'commune_party', 1)`,
  );
  await db.execute(sql`insert into unit_links (predecessor_id, successor_id, kind, effective_on, scope, document)
    select p.id, s.id, 'merge', '2025-07-01', 'whole', 'BENCH/NQ'
    from units p, units s where p.code like 'XACU%' and s.code = 'XAMOI'`);
  await seedIndicators(db, INDICATORS);
  const entered = sql`'{"kind":"entered","userId":null}'::jsonb`;
  const m = sql`m`;
  await db.execute(sql`insert into observations (unit_id, indicator_id, period, kind, value, provenance)
    select u.id, i.id, ${monthCode(m)}, 'actual', (u.id * 7 + i.id * 13 + m) % 997 + 1, ${entered}
    from units u, indicators i, generate_series(0, ${MONTHS_BEFORE - 1}::int) m where u.code like 'XACU%'`);
  // The baseline's own series: month by month the sum of the four, as the successor inherits it.
  await db.execute(sql`insert into observations (unit_id, indicator_id, period, kind, value, provenance)
    select (select id from units where code = 'XARIENG'), o.indicator_id, o.period, 'actual', sum(o.value), ${entered}
    from observations o join units u on u.id = o.unit_id where u.code like 'XACU%'
    group by o.indicator_id, o.period`);
  await db.execute(sql`insert into observations (unit_id, indicator_id, period, kind, value, provenance)
    select u.id, i.id, ${monthCode(m)}, 'actual', (i.id * 13 + m) % 997 + 1, ${entered}
    from units u, indicators i, generate_series(${MONTHS_BEFORE}::int, ${MONTHS_BEFORE + 15}::int) m
    where u.code in ('XAMOI', 'XARIENG')`);
  await db.execute(sql`analyze`);
}

/** Medians of interleaved rounds of both scorecards for each year; their ratio; and a check they agree. */
async function measure(db: Db, engine: string): Promise<void> {
  const units = createUnitRepository(db);
  const all = await units.findAll();
  const successor = all.find((u) => u.code === 'XAMOI')!;
  const own = all.find((u) => u.code === 'XARIENG')!;
  const compute = createScorecardComputer(db);
  for (const year of YEARS) {
    const [a, b] = [await compute({ unit: successor, year }), await compute({ unit: own, year })];
    const values = (card: typeof a) => card.rows.map((r) => r.actual?.value ?? null);
    const same = JSON.stringify(values(a)) === JSON.stringify(values(b));
    const rounds: { inherited: number[]; own: number[] } = { inherited: [], own: [] };
    for (let round = 0; round < 5; round++) {
      rounds.inherited.push(await median(3, () => compute({ unit: successor, year })));
      rounds.own.push(await median(3, () => compute({ unit: own, year })));
    }
    const [inheritedMs, ownMs] = [middle(rounds.inherited), middle(rounds.own)];
    console.log(
      `| ${engine} | ${year} | ${inheritedMs.toFixed(1)} ms | ${ownMs.toFixed(1)} ms | ${(inheritedMs / ownMs).toFixed(2)}× | ${same ? 'yes' : 'NO'} |`,
    );
  }
}

export async function benchSuccessorScorecard(): Promise<void> {
  console.log(
    `${PREDECESSORS} predecessors × ${INDICATORS} indicators × ${MONTHS_BEFORE} months inherited (issue 11: ≤ 1.5×)`,
  );
  console.log(
    '| engine | year | successor (inherited) | own series (baseline) | ratio | same actuals |\n|---|---|---|---|---|---|',
  );
  await measureOn(openDatabase({ dataDir: MEMORY }), 'PGlite');
  const serverUrl = await ensurePostgres();
  if (!serverUrl) return;
  const databaseUrl = await freshBenchDatabase(serverUrl, 'tiendo_bench_successor');
  await measureOn(openDatabase({ databaseUrl }), 'PostgreSQL');
}

/** Seeds an empty database, measures on it, closes it. */
async function measureOn(opening: ReturnType<typeof openDatabase>, engine: string): Promise<void> {
  const { db, close } = await opening;
  try {
    await migrate(db);
    await seedSuccession(db);
    await measure(db, engine);
  } finally {
    await close();
  }
}
