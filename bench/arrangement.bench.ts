// Issue 11: the arrangement of a whole province on PostgreSQL — 64 successors formed from 100 old communes
// (36 from two whole communes, 28 from one), 10.000 figures below them, 500 open directives they lead:
// preview ≤ 2 s, apply ≤ 5 s. The baseline of the same run is reading the file and every unit once.
import { sql } from 'drizzle-orm';
import { createArrangementService } from '../src/app/units/arrangement.service';
import type { Db } from '../src/db/database';
import { createUnitRepository } from '../src/db/unit.repository';
import { ARRANGEMENT_COLUMNS } from '../src/documents/arrangement-columns';
import { readImportRows } from '../src/documents/import-rows';
import { onSeededBenchDatabase } from './bench-database';
import { seedIndicators, seedProvince } from './seed-province';
import { timed } from './timing';

const OLD = 100;
const NEW = 64;
const OPERATOR = { id: null, role: 'admin', scopeUnitId: null } as const;

/** Province 1 over 10 districts over 100 communes; 100 indicators; each commune 100 figures of 2024. */
async function seed(db: Db): Promise<void> {
  await seedProvince(db, { districts: 10, communes: OLD });
  await seedIndicators(db, 100);
  await db.execute(sql`insert into observations (unit_id, indicator_id, period, kind, value, provenance)
    select u.id, i.id, '2024', 'actual', u.id + i.id, '{"kind":"entered","userId":null}'::jsonb
    from units u, indicators i where u.kind = 'commune_party'`);
  await db.execute(sql`insert into directives (text, source_kind, source_number, issuer_unit_id, lead_unit_id,
      created_on)
    select 'Chỉ đạo số ' || g, 'document', 'KL-' || g, 1, 12 + (g - 1) % ${OLD}, '2025-03-01'
    from generate_series(1, 500) g`);
  await db.execute(sql`analyze`);
}

/** Successor s (1..64) takes communes 2s-1 and 2s while s ≤ 36, then commune s + 36 alone. */
function arrangementCsv(): string {
  const rows = [
    'successor_code;successor_name;successor_kind;parent_code;predecessor_code;scope;effective_on;document',
  ];
  for (let s = 1; s <= NEW; s++) {
    const olds = s <= 36 ? [2 * s - 1, 2 * s] : [s + 36];
    for (const o of olds)
      rows.push(`XAMOI${s};Đảng ủy xã mới ${s};commune_party;TINH;XA${o};toàn bộ;01/07/2025;BENCH/NQ`);
  }
  return rows.join('\n');
}

export async function benchProvinceArrangement(): Promise<void> {
  await onSeededBenchDatabase('tiendo_bench_arrangement', seed, async (db) => {
    const file = { name: 'tinh.csv', bytes: new TextEncoder().encode(arrangementCsv()) };
    const [, baseline] = await timed(async () => {
      await readImportRows(file.name, file.bytes, ARRANGEMENT_COLUMNS);
      await createUnitRepository(db).findAll();
    });
    const service = createArrangementService(db);
    const [preview, previewMs] = await timed(() => service.arrange(OPERATOR, file, { dryRun: true }));
    const [applied, applyMs] = await timed(() => service.arrange(OPERATOR, file, { dryRun: false }));
    const [again, againMs] = await timed(() => service.arrange(OPERATOR, file, { dryRun: false }));
    const inherited = preview.inheritedFigures.reduce((n, f) => n + (f.inherited ? f.figures : 0), 0);
    console.log(
      `preview: ${preview.newUnits.length} new, ${preview.endingUnits.length} ending, ${preview.links.length} links, ` +
        `${inherited} figures inherited, ${preview.directiveMoves.length} directives moving`,
    );
    const row = (what: string, ms: number, target: string) =>
      console.log(
        `| ${what.padEnd(34)} | ${ms.toFixed(0).padStart(6)} ms | ${(ms / baseline).toFixed(1).padStart(6)}× | ${target} |`,
      );
    console.log('| figure                             |    time |  ÷ base | target |');
    row('baseline: read file + all units', baseline, '—');
    row('preview (dry run)', previewMs, '≤ 2 s');
    row(`apply (applied: ${applied.applied})`, applyMs, '≤ 5 s');
    row(`apply again (already: ${again.alreadyApplied})`, againMs, '—');
  });
}
