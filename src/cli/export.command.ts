// `tiendo export UNIT --year Y [--out FILE]`: the scorecard as the XLSX the web app downloads; with
// `--state-report`, the unit's report in the state format (Nghị định 30/2020/NĐ-CP) as .docx.
import { writeFile } from 'node:fs/promises';
import { createApplication } from '../app/application';
import { findUnit } from '../core/unit-lookup';
import { createUnitRepository } from '../db/unit.repository';
import { buildScorecardXlsx } from '../documents/scorecard-xlsx';
import { withDatabase } from './cli-database';
import { parseUnitYear } from './scorecard.command';

const USAGE = [
  'Cách dùng: tiendo export ĐƠN_VỊ --year NĂM [--out TỆP.xlsx] [--as-of YYYY-MM-DD]',
  '           tiendo export ĐƠN_VỊ --year NĂM --state-report [--number 12/BC-UBND] [--date YYYY-MM-DD]',
  '                 [--issuer "XÃ TRẦN THỚI"] [--signer "Họ tên"] [--out TỆP.docx]',
].join('\n');
const STATE_OPTIONS = ['--number', '--date', '--issuer', '--signer'] as const;

export async function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const parsed = parseUnitYear(args, ['--state-report'], ['--out', ...STATE_OPTIONS], USAGE);
  if (typeof parsed === 'string') return refuse(parsed);
  const { values } = parsed;
  const stateReport = parsed.flags.has('--state-report');
  if (!stateReport) {
    const misplaced = STATE_OPTIONS.find((o) => values[o] !== undefined);
    if (misplaced) return refuse(`${misplaced} chỉ dùng với --state-report\n${USAGE}`);
  }
  if (values['--date'] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values['--date'])) {
    return refuse(`--date phải có dạng YYYY-MM-DD\n${USAGE}`);
  }
  return withDatabase(async (db) => {
    const unit = findUnit(await createUnitRepository(db).findAll(), parsed.unit);
    const app = createApplication(db);
    const request = { unit, year: parsed.year, asOf: parsed.asOf };
    if (stateReport) {
      const report = await app.stateReports.stateReportOf({
        ...request,
        number: values['--number'] ?? '…/BC-UBND',
        date: values['--date'],
        issuer: values['--issuer'],
        signerName: values['--signer'],
      });
      const out = values['--out'] ?? report.fileName;
      await writeFile(out, report.bytes);
      console.log(
        `Đã xuất báo cáo thể thức Nghị định 30/2020/NĐ-CP của ${unit.name} năm ${parsed.year}: ${out}`,
      );
      return 0;
    }
    const scorecard = await app.scorecards.scorecardOf(request);
    const out = values['--out'] ?? `bang-chi-tieu-${unit.code}-${parsed.year}.xlsx`;
    await writeFile(out, await buildScorecardXlsx(scorecard));
    console.log(
      `Đã xuất bảng chỉ tiêu ${unit.name} năm ${parsed.year}: ${out} (${scorecard.rows.length} chỉ tiêu)`,
    );
    return 0;
  }, env);
}

function refuse(message: string): number {
  console.error(`tiendo export: ${message}`);
  return 2;
}
