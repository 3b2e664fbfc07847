// Scope on every route: a user sees the subtree under their scope unit (all units when null); editors
// and admins change data there; viewers change nothing; the structure (units, users, catalog) is admins'.
import type { Unit, User } from '../../core/types';
import { ApiError, forbidden } from '../errors/api-error';
import type { UnitLookups } from '../shared/versioned-unit-lookups';

export type Access = 'read' | 'write' | 'admin';

const ROLE_LABEL: Record<User['role'], string> = {
  admin: 'quản trị',
  editor: 'nhập liệu',
  viewer: 'chỉ xem',
};

/** Refuses a role that may not do this kind of thing anywhere. */
export function requireRole(user: User, access: Access): void {
  if (access === 'write' && user.role === 'viewer') {
    throw forbidden(`Vai trò ${ROLE_LABEL.viewer} không được thay đổi dữ liệu`);
  }
  if (access === 'admin' && user.role !== 'admin') {
    throw forbidden(`Chỉ quản trị viên được làm việc này (vai trò hiện tại: ${ROLE_LABEL[user.role]})`);
  }
}

/** Whether a unit lies in the user's subtree. */
export async function inScope(units: UnitLookups, user: User, unitId: number): Promise<boolean> {
  return user.scopeUnitId === null || (await units.isInSubtree(user.scopeUnitId, unitId));
}

/**
 * The unit, when it exists (else 404 unknown_unit), lies in the user's scope (else 403) and the user's
 * role allows the access.
 */
export async function requireUnit(
  units: UnitLookups,
  user: User,
  unitId: number,
  access: Access,
  field = 'unitId',
): Promise<Unit> {
  requireRole(user, access);
  const unit = await units.findById(unitId);
  if (!unit) throw new ApiError(404, 'unknown_unit', `${field}: không có đơn vị id ${unitId}`, { field });
  if (!(await inScope(units, user, unitId))) {
    throw forbidden(`${field}: đơn vị "${unit.name}" nằm ngoài phạm vi của bạn`);
  }
  return unit;
}
