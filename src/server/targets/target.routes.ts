// Targets of a unit: read within scope, changed by editors and admins of that unit.
import {
  IdParamsSchema,
  TargetCreateSchema,
  TargetPatchSchema,
  TargetQuerySchema,
  targetAnswers,
} from '../../contract';
import { validateValue } from '../../core/errors';
import { createIndicatorRepository } from '../../db/indicator.repository';
import { createTargetRepository } from '../../db/target.repository';
import { createUnitRepository } from '../../db/unit.repository';
import { currentUser } from '../auth/auth.plugin';
import { requireUnit } from '../auth/scope';
import type { RouteModule } from '../context';
import { notFoundRecord, requireIndicator } from '../shared/lookup';

export const targetRoutes: RouteModule = (app, { db }) => {
  const units = createUnitRepository(db);
  const indicators = createIndicatorRepository(db);
  const targets = createTargetRepository(db);
  const tags = ['targets'];

  async function requireTarget(id: number) {
    const target = await targets.findById(id);
    if (!target) throw notFoundRecord('chỉ tiêu giao', id);
    return target;
  }

  app.get(
    '/targets',
    { schema: { tags, querystring: TargetQuerySchema, response: targetAnswers.list } },
    async (request) => {
      const { unitId, year } = request.query;
      await requireUnit(units, currentUser(request), unitId, 'read');
      return { targets: await targets.findForUnitYear({ unitId, year }) };
    },
  );

  app.post(
    '/targets',
    { schema: { tags, body: TargetCreateSchema, response: targetAnswers.created } },
    async (request, reply) => {
      const user = currentUser(request);
      const body = request.body;
      await requireUnit(units, user, body.unitId, 'write');
      validateValue(await requireIndicator(indicators, body.indicatorId), body.value);
      const target = await targets.create(
        { ...body, toYear: body.toYear ?? body.fromYear },
        { userId: user.id },
      );
      return reply.status(201).send({ target });
    },
  );

  app.patch(
    '/targets/:id',
    { schema: { tags, params: IdParamsSchema, body: TargetPatchSchema, response: targetAnswers.changed } },
    async (request) => {
      const user = currentUser(request);
      const before = await requireTarget(request.params.id);
      await requireUnit(units, user, before.unitId, 'write');
      const patch = request.body;
      if (patch.unitId !== undefined) await requireUnit(units, user, patch.unitId, 'write');
      const indicator = await requireIndicator(indicators, patch.indicatorId ?? before.indicatorId);
      validateValue(indicator, patch.value ?? before.value);
      return { target: await targets.update(request.params.id, patch, { userId: user.id }) };
    },
  );

  app.delete(
    '/targets/:id',
    { schema: { tags, params: IdParamsSchema, response: targetAnswers.deleted } },
    async (request, reply) => {
      const user = currentUser(request);
      const before = await requireTarget(request.params.id);
      await requireUnit(units, user, before.unitId, 'write');
      await targets.delete(request.params.id, { userId: user.id });
      return reply.status(204).send();
    },
  );
};
