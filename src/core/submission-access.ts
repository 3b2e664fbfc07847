// Who may act on a submission: the unit's editors submit; an editor of an approving level above (or a
// level above that) approves, returns and unlocks — never one whose scope is the submitting unit itself.
// The use cases enforce these rules and the web asks them before it offers a button.
import { DomainError } from './errors';
import type { Regime } from './regime';
import type { Unit, User } from './types';

/** Who asks: a signed-in user, or the operator at the command line (id null, every unit). */
export type SubmissionActor = Pick<User, 'role' | 'scopeUnitId'> & { id: number | null };

/** The units by id, to walk up from a unit to its ancestors in memory. */
export type UnitIndex = ReadonlyMap<number, Pick<Unit, 'id' | 'parentId' | 'name' | 'code'>>;

/** A refused action as DomainError 'forbidden' says it: the field at fault (or none) and why. */
export interface Refusal {
  field: string | null;
  message: string;
}

/**
 * Whether `unitId` is `ancestorId` or lies below it.
 * @example isAtOrUnder(units, huyenCaiNuoc.id, xaTranThoi.id) === true
 */
export function isAtOrUnder(units: UnitIndex, ancestorId: number, unitId: number): boolean {
  const seen = new Set<number>();
  for (let id: number | null = unitId; id !== null && !seen.has(id); id = units.get(id)?.parentId ?? null) {
    if (id === ancestorId) return true;
    seen.add(id);
  }
  return false;
}

/**
 * Whether the unit lies in the actor's scope (every unit when the scope is null).
 * @example inActorScope(units, { id: 7, role: 'editor', scopeUnitId: huyenCaiNuoc.id }, xaTranThoi.id) === true
 */
export function inActorScope(units: UnitIndex, actor: SubmissionActor, unitId: number): boolean {
  return actor.scopeUnitId === null || isAtOrUnder(units, actor.scopeUnitId, unitId);
}

const VIEWER: Refusal = { field: null, message: 'Vai trò chỉ xem không được nộp hay duyệt báo cáo' };

/**
 * Why the actor may not submit the unit's report, or null when an editor (or admin) whose scope holds it.
 * @example submitRefusal(units, { id: 3, role: 'viewer', scopeUnitId: null }, xaTranThoi)?.message
 *   === 'Vai trò chỉ xem không được nộp hay duyệt báo cáo'
 */
export function submitRefusal(
  units: UnitIndex,
  actor: SubmissionActor,
  unit: Pick<Unit, 'id' | 'name'>,
): Refusal | null {
  if (actor.role === 'viewer') return VIEWER;
  if (!inActorScope(units, actor, unit.id)) {
    return { field: 'unit', message: `đơn vị "${unit.name}" nằm ngoài phạm vi của bạn` };
  }
  return null;
}

/**
 * Why the actor may not approve, return or unlock the unit's report, or null when an editor of an
 * approving unit of the regime, or of a unit above one, whose scope holds the unit and is not the unit.
 * @example reviewRefusal(units, { id: 5, role: 'editor', scopeUnitId: xaTranThoi.id }, regime, xaTranThoi)?.message
 *   === 'Đơn vị "Đảng ủy xã Trần Thới" không tự duyệt báo cáo của mình'
 */
export function reviewRefusal(
  units: UnitIndex,
  actor: SubmissionActor,
  regime: Pick<Regime, 'code' | 'approvalUnitIds'>,
  unit: Pick<Unit, 'id' | 'name'>,
): Refusal | null {
  if (actor.role === 'viewer') return VIEWER;
  const scope = actor.scopeUnitId;
  if (scope === unit.id) {
    return { field: null, message: `Đơn vị "${unit.name}" không tự duyệt báo cáo của mình` };
  }
  if (scope === null) return null;
  const approving = regime.approvalUnitIds.some((id) => isAtOrUnder(units, scope, id));
  if (approving && isAtOrUnder(units, scope, unit.id)) return null;
  const names = regime.approvalUnitIds.map((id) => units.get(id)?.name ?? `id ${id}`).join(', ');
  return {
    field: null,
    message: `Chỉ cấp duyệt của chế độ ${regime.code} (${names}) hoặc cấp trên được duyệt, trả lại hay mở khóa báo cáo của "${unit.name}"`,
  };
}

function refuse(refusal: Refusal | null): void {
  if (refusal !== null) throw new DomainError('forbidden', refusal.field, refusal.message);
}

/** Refuses (DomainError 'forbidden') a submit by anyone but an editor (or admin) whose scope holds the unit. */
export function requireSubmitter(
  units: UnitIndex,
  actor: SubmissionActor,
  unit: Pick<Unit, 'id' | 'name'>,
): void {
  refuse(submitRefusal(units, actor, unit));
}

/** Refuses (DomainError 'forbidden') an approve, return or unlock by anyone reviewRefusal turns away. */
export function requireApprover(
  units: UnitIndex,
  actor: SubmissionActor,
  regime: Pick<Regime, 'code' | 'approvalUnitIds'>,
  unit: Pick<Unit, 'id' | 'name'>,
): void {
  refuse(reviewRefusal(units, actor, regime, unit));
}
