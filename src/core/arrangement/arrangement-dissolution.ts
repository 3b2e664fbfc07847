// Rows that end a unit without a successor at its level (giải thể: Huyện ủy Cái Nước on 30/6/2025, when
// the district level ended), and where the open directives of every unit a file ends go.
import type { Unit } from '../types';
import { formatDate } from '../vi/format';
import { type Cell, dayBefore, isDissolution, readDate } from './arrangement-cells';
import {
  ARRANGEMENT_HEADINGS,
  type ArrangementColumn,
  type ArrangementContext,
  type ArrangementProblem,
  type ArrangementRow,
  type DirectiveReceiver,
  type PlannedDissolution,
  type PlannedLink,
} from './arrangement-types';

const text = (cell: Cell) => (cell === undefined ? '' : String(cell).normalize('NFC').trim());

/** A dissolution as read from its row, with the receiving unit the row names (or null: the province). */
export interface ReadDissolution {
  dissolution: PlannedDissolution;
  receiverCode: string | null;
}

/** A link row as the directive rules see it: its link and the receiving unit the row names. */
export interface LinkRow {
  link: PlannedLink;
  receiverCode: string | null;
}

export const isDissolutionRow = (row: ArrangementRow) => isDissolution(row.cells.scope);

/**
 * A dissolution row: the unit in `predecessor_code`, no successor, the date it takes effect.
 * @example readDissolution({ row: 4, cells: { predecessorCode: 'HU_CAINUOC', scope: 'giải thể',
 *   effectiveOn: '01/07/2025' } }, …) → { dissolution: { code: 'HU_CAINUOC', validTo: '2025-06-30', … } }
 */
export function readDissolution(
  row: ArrangementRow,
  context: ArrangementContext,
  problems: ArrangementProblem[],
): ReadDissolution | null {
  const bad = (column: ArrangementColumn, reason: string) =>
    problems.push({ row: row.row, field: ARRANGEMENT_HEADINGS[column], reason });
  const before = problems.length;
  const c = row.cells;
  const code = text(c.predecessorCode);
  if (!code) bad('predecessorCode', 'bỏ trống; cần mã đơn vị giải thể');
  if (text(c.successorCode))
    bad(
      'successorCode',
      `đơn vị giải thể không có đơn vị kế thừa; để trống (đang ghi ${text(c.successorCode)})`,
    );
  if (text(c.share)) bad('share', 'đơn vị giải thể không chuyển tỷ lệ nào; để trống');
  const dateCell = c.effectiveOn ?? context.effectiveOn ?? undefined;
  const date = dateCell === undefined ? null : readDate(dateCell);
  if (date === null) bad('effectiveOn', 'bỏ trống; cần cột Ngày hiệu lực hoặc ngày hiệu lực chung của tệp');
  else if (!date.ok) bad('effectiveOn', date.reason);
  if (problems.length > before || !date?.ok) return null;
  const unit = context.units.find((u) => u.code === code);
  if (!unit) {
    bad('predecessorCode', `không có đơn vị mã ${code}`);
    return null;
  }
  const validTo = dayBefore(date.value);
  if (unit.validTo !== null && unit.validTo !== validTo)
    bad('effectiveOn', `${unit.name} đã kết thúc ngày ${formatDate(unit.validTo)}, không giải thể lại được`);
  else if (unit.validFrom !== null && unit.validFrom >= date.value)
    bad(
      'effectiveOn',
      `ngày ${formatDate(date.value)} không sau ngày thành lập ${formatDate(unit.validFrom)} của ${unit.name}`,
    );
  const document = text(c.document ?? context.document ?? undefined) || null;
  const dissolution = { row: row.row, code, name: unit.name, validTo, effectiveOn: date.value, document };
  return { dissolution, receiverCode: text(c.directiveSuccessor) || null };
}

/**
 * A dissolved unit passes nothing on: it cannot also be a predecessor of the file, nor be dissolved twice;
 * a receiving unit (any row's `directive_successor`) must exist or be new in the file, and not end.
 */
