// `tiendo units arrange FILE [--dry-run] [--json] [--effective-on D] [--document SỐ]` imports an
// arrangement (phương án sắp xếp); `tiendo units show UNIT [--json]` prints a unit's lineage.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { CONSOLE_OPERATOR } from '../app/access/unit-scope';
import { type ArrangementOutcome, createArrangementService } from '../app/units/arrangement.service';
import { createUnitLineageService } from '../app/units/unit-lineage.service';
import { isDomainError } from '../core/errors';
import { formatDate } from '../core/vi/format';
import { parseArgs } from './cli-args';
import { withDatabase } from './cli-database';

const USAGE = [
  'Cách dùng: tiendo units arrange TỆP [--dry-run] [--json] [--effective-on 01/07/2025] [--document 1655/NQ-UBTVQH15]',
  '           tiendo units show ĐƠN_VỊ [--json]',
].join('\n');

function outcomeText(o: ArrangementOutcome): string {
  if (o.alreadyApplied) return 'Phương án đã được áp dụng trước đây: không có gì thay đổi.';
  return [
    o.applied ? 'Đã áp dụng phương án sắp xếp:' : 'Xem trước (chưa ghi):',
    ...o.newUnits.map((u) => `  + thành lập ${u.name} (${u.code}) ngày ${formatDate(u.validFrom)}`),
    ...o.endingUnits.map((u) => `  − kết thúc ${u.name} (${u.code}) ngày ${formatDate(u.validTo)}`),
    ...o.links.map(
      (l) =>
        `  → ${l.predecessorCode} ${l.scope === 'whole' ? 'toàn bộ' : 'một phần'} vào ${l.successorCode}`,
    ),
    ...o.dissolutions.map((d) => `  × giải thể ${d.name} (${d.code}), không có đơn vị kế thừa`),
    ...o.directiveMoves.map(
      (m) =>
        `  ⇒ chỉ đạo số ${m.directiveId} của ${m.fromName} ${m.toName ? `chuyển sang ${m.toName}` : `chưa có đơn vị nhận: ${m.reason}`}`,
    ),
    ...o.inheritedFigures
      .filter((f) => f.figures > 0)
      .map((f) =>
        f.inherited
          ? `  ∑ ${f.figures} số liệu của ${f.predecessorCode} kế thừa vào ${f.successorCode}`
          : `  ∅ ${f.figures} số liệu của ${f.predecessorCode} không kế thừa vào ${f.successorCode}: ${f.gap}`,
      ),
    ...o.endingAccounts.map(
      (a) =>
        `  ! tài khoản ${a.username} (${a.displayName}) có phạm vi ${a.scopeCode} đã kết thúc: cần chuyển phạm vi`,
    ),
    ...(o.recordedRows.length > 0
      ? [`  = bỏ qua dòng ${o.recordedRows.join(', ')}: liên kết đã ghi trước đây`]
      : []),
  ].join('\n');
}

async function arrange(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const parsed = parseArgs(args, ['--dry-run', '--json'], ['--effective-on', '--document']);
  if (typeof parsed === 'string' || parsed.positional.length !== 1) {
    console.error(
      `tiendo units arrange: ${typeof parsed === 'string' ? parsed : 'cần đúng một tệp'}\n${USAGE}`,
    );
    return 2;
  }
  const path = parsed.positional[0]!;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    console.error(`tiendo units arrange: không đọc được tệp ${path}`);
    return 2;
  }
  return withDatabase(async (db) => {
    try {
      const outcome = await createArrangementService(db).arrange(
        CONSOLE_OPERATOR,
        { name: basename(path), bytes },
        {
          dryRun: parsed.flags.has('--dry-run'),
          effectiveOn: parsed.values['--effective-on'] ?? null,
          document: parsed.values['--document'] ?? null,
        },
      );
      console.log(parsed.flags.has('--json') ? JSON.stringify(outcome, null, 2) : outcomeText(outcome));
      return 0;
    } catch (error) {
      if (!isDomainError(error) || error.code !== 'invalid_rows') throw error;
      const rows = (error.extra.rows ?? []) as { row: number; field: string; reason: string }[];
      if (parsed.flags.has('--json')) console.log(JSON.stringify({ error: error.code, rows }, null, 2));
      console.error(
        [error.message, ...rows.map((r) => `  dòng ${r.row}, cột ${r.field}: ${r.reason}`)].join('\n'),
      );
      return 2;
    }
  }, env);
}

async function show(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const parsed = parseArgs(args, ['--json'], []);
  if (typeof parsed === 'string' || parsed.positional.length !== 1) {
    console.error(
      `tiendo units show: ${typeof parsed === 'string' ? parsed : 'cần đúng một đơn vị'}\n${USAGE}`,
    );
    return 2;
  }
  return withDatabase(async (db) => {
    const lineage = await createUnitLineageService(db).lineageOf(parsed.positional[0]!);
    const { unit, predecessors, successors } = lineage;
    console.log(
      parsed.flags.has('--json')
        ? JSON.stringify(lineage, null, 2)
        : [
            `${unit.name} (${unit.code})`,
            ...predecessors.map(
              (p) =>
                `  trên cơ sở ${p.unit.name} (${p.scope === 'whole' ? 'toàn bộ' : 'một phần'}), ngày ${formatDate(p.effectiveOn)}`,
            ),
            ...successors.map(
              (s) =>
                `  chuyển vào ${s.unit.name} (${s.scope === 'whole' ? 'toàn bộ' : 'một phần'}), ngày ${formatDate(s.effectiveOn)}`,
            ),
          ].join('\n'),
    );
    return 0;
  }, env);
}

export async function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'arrange') return arrange(rest, env);
  if (sub === 'show') return show(rest, env);
  console.error(`tiendo units: cần arrange hoặc show\n${USAGE}`);
  return 2;
}
