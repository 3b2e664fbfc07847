// Units of the hierarchy: everyone reads their subtree; admins change the structure inside it.
import {
  ArrangementBodySchema,
  ArrangementQuerySchema,
  arrangementAnswers,
  IdParamsSchema,
  UnitCreateSchema,
  UnitMergeSchema,
  UnitPatchSchema,
  unitAnswers,
} from '../../contract';
import type { User } from '../../core/types';
import { createUnitRepository, type UnitRepository } from '../../db/unit.repository';
import { currentUser } from '../auth/auth.plugin';
import { requireRole, requireUnit } from '../auth/scope';
import type { RouteModule } from '../context';
import { forbidden, invalidInput } from '../errors/api-error';

async function visibleUnits(units: UnitRepository, user: User) {
  const all = await units.findAll();
  if (user.scopeUnitId === null) return all;
  const ids = new Set(await units.findSubtreeIds(user.scopeUnitId));
  return all.filter((u) => ids.has(u.id));
}

/** A new root, or a move to the root, is only for an admin of everything. */
async function requireParent(units: UnitRepository, user: User, parentId: number | null | undefined) {
  if (parentId === undefined) return;
  if (parentId === null) {
    if (user.scopeUnitId !== null)
      throw forbidden('parentId: chỉ quản trị toàn hệ thống được tạo đơn vị gốc');
    return;
  }
  await requireUnit(units, user, parentId, 'admin', 'parentId');
}

export const unitRoutes: RouteModule = (app, { db, services }) => {
  const units = createUnitRepository(db);
  const tags = ['units'];

  app.get('/units', { schema: { tags, response: unitAnswers.list } }, async (request) => ({
    units: await visibleUnits(units, currentUser(request)),
  }));

  app.get(
    '/units/:id',
    { schema: { tags, params: IdParamsSchema, response: unitAnswers.detail } },
    async (request) => {
      const unit = await requireUnit(units, currentUser(request), request.params.id, 'read', 'id');
      return { unit, ...(await units.findLinks(unit.id)) };
    },
  );

  app.post(
    '/units',
    { schema: { tags, body: UnitCreateSchema, response: unitAnswers.created } },
    async (request, reply) => {
      const user = currentUser(request);
      requireRole(user, 'admin');
      await requireParent(units, user, request.body.parentId);
      const unit = await units.create(request.body, { userId: user.id });
      return reply.status(201).send({ unit });
    },
  );

  app.patch(
    '/units/:id',
    { schema: { tags, params: IdParamsSchema, body: UnitPatchSchema, response: unitAnswers.changed } },
    async (request) => {
      const user = currentUser(request);
      await requireUnit(units, user, request.params.id, 'admin', 'id');
      await requireParent(units, user, request.body.parentId);
      return { unit: await units.update(request.params.id, request.body, { userId: user.id }) };
    },
  );

  app.delete(
    '/units/:id',
    { schema: { tags, params: IdParamsSchema, response: unitAnswers.deleted } },
    async (request, reply) => {
      const user = currentUser(request);
      await requireUnit(units, user, request.params.id, 'admin', 'id');
      await units.delete(request.params.id, { userId: user.id });
      return reply.status(204).send();
    },
  );

  app.post(
    '/units/:id/merge',
    { schema: { tags, params: IdParamsSchema, body: UnitMergeSchema, response: unitAnswers.merged } },
    async (request) => {
      const user = currentUser(request);
      await requireUnit(units, user, request.params.id, 'admin', 'id');
      await requireUnit(units, user, request.body.successorId, 'admin', 'successorId');
      const link = await units.linkSuccessor(
        { predecessorId: request.params.id, ...request.body },
        { userId: user.id },
      );
      return { link };
    },
  );

  app.post(
    '/units/arrangements',
    {
      schema: {
        tags,
        consumes: ['multipart/form-data'],
        body: ArrangementBodySchema,
        querystring: ArrangementQuerySchema,
        response: arrangementAnswers.arranged,
      },
    },
    async (request) => {
      const user = currentUser(request);
      const file = await request.file();
      if (!file) throw invalidInput('file', 'thiếu tệp .csv hoặc .xlsx trong trường "file"');
      const bytes = await file.toBuffer();
      return services.arrangements.arrange(user, { name: file.filename, bytes }, request.query);
    },
  );
};
