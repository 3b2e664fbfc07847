// Figures: read within scope; entered, corrected (with the version read) and deleted by editors.
import {
  DeleteQuerySchema,
  IdParamsSchema,
  ObservationCreateSchema,
  ObservationPatchSchema,
  ObservationQuerySchema,
  observationAnswers,
} from '../../contract';
import { validateValue } from '../../core/errors';
import { normalizePeriodCode } from '../../core/period';
import type { User } from '../../core/types';
import { createIndicatorRepository } from '../../db/indicator.repository';
import { createObservationRepository, type ObservationFilter } from '../../db/observation.repository';
import { createUnitRepository, type UnitRepository } from '../../db/unit.repository';
import { currentUser } from '../auth/auth.plugin';
import { requireUnit } from '../auth/scope';
import type { RouteModule } from '../context';
import { requireIndicator } from '../shared/lookup';
import { requireObservation } from './observation.access';
import { decodeCursor, encodeCursor } from './observation-cursor';

async function unitIdsToRead(units: UnitRepository, user: User, unitId: number | undefined) {
  if (unitId !== undefined) {
    await requireUnit(units, user, unitId, 'read');
    return [unitId];
  }
  return user.scopeUnitId === null ? undefined : units.findSubtreeIds(user.scopeUnitId);
}

export const observationRoutes: RouteModule = (app, { db }) => {
  const units = createUnitRepository(db);
  const indicators = createIndicatorRepository(db);
  const observations = createObservationRepository(db);
  const tags = ['observations'];

  app.get(
    '/observations',
    { schema: { tags, querystring: ObservationQuerySchema, response: observationAnswers.page } },
    async (request) => {
      const { unitId, year, period, indicatorId, limit, after } = request.query;
      const filter: ObservationFilter = { year, indicatorId };
      const start = after === undefined ? null : decodeCursor(after);
      filter.unitIds = await unitIdsToRead(units, currentUser(request), unitId);
      if (period !== undefined) filter.period = normalizePeriodCode(period);
      const page = await observations.findPage(filter, { limit, after: start });
      return { observations: page.observations, next: page.next && encodeCursor(page.next) };
    },
  );

  app.post(
    '/observations',
    { schema: { tags, body: ObservationCreateSchema, response: observationAnswers.created } },
    async (request, reply) => {
      const user = currentUser(request);
      const body = request.body;
      await requireUnit(units, user, body.unitId, 'write');
      const period = normalizePeriodCode(body.period);
      validateValue(await requireIndicator(indicators, body.indicatorId), body.value);
      const observation = await observations.insert(
        { ...body, period, note: body.note ?? null, provenance: { kind: 'entered', userId: user.id } },
        { userId: user.id },
      );
      return reply.status(201).send({ observation });
    },
  );

  app.patch(
    '/observations/:id',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        body: ObservationPatchSchema,
        response: observationAnswers.changed,
      },
    },
    async (request) => {
      const user = currentUser(request);
      const before = await requireObservation(observations, units, user, request.params.id, 'write');
      validateValue(await requireIndicator(indicators, before.indicatorId), request.body.value);
      return {
        observation: await observations.updateWithVersion(request.params.id, request.body, {
          userId: user.id,
        }),
      };
    },
  );

  app.delete(
    '/observations/:id',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        querystring: DeleteQuerySchema,
        response: observationAnswers.deleted,
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      await requireObservation(observations, units, user, request.params.id, 'write');
      await observations.delete(request.params.id, request.query.version, { userId: user.id });
      return reply.status(204).send();
    },
  );
};
