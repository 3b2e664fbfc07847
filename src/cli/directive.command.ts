// `tiendo directive summary [--unit MÃ] [--xlsx TỆP] [--as-of YYYY-MM-DD] [--due-soon N]`: the directives by
// lead unit in the four-way split official reports use, as a table or as the XLSX the web app downloads.
import { writeFile } from 'node:fs/promises';
import { createApplication } from '../app/application';
import { findUnit } from '../core/unit-lookup';
import { formatDate } from '../core/vi/format';
import { DIRECTIVE_STATUS_LABELS, DIRECTIVE_STATUSES } from '../core/visit/directive-status';
import type { DirectiveSummaryRow } from '../core/visit/directive-summary';
import { createUnitRepository } from '../db/unit.repository';
import { directiveSummaryXlsx } from '../documents/directive-summary-xlsx';
import { badDate, parseArgs, refusal, subcommand, textTable } from './cli-args';
import { withDatabase } from './cli-database';
import { cliReader } from './cli-operator';

const USAGE =
  'Cách dùng: tiendo directive summary [--unit MÃ] [--xlsx TỆP.xlsx] [--as-of YYYY-MM-DD] [--due-soon SỐ_NGÀY]';
const TITLE = 'TỔNG HỢP TÌNH HÌNH THỰC HIỆN KẾT LUẬN, CHỈ ĐẠO';

const refuse = refusal('directive', USAGE);

const counts = (c: Omit<DirectiveSummaryRow, 'unitId'>) => [
  String(c.total),
  ...DIRECTIVE_STATUSES.map((s) => String(c[s])),
  String(c.dueSoon),
];

async function summary(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const parsed = parseArgs(args, [], ['--unit', '--xlsx', '--as-of', '--due-soon']);
  if (typeof parsed === 'string') return refuse(parsed);
  if (parsed.positional.length > 0) return refuse(`không hiểu "${parsed.positional[0]}"`);
  const dateProblem = badDate(parsed.values, '--as-of');
  if (dateProblem) return refuse(dateProblem);
  const dueSoonText = parsed.values['--due-soon'] ?? '7';
  if (!/^\d{1,3}$/.test(dueSoonText) || Number(dueSoonText) > 366) {
    return refuse(`--due-soon phải là số ngày từ 0 đến 366, không phải "${dueSoonText}"`);
  }
  const xlsx = parsed.values['--xlsx'];
  if (xlsx !== undefined && !xlsx.toLowerCase().endsWith('.xlsx')) return refuse('--xlsx phải là tệp .xlsx');
  const today = parsed.values['--as-of'] ?? new Date().toISOString().slice(0, 10);
  const dueSoonDays = Number(dueSoonText);
  return withDatabase(async (db) => {
    const units = createUnitRepository(db);
    const all = await units.findAll();
    const query = parsed.values['--unit'];
    const unit = query === undefined ? null : findUnit(all, query);
    const reader = cliReader(unit?.id ?? null);
    const result = await createApplication(db).directives.summary(reader, { today, dueSoonDays });
    const nameOf = new Map(all.map((u) => [u.id, u.name]));
    const rows = result.rows.map((r) => ({ ...r, unitName: nameOf.get(r.unitId) ?? `#${r.unitId}` }));
    if (xlsx !== undefined) {
      await writeFile(
        xlsx,
        await directiveSummaryXlsx({ title: TITLE, asOf: today, dueSoonDays, rows, totals: result.totals }),
      );
    }
    const heading = [
      'Đơn vị chủ trì',
      'Tổng',
      ...DIRECTIVE_STATUSES.map((s) => DIRECTIVE_STATUS_LABELS[s]),
      `Đến hạn trong ${dueSoonDays} ngày`,
    ];
    console.log(
      [
        `Tổng hợp kết luận, chỉ đạo${unit ? ` trong ${unit.name}` : ''} đến ngày ${formatDate(today)}`,
        '',
        ...textTable(
          [heading, ...rows.map((r) => [r.unitName, ...counts(r)]), ['Tổng cộng', ...counts(result.totals)]],
          1,
        ),
        ...(xlsx !== undefined ? ['', `Đã ghi bảng tổng hợp: ${xlsx}`] : []),
      ].join('\n'),
    );
    return 0;
  }, env);
}

export async function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return subcommand(args, { summary: (rest) => summary(rest, env) }, refuse);
}
