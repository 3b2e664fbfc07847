// Figures: auth → validate (the contract) → the figure use cases → present (the page's cursor encoded).
import {
  DeleteQuerySchema,
  IdParamsSchema,
  ObservationCreateSchema,
  ObservationPatchSchema,
  ObservationQuerySchema,
  observationAnswers,
} from '../../contract';
import { currentUser } from '../auth/auth.plugin';
import { recordModule } from '../shared/record-routes';
import { decodeCursor, encodeCursor } from './observation-cursor';

export const observationRoutes = recordModule('/observations', ({ app, routes, tags, services }) => {
  const { figures } = services;

  app.get(
    '/observations',
    { schema: { tags, querystring: ObservationQuerySchema, response: observationAnswers.page } },
    async (request) => {
      const { after, ...query } = request.query;
      const start = after === undefined ? null : decodeCursor(after);
      const page = await figures.list(currentUser(request), { ...query, after: start });
      return { observations: page.observations, next: page.next && encodeCursor(page.next) };
    },
  );

  routes.create(
    { key: 'observation', body: ObservationCreateSchema, response: observationAnswers.created },
    figures.record,
  );
  routes.change(
    { key: 'observation', body: ObservationPatchSchema, response: observationAnswers.changed },
    figures.correct,
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
      await figures.remove(currentUser(request), request.params.id, request.query.version);
      return reply.status(204).send();
    },
  );
});