export function checkDissolutions(
  dissolutions: readonly ReadDissolution[],
  links: readonly LinkRow[],
  context: ArrangementContext,
  problems: ArrangementProblem[],
): void {
  const bad = (row: number, column: ArrangementColumn, reason: string) =>
    problems.push({ row, field: ARRANGEMENT_HEADINGS[column], reason });
  const linked = new Map<string, number>();
  for (const { link } of links)
    if (!linked.has(link.predecessorCode)) linked.set(link.predecessorCode, link.row);
  const seen = new Map<string, number>();
  for (const { dissolution: d } of dissolutions) {
    const other = linked.get(d.code);
    if (other !== undefined)
      bad(d.row, 'scope', `${d.code} vừa giải thể vừa chuyển sang đơn vị kế thừa ở dòng ${other}`);
    const first = seen.get(d.code);
    if (first !== undefined)
      bad(d.row, 'predecessorCode', `dòng trùng: ${d.code} đã giải thể ở dòng ${first}`);
    else seen.set(d.code, d.row);
  }
  const existing = new Map(context.units.map((u) => [u.code, u]));
  const created = new Set(links.map(({ link }) => link.successorCode));
  const ending = new Set([...linked.keys(), ...seen.keys()]);
  const rows = [
    ...links.map(({ link, receiverCode }) => ({ row: link.row, receiverCode })),
    ...dissolutions.map(({ dissolution, receiverCode }) => ({ row: dissolution.row, receiverCode })),
  ];
  for (const { row, receiverCode } of rows) {
    if (receiverCode === null) continue;
    const unit = existing.get(receiverCode);
    if (!unit && !created.has(receiverCode))
      bad(row, 'directiveSuccessor', `không có đơn vị mã ${receiverCode}`);
    else if (ending.has(receiverCode) || (unit?.validTo != null && !created.has(receiverCode)))
      bad(row, 'directiveSuccessor', `${receiverCode} kết thúc, không nhận nhiệm vụ được`);
  }
}

/**
 * The province a dissolved unit's directives go to: its nearest province ancestor, followed through whole
 * links (of the file or stored) to the one that goes on after the date.
 */
function provinceAfter(
  unit: Unit,
  units: readonly Unit[],
  wholeSuccessor: (code: string) => string | null,
): string | null {
  const byId = new Map(units.map((u) => [u.id, u]));
  let province = unit.parentId === null ? undefined : byId.get(unit.parentId);
  while (province && province.kind !== 'province_party' && province.parentId !== null)
    province = byId.get(province.parentId);
  if (!province) return null;
  let code: string | null = province.code;
  for (let steps = 0; code !== null && steps < units.length; steps++) {
    const next = wholeSuccessor(code);
    if (next === null) break;
    code = next;
  }
  return code;
}

/**
 * Where the open directives of each unit the file ends go, first rule that answers: the receiving unit a
 * row names; the only successor, or the one it passes whole into; for a dissolution, its province.
 * @example directiveReceivers([], [{ dissolution: { code: 'HU_CAINUOC', … }, receiverCode: null }], ctx)
 *   → [{ fromCode: 'HU_CAINUOC', toCode: 'TU_CAMAU_MOI', reason: 'giải thể: chuyển về tỉnh' }]
 */
export function directiveReceivers(
  links: readonly LinkRow[],
  dissolutions: readonly ReadDissolution[],
  context: ArrangementContext,
): DirectiveReceiver[] {
  const codeOf = new Map(context.units.map((u) => [u.id, u.code]));
  const wholeSuccessor = (code: string): string | null => {
    const inFile = links.find(({ link }) => link.predecessorCode === code && link.scope === 'whole');
    if (inFile) return inFile.link.successorCode;
    const stored = context.links.find((l) => codeOf.get(l.predecessorId) === code && l.scope === 'whole');
    return stored ? (codeOf.get(stored.successorId) ?? null) : null;
  };
  const byPredecessor = new Map<string, LinkRow[]>();
  for (const r of links)
    byPredecessor.set(r.link.predecessorCode, [...(byPredecessor.get(r.link.predecessorCode) ?? []), r]);
  const receivers: DirectiveReceiver[] = [];
  for (const [fromCode, rows] of byPredecessor) {
    const named = rows.find((r) => r.receiverCode !== null)?.receiverCode;
    const successors = [...new Set(rows.map((r) => r.link.successorCode))];
    const whole = rows.find((r) => r.link.scope === 'whole')?.link.successorCode;
    if (named) receivers.push({ fromCode, toCode: named, reason: `đơn vị nhận nhiệm vụ ghi trong tệp` });
    else if (successors.length === 1)
      receivers.push({ fromCode, toCode: successors[0]!, reason: 'đơn vị kế thừa duy nhất' });
    else if (whole) receivers.push({ fromCode, toCode: whole, reason: 'đơn vị kế thừa toàn bộ' });
    else
      receivers.push({
        fromCode,
        toCode: null,
        reason: `có ${successors.length} đơn vị kế thừa (${successors.join(', ')}); cần cột ${ARRANGEMENT_HEADINGS.directiveSuccessor}`,
      });
  }
  for (const { dissolution, receiverCode } of dissolutions) {
    if (receiverCode) {
      receivers.push({
        fromCode: dissolution.code,
        toCode: receiverCode,
        reason: 'đơn vị nhận nhiệm vụ ghi trong tệp',
      });
      continue;
    }
    const unit = context.units.find((u) => u.code === dissolution.code)!;
    const province = provinceAfter(unit, context.units, wholeSuccessor);
    receivers.push(
      province
        ? { fromCode: dissolution.code, toCode: province, reason: 'giải thể: chuyển về tỉnh' }
        : {
            fromCode: dissolution.code,
            toCode: null,
            reason: `giải thể, không có tỉnh cấp trên; cần cột ${ARRANGEMENT_HEADINGS.directiveSuccessor}`,
          },
    );
  }
  return receivers;
}
