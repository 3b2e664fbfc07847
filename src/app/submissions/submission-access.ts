// Who may act on a submission: the unit's editors submit; an editor of an approving level above (or a
// level above that) approves, returns and unlocks — never one whose scope is the submitting unit itself.
import { DomainError } from '../../core/errors';
import type { Regime } from '../../core/regime';
import type { Unit, User } from '../../core/types';

/** Who asks: a signed-in user, or the operator at the command line (id null, every unit). */
export type SubmissionActor = Pick<User, 'role' | 'scopeUnitId'> & { id: number | null };

/** The units by id, to walk up from a unit to its ancestors in memory. */
export type UnitIndex = ReadonlyMap<number, Pick<Unit, 'id' | 'parentId' | 'name' | 'code'>>;

/** Whether `unitId` is `ancestorId` or lies below it. */
export function isAtOrUnder(units: UnitIndex, ancestorId: number, unitId: number): boolean {
  const seen = new Set<number>();
  for (let id: number | null = unitId; id !== null && !seen.has(id); id = units.get(id)?.parentId ?? null) {
    if (id === ancestorId) return true;
    seen.add(id);
  }
  return false;
}

/** Whether the unit lies in the actor's scope (every unit when the scope is null). */
export function inActorScope(units: UnitIndex, actor: SubmissionActor, unitId: number): boolean {
  return actor.scopeUnitId === null || isAtOrUnder(units, actor.scopeUnitId, unitId);
}

function refuseViewer(actor: SubmissionActor): void {
  if (actor.role === 'viewer') {
    throw new DomainError('forbidden', null, 'Vai trò chỉ xem không được nộp hay duyệt báo cáo');
  }
}

/** Refuses a submit by anyone but an editor (or admin) whose scope holds the unit. */
export function requireSubmitter(
  units: UnitIndex,
  actor: SubmissionActor,
  unit: Pick<Unit, 'id' | 'name'>,
): void {
  refuseViewer(actor);
  if (!inActorScope(units, actor, unit.id)) {
    throw new DomainError('forbidden', 'unit', `đơn vị "${unit.name}" nằm ngoài phạm vi của bạn`);
  }
}

/**
 * Refuses an approve, return or unlock by anyone but an editor of an approving unit of the regime, or of a
 * unit above one, whose scope holds the submitting unit and is not that unit itself.
 */
export function requireApprover(
  units: UnitIndex,
  actor: SubmissionActor,
  regime: Pick<Regime, 'code' | 'approvalUnitIds'>,
  unit: Pick<Unit, 'id' | 'name'>,
): void {
  refuseViewer(actor);
  const scope = actor.scopeUnitId;
  if (scope === unit.id) {
    throw new DomainError('forbidden', null, `Đơn vị "${unit.name}" không tự duyệt báo cáo của mình`);
  }
  if (scope === null) return;
  const approving = regime.approvalUnitIds.some((id) => isAtOrUnder(units, scope, id));
  if (!approving || !isAtOrUnder(units, scope, unit.id)) {
    const names = regime.approvalUnitIds.map((id) => units.get(id)?.name ?? `id ${id}`).join(', ');
    throw new DomainError(
      'forbidden',
      null,
      `Chỉ cấp duyệt của chế độ ${regime.code} (${names}) hoặc cấp trên được duyệt, trả lại hay mở khóa báo cáo của "${unit.name}"`,
    );
  }
}
