// Issue 13: the submissions board of a province over its 3,321 communes for one month on PostgreSQL,
// p99 ≤ 200 ms. The board reads the units, the period's submissions and each commune's completeness
// (20 indicators, ~50,000 figures in the month); the baseline is a bare count of that month's figures.
import { sql } from 'drizzle-orm';
import { createSubmissionUseCases } from '../src/app/submissions/submission.use-cases';
import type { Db } from '../src/db/database';
import { onSeededBenchDatabase } from './bench-database';
import { seedIndicators, seedProvince } from './seed-province';
import { timings } from './timing';

const COMMUNES = 3321;
const INDICATORS = 20;
const RUNS = 60;
const OPERATOR = { id: null, role: 'admin', scopeUnitId: null } as const;

function percentile(times: number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * The province after 1/7/2025: 3,321 communes right under it; a monthly regime of 20 indicators; each
 * commune reports 5 to 20 of them in 2025-M8 (and the month before); two thirds have submitted, a third
 * of those are approved.
 */
async function seed(db: Db): Promise<void> {
  await seedProvince(db, { communes: COMMUNES });
  await seedIndicators(db, INDICATORS);
  await db.execute(sql`insert into regimes (code, name, document, tree, frequency, cutoff, deadline,
      reporting_root_unit_id, reporting_unit_kind, approval_unit_ids)
    values ('KTXH_THANG', 'Báo cáo KT-XH hằng tháng', 'NĐ 09/2019/NĐ-CP', 'party', 'month', 'nd09',
      '{"kind":"day_of_month","day":18,"monthsAfter":0}', 1, 'commune_party', '{1}')`);
  await db.execute(sql`insert into regime_indicators (regime_id, indicator_id, position)
    select 1, id, id from indicators`);
  await db.execute(sql`insert into observations (unit_id, indicator_id, period, kind, value, provenance)
    select u.id, i.id, p.period, 'actual', u.id + i.id, '{"kind":"entered","userId":null}'::jsonb
    from units u, indicators i, (values ('2025-M7'), ('2025-M8')) p(period)
    where u.kind = 'commune_party' and i.id <= 5 + u.id % 16`);
  await db.execute(sql`insert into submissions (regime_id, unit_id, period, status, submitted_at, locked,
      approved_at)
    select 1, id, '2025-M8', case when id % 9 < 2 then 'approved' else 'submitted' end,
      timestamptz '2025-08-15 09:00+07' + (id % 7) * interval '1 day', id % 9 < 2,
      case when id % 9 < 2 then timestamptz '2025-08-25 09:00+07' end
    from units where kind = 'commune_party' and id % 3 <> 0`);
  await db.execute(sql`analyze`);
}

export async function benchSubmissionBoard(): Promise<void> {
  await onSeededBenchDatabase('tiendo_bench_submissions', seed, async (db) => {
    const boards = createSubmissionUseCases(db, { now: () => new Date('2025-09-01T03:00:00Z') });
    const read = () => boards.board(OPERATOR, { regime: 'KTXH_THANG', period: '2025-M8' });
    const board = await read();
    const baseline = await timings(RUNS, () =>
      db.execute(sql`select count(*) from observations where period = '2025-M8'`),
    );
    const times = await timings(RUNS, read);
    const submitted = board.units.filter((u) => u.status !== 'not_submitted').length;
    const p50 = percentile(times, 50);
    const p99 = percentile(times, 99);
    console.log(
      `submissions board, ${board.units.length} communes × ${INDICATORS} indicators, 2025-M8 (${submitted} submitted), PostgreSQL, ${RUNS} runs:`,
    );
    console.log(
      `  board p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms  (limit 200 ms)  ${(p99 / percentile(baseline, 99)).toFixed(1)}× count(*) p99`,
    );
    console.log(`  baseline count(*) of the month's figures: p99 ${percentile(baseline, 99).toFixed(1)} ms`);
  });
}
