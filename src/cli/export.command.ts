// `tiendo export UNIT --year Y [--out FILE]`: the scorecard as the XLSX the web app downloads.
import { writeFile } from 'node:fs/promises';
import { createApplication } from '../app/application';
import { findUnit } from '../core/unit-lookup';
import { createUnitRepository } from '../db/unit.repository';
import { buildScorecardXlsx } from '../documents/scorecard-xlsx';
import { withDatabase } from './cli-database';
import { parseUnitYear } from './scorecard.command';

const USAGE = 'Cách dùng: tiendo export ĐƠN_VỊ --year NĂM [--out TỆP.xlsx] [--as-of YYYY-MM-DD]';

export async function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const parsed = parseUnitYear(args, [], ['--out'], USAGE);
  if (typeof parsed === 'string') {
    console.error(`tiendo export: ${parsed}`);
    return 2;
  }
  return withDatabase(async (db) => {
    const unit = findUnit(await createUnitRepository(db).findAll(), parsed.unit);
    const scorecard = await createApplication(db).scorecards.scorecardOf({
      unit,
      year: parsed.year,
      asOf: parsed.asOf,
    });
    const out = parsed.values['--out'] ?? `bang-chi-tieu-${unit.code}-${parsed.year}.xlsx`;
    await writeFile(out, await buildScorecardXlsx(scorecard));
    console.log(
      `Đã xuất bảng chỉ tiêu ${unit.name} năm ${parsed.year}: ${out} (${scorecard.rows.length} chỉ tiêu)`,
    );
    return 0;
  }, env);
}
