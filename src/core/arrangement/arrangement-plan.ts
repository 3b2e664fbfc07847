// An arrangement (phương án sắp xếp) as a plan: from the rows of its file and the units that exist, the
// units it creates, the units it ends (the day before it takes effect) and the links between them, or
// every bad row with its row number and column. Pure: the app layer applies the plan in one transaction.
import type { ShareBasis, Unit, UnitKind, UnitLinkScope } from '../types';
import { formatDate } from '../vi/format';
import {
  type Cell,
  dayBefore,
  readAmount,
  readDate,
  readKind,
  readScope,
  readShare,
} from './arrangement-cells';
import {
  checkDissolutions,
  directiveReceivers,
  isDissolutionRow,
  readDissolution,
} from './arrangement-dissolution';
import {
  ARRANGEMENT_HEADINGS,
  type ArrangementContext,
  type ArrangementPlan,
  type ArrangementProblem,
  type ArrangementResult,
  type ArrangementRow,
  type Complain,
  type PlannedDissolution,
  type PlannedLink,
  type PlannedUnit,
} from './arrangement-types';

export type {
  ArrangementColumn,
  ArrangementContext,
  ArrangementPlan,
  ArrangementProblem,
  ArrangementResult,
  ArrangementRow,
  DirectiveReceiver,
  PlannedDissolution,
  PlannedLink,
  PlannedUnit,
} from './arrangement-types';
export { ARRANGEMENT_HEADINGS } from './arrangement-types';

const text = (cell: Cell) => (cell === undefined ? '' : String(cell).normalize('NFC').trim());

interface ReadRow {
  link: PlannedLink;
  successor: { name: string; kind: UnitKind | null; parentCode: string | null };
  /** The unit this row names to take the predecessor's open directives. */
  receiverCode: string | null;
}

function readRow(row: ArrangementRow, context: ArrangementContext, problems: ArrangementProblem[]) {
  const bad: Complain = (column, reason) =>
    problems.push({ row: row.row, field: ARRANGEMENT_HEADINGS[column], reason });
  const before = problems.length;
  const c = row.cells;
  const successorCode = text(c.successorCode);
  const predecessorCode = text(c.predecessorCode);
  if (!successorCode) bad('successorCode', 'bỏ trống');
  if (!predecessorCode) bad('predecessorCode', 'bỏ trống');
  const scope = readScope(c.scope);
  if (!scope.ok) bad('scope', scope.reason);
  const share = readShare(c.share);
  if (!share.ok) bad('share', share.reason);
  const population = readAmount(c.population);
  if (!population.ok) bad('population', population.reason);
  const area = readAmount(c.areaKm2);
  if (!area.ok) bad('areaKm2', area.reason);
  const total = readAmount(c.predecessorPopulation);
  if (!total.ok) bad('predecessorPopulation', total.reason);
  const dateCell = c.effectiveOn ?? context.effectiveOn ?? undefined;
  const date = dateCell === undefined ? null : readDate(dateCell);
  if (date === null) bad('effectiveOn', 'bỏ trống; cần cột Ngày hiệu lực hoặc ngày hiệu lực chung của tệp');
  else if (!date.ok) bad('effectiveOn', date.reason);
  const kind = c.successorKind === undefined ? null : readKind(c.successorKind);
  if (kind && !kind.ok) bad('successorKind', kind.reason);
  if (problems.length > before || !scope.ok || !share.ok || !population.ok || !area.ok || !total.ok)
    return null;
  if (!date?.ok) return null;
  let shareValue = share.value;
  let basis: ShareBasis | null = shareValue === null ? null : 'population';
  // NQ 1655 gives the people who move; with the predecessor's own population the share by population follows.
  if (shareValue === null && population.value !== null && total.value) {
    shareValue = Math.min(1, population.value / total.value);
    basis = 'population';
  }
  if (scope.value === 'whole') {
    shareValue = null;
    basis = null;
  }
  const link: PlannedLink = {
    row: row.row,
    predecessorCode,
    successorCode,
    scope: scope.value,
    share: shareValue,
    basis,
    population: population.value,
    areaKm2: area.value,
    effectiveOn: date.value,
    document: text(c.document ?? context.document ?? undefined) || null,
  };
  const successor = {
    name: text(c.successorName),
    kind: kind?.ok ? kind.value : null,
    parentCode: text(c.parentCode) || null,
  };
  const receiverCode = text(c.directiveSuccessor) || null;
  return { link, successor, receiverCode } satisfies ReadRow;
}

