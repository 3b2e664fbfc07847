// `tiendo regime list [--json]`: the reporting regimes, their frequency, cut-off, deadline and reporting units.
import { createRegimeService, type RegimeView } from '../app/regimes/regime.service';
import { regimeRulesLabel } from '../core/regime';
import { parseArgs, refusal, subcommand, textTable } from './cli-args';
import { withDatabase } from './cli-database';

const USAGE = 'Cách dùng: tiendo regime list [--json]';
// The operator at the command line sees every regime, as an administrator does.
const OPERATOR = { id: null, role: 'admin', scopeUnitId: null } as const;

const refuse = refusal('regime', USAGE);

const asJson = (r: RegimeView) => ({
  code: r.code,
  name: r.name,
  tree: r.tree,
  frequency: r.frequency,
  cutoff: r.cutoff,
  deadline: r.deadline,
  reportingUnits: {
    root: { code: r.reportingUnits.root.code, name: r.reportingUnits.root.name },
    kind: r.reportingUnits.kind,
  },
});

async function list(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const parsed = parseArgs(args, ['--json'], []);
  if (typeof parsed === 'string') return refuse(parsed);
  if (parsed.positional.length > 0) return refuse(`không hiểu "${parsed.positional[0]}"`);
  return withDatabase(async (db) => {
    const regimes = await createRegimeService(db).list(OPERATOR);
    if (parsed.flags.has('--json')) {
      console.log(JSON.stringify({ regimes: regimes.map(asJson) }, null, 2));
      return 0;
    }
    if (regimes.length === 0) {
      console.log('Chưa có chế độ báo cáo nào');
      return 0;
    }
    const rows = regimes.map((r) => [
      r.code,
      r.name,
      regimeRulesLabel(r),
      `${r.reportingUnits.kind} thuộc ${r.reportingUnits.root.name}`,
    ]);
    console.log(
      textTable([['Mã', 'Tên', 'Kỳ, chốt số liệu, hạn gửi', 'Đơn vị báo cáo'], ...rows], 4).join('\n'),
    );
    return 0;
  }, env);
}

export async function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return subcommand(args, { list: (rest) => list(rest, env) }, refuse);
}
