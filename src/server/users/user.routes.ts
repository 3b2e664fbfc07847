// Accounts: admins manage the users whose scope lies inside their own.

import { hashPassword } from '../../app/accounts/password';
import { IdParamsSchema, UserCreateSchema, UserPatchSchema, userAnswers } from '../../contract';
import type { User } from '../../core/types';
import { createSessionRepository } from '../../db/session.repository';
import { createUnitRepository, type UnitRepository } from '../../db/unit.repository';
import { createUserRepository } from '../../db/user.repository';
import { currentAuth, currentUser } from '../auth/auth.plugin';
import { inScope, requireRole, requireUnit } from '../auth/scope';
import type { RouteModule } from '../context';
import { forbidden } from '../errors/api-error';
import { notFoundRecord } from '../shared/lookup';
import { presentUser } from './user.presenter';

/** A scope an admin may hand out: inside their own, or anything for an admin of everything. */
async function requireScopeGrant(units: UnitRepository, admin: User, scopeUnitId: number | null | undefined) {
  if (scopeUnitId === undefined) return;
  if (scopeUnitId === null) {
    if (admin.scopeUnitId !== null)
      throw forbidden('scopeUnitId: chỉ quản trị toàn hệ thống được cấp phạm vi toàn bộ');
    return;
  }
  await requireUnit(units, admin, scopeUnitId, 'admin', 'scopeUnitId');
}

async function managedBy(units: UnitRepository, admin: User, user: User): Promise<boolean> {
  if (admin.scopeUnitId === null) return true;
  return user.scopeUnitId !== null && (await inScope(units, admin, user.scopeUnitId));
}

const RANK: Record<User['role'], number> = { viewer: 0, editor: 1, admin: 2 };

/**
 * Whether a change to an account must end its sessions: a new password (a reset after a stolen one is
 * worthless if the thief stays signed in), a lower role or another scope (what a screen already shows
 * and offers came from the rights taken away).
 */
export function endsSessions(
  before: Pick<User, 'role' | 'scopeUnitId'>,
  patch: { password?: string; role?: User['role']; scopeUnitId?: number | null },
): boolean {
  return (
    patch.password !== undefined ||
    (patch.role !== undefined && RANK[patch.role] < RANK[before.role]) ||
    (patch.scopeUnitId !== undefined && patch.scopeUnitId !== before.scopeUnitId)
  );
}

export const userRoutes: RouteModule = (app, { db }) => {
  const users = createUserRepository(db);
  const units = createUnitRepository(db);
  const tags = ['users'];

  app.get('/users', { schema: { tags, response: userAnswers.list } }, async (request) => {
    const admin = currentUser(request);
    requireRole(admin, 'admin');
    const all = await users.findAll();
    const managed = [];
    for (const user of all) if (await managedBy(units, admin, user)) managed.push(presentUser(user));
    return { users: managed };
  });

  app.post(
    '/users',
    { schema: { tags, body: UserCreateSchema, response: userAnswers.created } },
    async (request, reply) => {
      const admin = currentUser(request);
      requireRole(admin, 'admin');
      const { password, ...fields } = request.body;
      await requireScopeGrant(units, admin, fields.scopeUnitId);
      const user = await users.create(
        { ...fields, passwordHash: await hashPassword(password) },
        { userId: admin.id },
      );
      return reply.status(201).send({ user: presentUser(user) });
    },
  );

  app.patch(
    '/users/:id',
    { schema: { tags, params: IdParamsSchema, body: UserPatchSchema, response: userAnswers.changed } },
    async (request) => {
      const admin = currentUser(request);
      requireRole(admin, 'admin');
      const before = await users.findById(request.params.id);
      if (!before || !(await managedBy(units, admin, before)))
        throw notFoundRecord('người dùng', request.params.id);
      const { password, ...fields } = request.body;
      await requireScopeGrant(units, admin, fields.scopeUnitId);
      const passwordHash = password === undefined ? {} : { passwordHash: await hashPassword(password) };
      // Who changes their own password stays signed in where they did it; everywhere else signs in again.
      const except = admin.id === before.id ? currentAuth(request).sessionId : undefined;
      const user = await db.transaction(async (tx) => {
        const saved = await users.update(before.id, { ...fields, ...passwordHash }, { userId: admin.id }, tx);
        if (endsSessions(before, request.body))
          await createSessionRepository(tx).deleteForUser(before.id, { except }, tx);
        return saved;
      });
      return { user: presentUser(user) };
    },
  );
};
