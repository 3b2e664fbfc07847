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
import type { RouteModule } from '../context';
import { decodeCursor, encodeCursor } from './observation-cursor';

export const observationRoutes: RouteModule = (app, { services }) => {
  const { figures } = services;
  const tags = ['observations'];

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

  app.post(
    '/observations',
    { schema: { tags, body: ObservationCreateSchema, response: observationAnswers.created } },
    async (request, reply) => {
      const observation = await figures.record(currentUser(request), request.body);
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
    async (request) => ({
      observation: await figures.correct(currentUser(request), request.params.id, request.body),
    }),
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
};