/**
 * The plan of an arrangement file, or every bad row (all-or-nothing).
 * @example planArrangement([{ row: 2, cells: { successorCode: 'X_CAINUOC', successorName: 'Đảng ủy xã Cái Nước',
 *   successorKind: 'commune_party', parentCode: 'TU_CAMAU', predecessorCode: 'DU_TTCAINUOC', scope: 'toàn bộ',
 *   effectiveOn: '01/07/2025' } }], context) → { kind: 'ok', plan: { newUnits: [{ code: 'X_CAINUOC', … }], … } }
 */
export function planArrangement(
  rows: readonly ArrangementRow[],
  context: ArrangementContext,
): ArrangementResult {
  const problems: ArrangementProblem[] = [];
  const read = rows
    .filter((row) => !isDissolutionRow(row))
    .map((row) => readRow(row, context, problems))
    .filter((r) => r !== null);
  const dissolutions = rows
    .filter(isDissolutionRow)
    .map((row) => readDissolution(row, context, problems))
    .filter((r) => r !== null);
  checkRows(read, context, problems);
  checkDissolutions(dissolutions, read, context, problems);
  if (problems.length > 0) return { kind: 'invalid', problems: problems.sort((a, b) => a.row - b.row) };
  const plan = planOf(read, context);
  const byCode = new Map(context.units.map((u) => [u.code, u]));
  const fresh = dissolutions.filter(({ dissolution: d }) => byCode.get(d.code)?.validTo !== d.validTo);
  const freshDissolutions: PlannedDissolution[] = fresh.map((d) => d.dissolution);
  const alreadyApplied = plan.alreadyApplied && fresh.length === 0;
  const recordedDissolutions = dissolutions.filter((d) => !fresh.includes(d)).map((d) => d.dissolution.row);
  return {
    kind: 'ok',
    plan: {
      ...plan,
      newUnits: alreadyApplied ? [] : plan.newUnits,
      endingUnits: [
        ...plan.endingUnits,
        ...freshDissolutions.map(({ code, name, validTo }) => ({ code, name, validTo })),
      ],
      dissolutions: freshDissolutions,
      directiveReceivers: directiveReceivers(read, dissolutions, context),
      recordedRows: [...plan.recordedRows, ...recordedDissolutions].sort((a, b) => a - b),
      alreadyApplied,
    },
  };
}

/**
 * The path of stored links from one unit to another, by code, or null: a file that adds B → A where
 * A → B (or A → … → B) is stored would close a cycle.
 */
function storedPath(context: ArrangementContext): (from: string, to: string) => string[] | null {
  const codeOf = new Map(context.units.map((u) => [u.id, u.code]));
  const next = new Map<string, string[]>();
  for (const l of context.links) {
    const from = codeOf.get(l.predecessorId);
    const to = codeOf.get(l.successorId);
    if (from && to) next.set(from, [...(next.get(from) ?? []), to]);
  }
  return (from, to) => {
    const cameFrom = new Map<string, string>([[from, from]]);
    const queue = [from];
    for (let code = queue.shift(); code !== undefined; code = queue.shift()) {
      if (code === to) {
        const path = [to];
        while (path[0] !== from) path.unshift(cameFrom.get(path[0]!)!);
        return path;
      }
      for (const n of next.get(code) ?? [])
        if (!cameFrom.has(n)) {
          cameFrom.set(n, code);
          queue.push(n);
        }
    }
    return null;
  };
}

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/**
 * What a predecessor already passed on through stored links, outside the pairs of this file (those are
 * the file's own rows, recorded by an earlier apply): where its scope went and the shares it gave.
 */
function storedTransfers(read: ReadRow[], context: ArrangementContext) {
  const codeOf = new Map(context.units.map((u) => [u.id, u.code]));
  const inFile = new Set(read.map(({ link }) => `${link.predecessorCode}→${link.successorCode}`));
  const scopes = new Map<string, { scope: UnitLinkScope; where: string }>();
  const shares = new Map<string, number>();
  for (const l of context.links) {
    const from = codeOf.get(l.predecessorId);
    const to = codeOf.get(l.successorId);
    if (!from || !to || inFile.has(`${from}→${to}`)) continue;
    const earlier = scopes.get(from);
    if (!earlier || l.scope === 'whole') scopes.set(from, { scope: l.scope, where: `vào ${to} (đã ghi)` });
    shares.set(from, (shares.get(from) ?? 0) + (l.share ?? 0));
  }
  return { scopes, shares };
}

