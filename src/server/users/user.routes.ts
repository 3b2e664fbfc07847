// Accounts: auth → validate (the contract) → the account use cases → present (never the password hash).
import {
  IdParamsSchema,
  PasswordChangeSchema,
  UserActiveSchema,
  UserCreateSchema,
  UserPatchSchema,
  userAnswers,
} from '../../contract';
import { currentAuth, currentUser } from '../auth/auth.plugin';
import { passwordChangeLimiter } from '../auth/login-limit';
import type { RouteModule } from '../context';
import { presentAccount, presentUser } from './user.presenter';

export const userRoutes: RouteModule = (app, { services, config, db }) => {
  const { accounts } = services;
  const tags = ['users'];

  app.get('/users', { schema: { tags, response: userAnswers.list } }, async (request) => ({
    users: (await accounts.list(currentUser(request))).map(presentAccount),
  }));

  app.post(
    '/users',
    { schema: { tags, body: UserCreateSchema, response: userAnswers.created } },
    async (request, reply) => {
      const user = await accounts.create(currentUser(request), request.body);
      return reply.status(201).send({ user: presentUser(user) });
    },
  );

  app.patch(
    '/users/:id',
    { schema: { tags, params: IdParamsSchema, body: UserPatchSchema, response: userAnswers.changed } },
    async (request) => {
      const keepSession = currentAuth(request).sessionId;
      const user = await accounts.change(currentUser(request), request.params.id, request.body, {
        keepSession,
      });
      return { user: presentUser(user) };
    },
  );

  app.put(
    '/users/:id/active',
    { schema: { tags, params: IdParamsSchema, body: UserActiveSchema, response: userAnswers.activated } },
    async (request) => {
      const user = await accounts.setActive(currentUser(request), request.params.id, request.body.active);
      return { user: presentAccount(user) };
    },
  );

  // Any signed-in user, admin or not: their own password only, never another's (that is PATCH /users/:id).
  app.post(
    '/auth/password',
    {
      schema: { tags: ['auth'], body: PasswordChangeSchema, response: userAnswers.passwordChanged },
      preHandler: passwordChangeLimiter(db, config.loginRateLimit),
    },
    async (request, reply) => {
      const auth = currentAuth(request);
      await accounts.changeOwnPassword(auth.user, request.body, { keepSession: auth.sessionId });
      return reply.status(204).send();
    },
  );
};
