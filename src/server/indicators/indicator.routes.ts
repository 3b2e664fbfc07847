// The indicator catalog: auth → validate (the contract) → the indicator use cases → present.
import {
  IdParamsSchema,
  IndicatorCreateSchema,
  IndicatorPatchSchema,
  indicatorAnswers,
  VersionQuerySchema,
} from '../../contract';
import { currentUser } from '../auth/auth.plugin';
import type { RouteModule } from '../context';
import { versionRead } from '../shared/version-read';

export const indicatorRoutes: RouteModule = (app, { services }) => {
  const { indicators } = services;
  const tags = ['indicators'];

  app.get('/indicators', { schema: { tags, response: indicatorAnswers.list } }, async (request) => ({
    indicators: await indicators.list(currentUser(request)),
  }));

  app.get(
    '/indicators/:id',
    { schema: { tags, params: IdParamsSchema, response: indicatorAnswers.one } },
    async (request) => ({ indicator: await indicators.get(currentUser(request), request.params.id) }),
  );

  app.post(
    '/indicators',
    { schema: { tags, body: IndicatorCreateSchema, response: indicatorAnswers.created } },
    async (request, reply) => {
      const indicator = await indicators.create(currentUser(request), request.body);
      return reply.status(201).send({ indicator });
    },
  );

  app.patch(
    '/indicators/:id',
    { schema: { tags, params: IdParamsSchema, body: IndicatorPatchSchema, response: indicatorAnswers.one } },
    async (request) => {
      const patch = { ...request.body, version: versionRead(request, request.body.version) };
      return { indicator: await indicators.change(currentUser(request), request.params.id, patch) };
    },
  );

  app.delete(
    '/indicators/:id',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        querystring: VersionQuerySchema,
        response: indicatorAnswers.deleted,
      },
    },
    async (request, reply) => {
      const read = versionRead(request, request.query.version);
      await indicators.remove(currentUser(request), request.params.id, read);
      return reply.status(204).send();
    },
  );
};
