// Where a figure came from and every change made to it: each figure is traceable.
import { IdParamsSchema, observationAnswers } from '../../contract';
import { currentUser } from '../auth/auth.plugin';
import type { RouteModule } from '../context';
import { presentHistory } from '../shared/history.presenter';
import { presentUser } from '../users/user.presenter';

export const observationHistoryRoutes: RouteModule = (app, { services }) => {
  const { figures } = services;
  const tags = ['observations'];

  app.get(
    '/observations/:id/history',
    { schema: { tags, params: IdParamsSchema, response: observationAnswers.history } },
    async (request) => {
      const entries = await figures.history(currentUser(request), request.params.id);
      return presentHistory(entries);
    },
  );

  app.get(
    '/observations/:id/provenance',
    { schema: { tags, params: IdParamsSchema, response: observationAnswers.provenance } },
    async (request) => {
      const found = await figures.provenance(currentUser(request), request.params.id);
      return { ...found, user: found.user && presentUser(found.user) };
    },
  );
};
