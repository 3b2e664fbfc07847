// Directive summary of a province (50,000 directives over 3,000 units) on PostgreSQL, ≤ 200 ms; a briefing
// pack .docx, ≤ 1 s. Ratios are against a plain count(*) and an empty Party document in the same run.
import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/database';
import { createDirectiveRepository } from '../src/db/visit-directive.repository';
import { type BriefingPackSections, buildBriefingPack } from '../src/documents/briefing-pack';
import { renderPartyDocx } from '../src/documents/party-docx';
import { CAI_NUOC_VISIT, TINH_UY_HEADER } from '../src/documents/party-docx.testing';
import { onSeededBenchDatabase } from './bench-database';
import { seedProvince } from './seed-province';
import { median } from './timing';

const UNITS = 3000;
const DIRECTIVES = 50_000;

/** A province, 30 districts and communes beneath; directives issued by the province or a district. */
async function seed(db: Db): Promise<void> {
  await seedProvince(db, { districts: 30, communes: UNITS - 31 });
  await db.execute(sql`insert into directives (text, source_kind, source_number, issuer_unit_id, lead_unit_id,
      deadline, progress_percent, completed_on, created_on)
    select 'Kết luận ' || g, 'document', g || '-KL/TU', case when g % 3 = 0 then 1 else 2 + g % 30 end,
      1 + g % ${UNITS}, date '2023-01-01' + (g % 500), (g % 5) * 20,
      case when g % 4 = 0 then date '2023-01-01' + (g % 520) end, date '2023-01-01'
    from generate_series(1, ${DIRECTIVES}) g`);
  await db.execute(sql`insert into directive_units (directive_id, unit_id)
    select id, 1 + (id * 7) % ${UNITS} from directives where id % 2 = 0 and 1 + (id * 7) % ${UNITS} <> lead_unit_id`);
  await db.execute(sql`analyze`);
}

export async function benchDirectiveSummary(): Promise<void> {
  await onSeededBenchDatabase('tiendo_bench_visits', seed, async (db) => {
    const repo = createDirectiveRepository(db);
    const filter = { today: '2024-01-15', dueSoonDays: 7 };
    const baseline = await median(15, () => db.execute(sql`select count(*) from directives`));
    const province = await median(15, () => repo.summary({ ...filter, scopeUnitIds: null }));
    const districtIds = (
      (await db.execute(sql`select id from units where id = 2 or parent_id = 2`)) as unknown as {
        rows: { id: number }[];
      }
    ).rows.map((r) => Number(r.id));
    const district = await median(15, () => repo.summary({ ...filter, scopeUnitIds: districtIds }));
    const rows = (await repo.summary({ ...filter, scopeUnitIds: null })).rows.length;
    console.log(
      `directive summary, ${DIRECTIVES} directives over ${UNITS} units (${rows} lead units), PostgreSQL:`,
    );
    console.log(
      `  province (all):       ${province.toFixed(1)} ms  (limit 200 ms)  ${(province / baseline).toFixed(1)}× count(*)`,
    );
    console.log(
      `  district subtree:     ${district.toFixed(1)} ms  (${districtIds.length} units)  ${(district / baseline).toFixed(1)}× count(*)`,
    );
    console.log(`  baseline count(*):    ${baseline.toFixed(1)} ms`);
  });
}

function packInput(): BriefingPackSections {
  const statuses = ['off_track', 'at_risk', 'on_track', 'achieved'] as const;
  const directiveStatuses = ['open_overdue', 'open_within_deadline', 'done_late', 'done_on_time'] as const;
  return {
    header: TINH_UY_HEADER,
    visit: { ...CAI_NUOC_VISIT, hostNames: ['Huyện ủy Cái Nước', 'Đảng ủy xã Trần Thới'] },
    hosts: [
      {
        unitName: 'Huyện ủy Cái Nước',
        year: 2023,
        rows: Array.from({ length: 60 }, (_, i) => ({
          indicatorName: `Chỉ tiêu ${i + 1}`,
          measure: 'tấn',
          decimals: 0,
          target: 29004 + i,
          value: 24937 + i,
          achievement: { kind: 'ok' as const, percent: 85.98 },
          status: statuses[i % 4]!,
        })),
        checks: Array.from({ length: 10 }, (_, i) => `Kiểm tra số ${i + 1}: 24.937 ÷ 29.004 = 85,98%`),
        directives: Array.from({ length: 200 }, (_, i) => ({
          text: `Kết luận số ${i + 1}: tăng cường công tác tuyên truyền, vận động nhân dân`,
          source: `Kết luận số ${i + 1}-KL/TU`,
          leadUnitName: 'Huyện ủy Cái Nước',
          deadline: '2023-12-31',
          status: directiveStatuses[i % 4]!,
          progressPercent: (i * 7) % 100,
        })),
        findings: Array.from({ length: 20 }, (_, i) => ({
          inspection: 'Kiểm tra năm 2022',
          text: `Hạn chế ${i + 1}`,
        })),
      },
    ],
    recipients: ['Huyện ủy Cái Nước'],
    signature: { capacity: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Phạm Thành Ngại' },
  };
}

export async function benchBriefingPack(): Promise<void> {
  const input = packInput();
  const host = input.hosts[0]!;
  const empty = buildBriefingPack({
    ...input,
    hosts: [{ ...host, rows: [], checks: [], directives: [], findings: [] }],
  });
  await renderPartyDocx(empty);
  const baseline = await median(9, () => renderPartyDocx(empty));
  const full = await median(9, () => renderPartyDocx(buildBriefingPack(input)));
  const bytes = (await renderPartyDocx(buildBriefingPack(input))).length;
  console.log('briefing pack .docx (60 indicators, 200 directives, 20 findings):');
  console.log(
    `  generated in ${full.toFixed(1)} ms (limit 1000 ms), ${(bytes / 1024).toFixed(0)} KB, ${(full / baseline).toFixed(1)}× an empty pack (${baseline.toFixed(1)} ms)`,
  );
}
