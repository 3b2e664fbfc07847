// Accounts: admins manage the users whose scope lies inside their own.

import { hashPassword } from '../../app/accounts/password';
import { IdParamsSchema, UserCreateSchema, UserPatchSchema, userAnswers } from '../../contract';
import type { User } from '../../core/types';
import { createUnitRepository, type UnitRepository } from '../../db/unit.repository';
import { createUserRepository } from '../../db/user.repository';
import { currentUser } from '../auth/auth.plugin';
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
      const user = await users.update(
        request.params.id,
        { ...fields, ...passwordHash },
        { userId: admin.id },
      );
      return { user: presentUser(user) };
    },
  );
};
