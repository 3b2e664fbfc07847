// Scope in the use cases: a user sees the subtree under their scope unit (all units when null); editors
// and admins change data there; viewers change nothing; the structure (units, users, catalog) is admins'.
// The same refusals the routes gave, raised as core's DomainError so the CLI and the server share them.
import { DomainError } from '../../core/errors';
import type { Indicator, Unit, User } from '../../core/types';
import type { UnitRepository } from '../../db/unit.repository';

export type Access = 'read' | 'write' | 'admin';

/** What a scope check reads about the actor: a signed-in user, or the operator at the console. */
export type ScopedActor = Pick<User, 'role' | 'scopeUnitId'>;

/** Who runs `tiendo` at the server's console: an admin of every unit, recorded in the audit as no user. */
export const CONSOLE_OPERATOR = {
  id: null,
  role: 'admin',
  scopeUnitId: null,
} as const satisfies ScopedActor & {
  id: null;
};

/** What a scope check reads about units (the server hands in its per-data-version memo). */
export type UnitLookups = Pick<UnitRepository, 'findById' | 'isInSubtree'>;

const ROLE_LABEL: Record<User['role'], string> = {
  admin: 'quản trị',
  editor: 'nhập liệu',
  viewer: 'chỉ xem',
};

/** Refuses a role that may not do this kind of thing anywhere. */
export function requireRole(user: ScopedActor, access: Access): void {
  if (access === 'write' && user.role === 'viewer') {
    throw new DomainError('forbidden', null, `Vai trò ${ROLE_LABEL.viewer} không được thay đổi dữ liệu`);
  }
  if (access === 'admin' && user.role !== 'admin') {
    throw new DomainError(
      'forbidden',
      null,
      `Chỉ quản trị viên được làm việc này (vai trò hiện tại: ${ROLE_LABEL[user.role]})`,
    );
  }
}

/** Whether a unit lies in the user's subtree. */
export async function inScope(units: UnitLookups, user: ScopedActor, unitId: number): Promise<boolean> {
  return user.scopeUnitId === null || (await units.isInSubtree(user.scopeUnitId, unitId));
}

/**
 * The unit, when it exists (else unknown_unit), lies in the user's scope (else forbidden) and the user's
 * role allows the access.
 */
export async function requireUnit(
  units: UnitLookups,
  user: ScopedActor,
  unitId: number,
  access: Access,
  field = 'unitId',
): Promise<Unit> {
  requireRole(user, access);
  const unit = await units.findById(unitId);
  if (!unit) throw new DomainError('unknown_unit', field, `không có đơn vị id ${unitId}`);
  if (!(await inScope(units, user, unitId))) {
    throw new DomainError('forbidden', null, `${field}: đơn vị "${unit.name}" nằm ngoài phạm vi của bạn`);
  }
  return unit;
}

/** The indicator a body names, or unknown_indicator naming the field. */
export async function requireIndicator<I extends Indicator>(
  indicators: { findById(id: number): Promise<I | null> },
  id: number,
  field = 'indicatorId',
): Promise<I> {
  const indicator = await indicators.findById(id);
  if (!indicator) throw new DomainError('unknown_indicator', field, `không có chỉ tiêu id ${id}`);
  return indicator;
}

/** A record the path names that does not exist: not_found on the field id. */
export function notFoundRecord(what: string, id: number): DomainError {
  return new DomainError('not_found', 'id', `không có ${what} id ${id}`);
}
