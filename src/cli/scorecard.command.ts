// `tiendo scorecard UNIT --year Y [--json] [--as-of YYYY-MM-DD]`: the same scorecard the API serves,
// as a Vietnamese table or as the JSON of issue 2, item 8. UNIT is a code or a name, diacritics optional.

import { createApplication } from '../app/application';
import { scorecardTable, scorecardToJson } from '../core/scorecard-output';
import { findUnit } from '../core/unit-lookup';
import { createUnitRepository } from '../db/unit.repository';
import { parseArgs } from './cli-args';
import { withDatabase } from './cli-database';

const USAGE =
  'Cách dùng: tiendo scorecard ĐƠN_VỊ --year NĂM [--json] [--as-of YYYY-MM-DD]  (ví dụ: tiendo scorecard "cai nuoc" --year 2023)';

export interface UnitYearArgs {
  unit: string;
  year: number;
  asOf: string | null;
  flags: Set<string>;
  values: Record<string, string>;
}

/** UNIT --year Y plus the given boolean flags and value options; a message when they are wrong. */
export function parseUnitYear(
  args: string[],
  booleans: readonly string[],
  valued: readonly string[] = [],
  usage = USAGE,
): UnitYearArgs | string {
  const parsed = parseArgs(args, booleans, ['--year', '--as-of', ...valued]);
  if (typeof parsed === 'string') return `${parsed}\n${usage}`;
  const { positional, flags, values } = parsed;
  if (positional.length !== 1) return `cần đúng một đơn vị\n${usage}`;
  const yearText = values['--year'];
  if (yearText === undefined || !/^\d{4}$/.test(yearText)) return `--year phải là năm bốn chữ số\n${usage}`;
  const asOf = values['--as-of'] ?? null;
  if (asOf !== null && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return `--as-of phải có dạng YYYY-MM-DD\n${usage}`;
  return { unit: positional[0]!, year: Number.parseInt(yearText, 10), asOf, flags, values };
}

export async function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const parsed = parseUnitYear(args, ['--json']);
  if (typeof parsed === 'string') {
    console.error(`tiendo scorecard: ${parsed}`);
    return 2;
  }
  return withDatabase(async (db) => {
    const unit = findUnit(await createUnitRepository(db).findAll(), parsed.unit);
    const scorecard = await createApplication(db).scorecards.scorecardOf({
      unit,
      year: parsed.year,
      asOf: parsed.asOf,
    });
    console.log(
      parsed.flags.has('--json')
        ? JSON.stringify(scorecardToJson(scorecard), null, 2)
        : scorecardTable(scorecard),
    );
    return 0;
  }, env);
}
