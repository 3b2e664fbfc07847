// Targets of a unit: auth → validate (the contract) → the target use cases → present.
import {
  IdParamsSchema,
  TargetCreateSchema,
  TargetPatchSchema,
  TargetQuerySchema,
  targetAnswers,
  VersionQuerySchema,
} from '../../contract';
import { currentUser } from '../auth/auth.plugin';
import type { RouteModule } from '../context';
import { versionRead } from '../shared/version-read';

export const targetRoutes: RouteModule = (app, { services }) => {
  const { targets } = services;
  const tags = ['targets'];

  app.get(
    '/targets',
    { schema: { tags, querystring: TargetQuerySchema, response: targetAnswers.list } },
    async (request) => ({ targets: await targets.list(currentUser(request), request.query) }),
  );

  app.post(
    '/targets',
    { schema: { tags, body: TargetCreateSchema, response: targetAnswers.created } },
    async (request, reply) => {
      const target = await targets.create(currentUser(request), request.body);
      return reply.status(201).send({ target });
    },
  );

  app.patch(
    '/targets/:id',
    { schema: { tags, params: IdParamsSchema, body: TargetPatchSchema, response: targetAnswers.changed } },
    async (request) => {
      const patch = { ...request.body, version: versionRead(request, request.body.version) };
      return { target: await targets.change(currentUser(request), request.params.id, patch) };
    },
  );

  app.delete(
    '/targets/:id',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        querystring: VersionQuerySchema,
        response: targetAnswers.deleted,
      },
    },
    async (request, reply) => {
      const read = versionRead(request, request.query.version);
      await targets.remove(currentUser(request), request.params.id, read);
      return reply.status(204).send();
    },
  );
};