function checkRows(read: ReadRow[], context: ArrangementContext, problems: ArrangementProblem[]) {
  const byCode = new Map(context.units.map((u) => [u.code, u]));
  const pathOf = storedPath(context);
  const recorded = recordedLinks(context);
  const successors = new Map<string, ReadRow>();
  for (const r of read) if (!successors.has(r.link.successorCode)) successors.set(r.link.successorCode, r);
  const seen = new Map<string, number>();
  const stored = storedTransfers(read, context);
  const shares = new Map<string, number>();
  const scopes = new Map(stored.scopes);
  for (const { link, successor } of read) {
    const bad: Complain = (column, reason) =>
      problems.push({ row: link.row, field: ARRANGEMENT_HEADINGS[column], reason });
    const pair = `${link.predecessorCode}→${link.successorCode}`;
    const first = seen.get(pair);
    if (first !== undefined) bad('predecessorCode', `dòng trùng: ${pair} đã có ở dòng ${first}`);
    else seen.set(pair, link.row);
    const predecessor = byCode.get(link.predecessorCode);
    if (!predecessor) bad('predecessorCode', `không có đơn vị mã ${link.predecessorCode}`);
    else checkDates(link, predecessor, bad);
    if (link.predecessorCode === link.successorCode)
      bad('successorCode', 'một đơn vị không thể kế thừa chính nó');
    else if (successors.has(link.predecessorCode))
      bad('predecessorCode', `vòng lặp: ${link.predecessorCode} vừa là đơn vị cũ vừa là đơn vị kế thừa`);
    else {
      const path = pathOf(link.successorCode, link.predecessorCode);
      if (path)
        bad(
          'predecessorCode',
          `vòng lặp: đã ghi ${path.join(' → ')}; thêm ${link.predecessorCode} → ${link.successorCode} thành vòng`,
        );
    }
    const earlier = scopes.get(link.predecessorCode);
    if (earlier && (earlier.scope === 'whole' || link.scope === 'whole'))
      bad(
        'scope',
        `${link.predecessorCode} đã chuyển ${earlier.scope === 'whole' ? 'toàn bộ' : 'một phần'} ${earlier.where}; toàn bộ chỉ vào một đơn vị`,
      );
    scopes.set(link.predecessorCode, earlier ?? { scope: link.scope, where: `ở dòng ${link.row}` });
    const fromFile = (shares.get(link.predecessorCode) ?? 0) + (link.share ?? 0);
    shares.set(link.predecessorCode, fromFile);
    const before = stored.shares.get(link.predecessorCode) ?? 0;
    if (fromFile + before > 1 + 1e-9)
      bad(
        'share',
        `tỷ lệ của ${link.predecessorCode} cộng lại ${percent(fromFile + before)}${before > 0 ? `, gồm ${percent(before)} đã ghi` : ''}, quá 100%`,
      );
    checkRecorded(link, recorded(link), bad);
    checkSuccessor(link, successor, byCode, successors, bad);
  }
}

/**
 * A predecessor must have begun before the arrangement and not have ended other than the day before it:
 * a unit dissolved earlier passes nothing on that date.
 */
function checkDates(link: PlannedLink, predecessor: Unit, bad: Complain) {
  const on = formatDate(link.effectiveOn);
  if (predecessor.validFrom !== null && link.effectiveOn <= predecessor.validFrom)
    bad(
      'effectiveOn',
      `ngày ${on} không sau ngày thành lập ${formatDate(predecessor.validFrom)} của ${predecessor.name}`,
    );
  else if (predecessor.validTo !== null && predecessor.validTo < dayBefore(link.effectiveOn))
    bad(
      'effectiveOn',
      `${predecessor.name} đã kết thúc ngày ${formatDate(predecessor.validTo)}, trước ngày hiệu lực ${on}`,
    );
  else if (predecessor.validTo !== null && predecessor.validTo >= link.effectiveOn)
    bad(
      'effectiveOn',
      `${predecessor.name} còn hoạt động đến ngày ${formatDate(predecessor.validTo)}, sau ngày hiệu lực ${on}`,
    );
}

