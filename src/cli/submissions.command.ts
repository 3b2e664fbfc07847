// `tiendo submissions --regime CODE --period P [--unit U] [--json]`: the board of a regime period — who has
// not reported, who is late, whose figures are approved — as issue 13 item 3 shapes it.
import { type Board, createSubmissionUseCases } from '../app/submissions/submission.use-cases';
import { submissionLabel } from '../core/submission';
import { parseArgs, refusal, textTable } from './cli-args';
import { withDatabase } from './cli-database';

const USAGE = 'Cách dùng: tiendo submissions --regime MÃ --period KỲ [--unit ĐƠN_VỊ] [--json]';
// The operator at the command line sees every unit, as an administrator does.
const OPERATOR = { id: null, role: 'admin', scopeUnitId: null } as const;

const refuse = refusal('submissions', USAGE);

/** Exactly the JSON of issue 13: the API's row without the submission id and the reason the screens show. */
function asJson(board: Board) {
  return { ...board, units: board.units.map(({ submissionId: _, returnReason: __, ...row }) => row) };
}

function asTable(board: Board): string {
  const rows = board.units.map((r) => [
    `${r.unit.code} ${r.unit.name}`,
    submissionLabel({
      status: r.status,
      dueOn: board.deadline,
      submittedAt: r.submittedAt,
      locked: r.locked,
      returnReason: r.returnReason,
    }),
    r.daysLate === null || r.submittedAt !== null ? '' : `quá hạn ${r.daysLate} ngày`,
    `${r.completeness.reported}/${r.completeness.expected} chỉ tiêu`,
    r.approvedBy ?? '',
  ]);
  const head = `${board.regime} kỳ ${board.period}: số liệu ${board.window.from} → ${board.window.to}, hạn gửi ${board.deadline}`;
  return [
    head,
    ...textTable([['Đơn vị', 'Trạng thái', 'Quá hạn', 'Số liệu', 'Người duyệt'], ...rows], 5),
  ].join('\n');
}

export async function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const parsed = parseArgs(args, ['--json'], ['--regime', '--period', '--unit']);
  if (typeof parsed === 'string') return refuse(parsed);
  if (parsed.positional.length > 0) return refuse(`không hiểu "${parsed.positional[0]}"`);
  const regime = parsed.values['--regime'];
  const period = parsed.values['--period'];
  if (!regime) return refuse('thiếu --regime (mã chế độ báo cáo)');
  if (!period) return refuse('thiếu --period (kỳ báo cáo, ví dụ 2024-M3)');
  return withDatabase(async (db) => {
    const board = await createSubmissionUseCases(db).board(OPERATOR, {
      regime,
      period,
      unit: parsed.values['--unit'],
    });
    console.log(parsed.flags.has('--json') ? JSON.stringify(asJson(board), null, 2) : asTable(board));
    return 0;
  }, env);
}
