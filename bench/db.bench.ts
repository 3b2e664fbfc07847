// Import speed on a PostgreSQL server: observations.insertMany (what an import runs, audit entries
// included) against PostgreSQL's own COPY of the same rows into the same table, in the same run.
// Usage: npm run bench -- db   (BENCH_ROWS=100000 for a shorter run). It works in its own database,
// tiendo_bench_import, on the server DATABASE_URL names, and never touches the database the URL names.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { createImportService } from '../src/app/import/import.service';
import { formatNumber } from '../src/core/vi/format';
import { type Db, migrate, openDatabase, rowsOf } from '../src/db/database';
import { createObservationRepository, type ObservationInput } from '../src/db/observation.repository';
import { IMPORT_COLUMNS } from '../src/documents/import-columns';
import { freshBenchDatabase } from './bench-database';
import { ensurePostgres } from './pg-cluster';
import { timings } from './timing';

const UNITS = 100;
const INDICATORS = 100;

function buildRows(count: number): ObservationInput[] {
  return Array.from({ length: count }, (_, i) => {
    const unitId = (i % UNITS) + 1;
    const indicatorId = (Math.floor(i / UNITS) % INDICATORS) + 1;
    // Months counted back from 2023-M12, so 1M rows reach back about eight years.
    const month = Math.floor(i / (UNITS * INDICATORS));
    const period = `${2023 - Math.floor(month / 12)}-M${String(12 - (month % 12)).padStart(2, '0')}`;
    return {
      unitId,
      indicatorId,
      period,
      kind: 'actual',
      value: (i % 9973) + 0.5,
      note: null,
      provenance: { kind: 'imported', file: 'bench.csv', row: i + 2, userId: null },
    };
  });
}

async function prepare(db: Db): Promise<void> {
  await db.execute(sql`drop schema if exists drizzle cascade`);
  await db.execute(sql`drop schema if exists public cascade`);
  await db.execute(sql`create schema public`);
  await migrate(db);
  await db.execute(
    sql`insert into units (code, name, kind) select 'U' || g, 'Xã ' || g, 'commune_party' from generate_series(1, ${UNITS}) g`,
  );
  await db.execute(sql`insert into indicators (code, name_vi, name_en, measure, nature, aggregation, polarity, category)
    select 'I' || g, 'Chỉ tiêu ' || g, 'Indicator ' || g, 'tấn', 'flow', '{"kind":"sum"}', 'higher_is_better', 'kinh_te'
    from generate_series(1, ${INDICATORS}) g`);
}

function csvOf(rows: ObservationInput[]): string {
  return rows
    .map(
      (r) =>
        `${r.unitId},${r.indicatorId},${r.period},${r.kind},${r.value},"${JSON.stringify(r.provenance).replace(/"/g, '""')}"`,
    )
    .join('\n');
}

/** The same rows as a file an official fills in: the template's headings, codes, vi-VN numbers, ";". */
function importFileOf(rows: ObservationInput[]): Buffer {
  const heading = IMPORT_COLUMNS.map((c) => c.heading);
  const cell = (r: ObservationInput, key: string) => {
    if (key === 'record') return 'số liệu';
    if (key === 'unitCode') return `U${r.unitId}`;
    if (key === 'indicatorCode') return `I${r.indicatorId}`;
    if (key === 'period') return r.period;
    if (key === 'kind') return 'thực hiện';
    if (key === 'value') return formatNumber(r.value, 1).replace(/\s/g, '');
    return '';
  };
  const lines = rows.map((r) => IMPORT_COLUMNS.map((c) => cell(r, c.key)).join(';'));
  return Buffer.from([heading.join(';'), ...lines].join('\n'), 'utf8');
}

async function timeIt(label: string, rows: number, work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  const seconds = (performance.now() - start) / 1000;
  const rate = rows / seconds;
  console.log(`${label.padEnd(34)} ${rows} rows in ${seconds.toFixed(2)} s = ${Math.round(rate)} rows/s`);
  return rate;
}

async function percentiles(label: string, work: () => Promise<unknown>): Promise<void> {
  const times = (await timings(200, work)).sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
  console.log(`${label.padEnd(52)} p50 ${at(0.5)} ms  p99 ${at(0.99)} ms`);
}

/** The scorecard's reads: one commune's figures over two years, and 100 communes' totals for two periods. */
async function timeQueries(repo: ReturnType<typeof createObservationRepository>): Promise<void> {
  const communes = Array.from({ length: UNITS }, (_, i) => i + 1);
  let rows = 0;
  await percentiles('findForScorecard (1 commune, 2022-2023)', async () => {
    rows = (await repo.findForScorecard({ unitIds: [7], fromYear: 2022, toYear: 2023 })).length;
  });
  console.log(`  ${rows} figures per call`);
  await percentiles('totalsForPeriods (100 communes, 2023-M10 and 2022-M10)', async () => {
    rows = (await repo.totalsForPeriods({ unitIds: communes, periods: ['2023-M10', '2022-M10'] })).length;
  });
  console.log(`  ${rows} totals per call`);
}

export async function benchImport(): Promise<void> {
  const serverUrl = await ensurePostgres();
  if (!serverUrl) return;
  const databaseUrl = await freshBenchDatabase(serverUrl, 'tiendo_bench_import');
  const count = Number.parseInt(process.env.BENCH_ROWS ?? '1000000', 10);
  const rows = buildRows(count);
  const { db, close } = await openDatabase({ databaseUrl });
  try {
    await prepare(db);
    // COPY reads a server-side file: the bench runs beside its throwaway cluster, as the brief's .ci/run does.
    const copyFile = join(tmpdir(), `tiendo-bench-${process.pid}.csv`);
    writeFileSync(copyFile, csvOf(rows), { mode: 0o644 });
    const copyRate = await timeIt('COPY (PostgreSQL, no audit)', count, () =>
      db.execute(
        sql.raw(
          `copy observations (unit_id, indicator_id, period, kind, value, provenance) from '${copyFile}' csv`,
        ),
      ),
    );
    await db.execute(sql`truncate observations cascade`);
    const repo = createObservationRepository(db);
    const insertRate = await timeIt('insertMany (with audit entries)', count, () =>
      db.transaction((tx) => repo.insertMany(rows, { userId: null }, tx)),
    );
    await db.execute(sql`truncate observations cascade`);
    const summaryRate = await timeIt('insertMany (one summary audit entry)', count, () =>
      db.transaction((tx) => repo.insertMany(rows, { userId: null }, tx, { audit: 'summary' })),
    );
    console.log(
      `insertMany with a summary entry reaches ${((summaryRate / copyRate) * 100).toFixed(0)}% of COPY`,
    );
    await db.execute(sql`truncate observations cascade`);
    const file = importFileOf(rows);
    const importer = { userId: null, scopeUnitId: null };
    const fileRate = await timeIt(
      `import of a ${(file.length / 1e6).toFixed(0)} MB CSV (end to end)`,
      count,
      () => createImportService(db).importFile('bench.csv', file, importer),
    );
    console.log(
      `CSV import (read, check, write with audit) reaches ${((fileRate / copyRate) * 100).toFixed(0)}% of COPY (target ≥ 50%)`,
    );
    const [counted] = await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from observations`);
    console.log(
      `rows stored: ${counted?.n}; insertMany reaches ${((insertRate / copyRate) * 100).toFixed(0)}% of COPY`,
    );
    await db.execute(sql`analyze observations`);
    await timeQueries(repo);
  } finally {
    await close();
  }
}