function checkSuccessor(
  link: PlannedLink,
  successor: ReadRow['successor'],
  byCode: Map<string, Unit>,
  successors: Map<string, ReadRow>,
  bad: Complain,
) {
  if (byCode.has(link.successorCode)) return;
  if (!successor.name) bad('successorName', `bỏ trống; đơn vị mới ${link.successorCode} cần tên`);
  if (!successor.kind) bad('successorKind', `bỏ trống; đơn vị mới ${link.successorCode} cần loại`);
  if (!successor.parentCode) return;
  const parent = byCode.get(successor.parentCode);
  if (!parent && !successors.has(successor.parentCode))
    bad('parentCode', `không có đơn vị mã ${successor.parentCode}`);
  else if (parent?.validTo != null && parent.validTo < link.effectiveOn)
    bad(
      'parentCode',
      `${parent.name} kết thúc ngày ${formatDate(parent.validTo)}, trước khi ${link.successorCode} thành lập ngày ${formatDate(link.effectiveOn)}`,
    );
}

function planOf(
  read: ReadRow[],
  context: ArrangementContext,
): Omit<ArrangementPlan, 'dissolutions' | 'directiveReceivers'> {
  const byCode = new Map(context.units.map((u) => [u.code, u]));
  const newUnits = new Map<string, PlannedUnit>();
  for (const { link, successor } of read) {
    if (byCode.has(link.successorCode) || newUnits.has(link.successorCode)) continue;
    newUnits.set(link.successorCode, {
      code: link.successorCode,
      name: successor.name,
      kind: successor.kind!,
      parentCode: successor.parentCode,
      validFrom: link.effectiveOn,
    });
  }
  const ending = new Map<string, { code: string; name: string; validTo: string }>();
  for (const { link } of read) {
    const unit = byCode.get(link.predecessorCode)!;
    if (unit.validTo === null && !ending.has(unit.code))
      ending.set(unit.code, { code: unit.code, name: unit.name, validTo: dayBefore(link.effectiveOn) });
  }
  const recorded = recordedLinks(context);
  const fresh = read.filter(({ link }) => !recorded(link));
  const alreadyApplied = fresh.length === 0;
  return {
    newUnits: alreadyApplied ? [] : parentsFirst([...newUnits.values()]),
    endingUnits: alreadyApplied ? [] : [...ending.values()],
    links: fresh.map((r) => r.link),
    recordedRows: read.filter(({ link }) => recorded(link)).map(({ link }) => link.row),
    alreadyApplied,
  };
}

type StoredLink = ArrangementContext['links'][number];

/** The stored link of a row's pair of units, if an earlier apply recorded it. */
function recordedLinks(context: ArrangementContext): (link: PlannedLink) => StoredLink | undefined {
  const byCode = new Map(context.units.map((u) => [u.code, u.id]));
  const stored = new Map(context.links.map((l) => [`${l.predecessorId}→${l.successorId}`, l]));
  return (link) => stored.get(`${byCode.get(link.predecessorCode)}→${byCode.get(link.successorCode)}`);
}

const scopeWords = (scope: UnitLinkScope) => (scope === 'whole' ? 'toàn bộ' : 'một phần');
const shareWords = (share: number | null) => (share === null ? 'không có tỷ lệ' : `tỷ lệ ${percent(share)}`);

/**
 * A row whose pair is recorded is skipped when it says what was recorded, and refused when it differs:
 * applying it would leave the stored link saying something the file no longer does.
 */
function checkRecorded(link: PlannedLink, stored: StoredLink | undefined, bad: Complain) {
  if (!stored) return;
  const pair = `liên kết ${link.predecessorCode} → ${link.successorCode} đã ghi`;
  if (stored.effectiveOn !== link.effectiveOn)
    bad(
      'effectiveOn',
      `${pair} ngày hiệu lực ${formatDate(stored.effectiveOn)}, dòng này ${formatDate(link.effectiveOn)}`,
    );
  else if (stored.scope !== link.scope)
    bad('scope', `${pair} là ${scopeWords(stored.scope)}, dòng này ${scopeWords(link.scope)}`);
  else if (Math.abs((stored.share ?? -1) - (link.share ?? -1)) > 1e-9)
    bad('share', `${pair} ${shareWords(stored.share)}, dòng này ${shareWords(link.share)}`);
}

/** New units in an order where a new parent comes before its new children. */
function parentsFirst(units: PlannedUnit[]): PlannedUnit[] {
  const codes = new Set(units.map((u) => u.code));
  const done = new Set<string>();
  const ordered: PlannedUnit[] = [];
  while (ordered.length < units.length) {
    const before = ordered.length;
    for (const u of units) {
      if (done.has(u.code) || (u.parentCode && codes.has(u.parentCode) && !done.has(u.parentCode))) continue;
      ordered.push(u);
      done.add(u.code);
    }
    if (ordered.length === before) return [...ordered, ...units.filter((u) => !done.has(u.code))];
  }
  return ordered;
}
