// The indicator catalog: everyone signed in reads it; only admins change it.
import {
  IdParamsSchema,
  IndicatorCreateSchema,
  IndicatorPatchSchema,
  indicatorAnswers,
} from '../../contract';
import { createIndicatorRepository } from '../../db/indicator.repository';
import { currentUser } from '../auth/auth.plugin';
import { requireRole } from '../auth/scope';
import type { RouteModule } from '../context';
import { requireIndicator } from '../shared/lookup';

export const indicatorRoutes: RouteModule = (app, { db }) => {
  const indicators = createIndicatorRepository(db);
  const tags = ['indicators'];

  app.get('/indicators', { schema: { tags, response: indicatorAnswers.list } }, async () => ({
    indicators: await indicators.findAll(),
  }));

  app.get(
    '/indicators/:id',
    { schema: { tags, params: IdParamsSchema, response: indicatorAnswers.one } },
    async (request) => ({
      indicator: await requireIndicator(indicators, request.params.id, 'id'),
    }),
  );

  app.post(
    '/indicators',
    { schema: { tags, body: IndicatorCreateSchema, response: indicatorAnswers.created } },
    async (request, reply) => {
      const user = currentUser(request);
      requireRole(user, 'admin');
      const indicator = await indicators.create(request.body, { userId: user.id });
      return reply.status(201).send({ indicator });
    },
  );

  app.patch(
    '/indicators/:id',
    { schema: { tags, params: IdParamsSchema, body: IndicatorPatchSchema, response: indicatorAnswers.one } },
    async (request) => {
      const user = currentUser(request);
      requireRole(user, 'admin');
      return { indicator: await indicators.update(request.params.id, request.body, { userId: user.id }) };
    },
  );

  app.delete(
    '/indicators/:id',
    { schema: { tags, params: IdParamsSchema, response: indicatorAnswers.deleted } },
    async (request, reply) => {
      const user = currentUser(request);
      requireRole(user, 'admin');
      await indicators.delete(request.params.id, { userId: user.id });
      return reply.status(204).send();
    },
  );
};
