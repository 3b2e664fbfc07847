// Reporting regimes: admins set them up; a user reads those that touch their scope.
import { RegimeCreateSchema, RegimePeriodParamsSchema, regimeAnswers } from '../../contract';
import { currentUser } from '../auth/auth.plugin';
import type { RouteModule } from '../context';

export const regimeRoutes: RouteModule = (app, { services }) => {
  const tags = ['regimes'];

  app.get('/regimes', { schema: { tags, response: regimeAnswers.list } }, async (request) => ({
    regimes: await services.regimes.list(currentUser(request)),
  }));

  app.post(
    '/regimes',
    { schema: { tags, body: RegimeCreateSchema, response: regimeAnswers.created } },
    async (request, reply) => {
      const view = await services.regimes.create(currentUser(request), request.body);
      return reply.status(201).send({ regime: view });
    },
  );

  app.get(
    '/regimes/:code/periods/:period',
    { schema: { tags, params: RegimePeriodParamsSchema, response: regimeAnswers.period } },
    async (request) =>
      services.regimes.period(currentUser(request), request.params.code, request.params.period),
  );
};
