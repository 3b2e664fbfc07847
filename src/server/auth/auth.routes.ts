// Login, logout and "who am I". Login is rate limited per username and per client address, so guessing
// a password costs minutes rather than milliseconds.
import type { FastifyReply } from 'fastify';
import { hashPassword, verifyPassword } from '../../app/accounts/password';
import { LoginSchema, LogoutBodySchema, userAnswers } from '../../contract';
import type { User } from '../../core/types';
import type { RouteModule } from '../context';
import { ApiError } from '../errors/api-error';
import { presentUser } from '../users/user.presenter';
import { currentUser } from './auth.plugin';
import type { AuthStore } from './auth-store';
import { ADDRESS_LIMIT_FACTOR, loginLimiter } from './login-limit';
import { newCsrfToken, newSessionToken, SESSION_COOKIE, SESSION_TTL_MS, sessionIdOf } from './session-token';

// Verifying against a real hash when the user does not exist keeps the timing of both failures alike.
let dummyHash: Promise<string> | null = null;
const dummy = () => {
  dummyHash ??= hashPassword(newSessionToken());
  return dummyHash;
};

function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure,
    maxAge: SESSION_TTL_MS / 1000,
  });
}

async function login(store: AuthStore, username: string, password: string): Promise<User> {
  const found = await store.findLogin(username);
  const ok = await verifyPassword(found?.passwordHash ?? (await dummy()), password);
  if (!found || !ok) throw new ApiError(401, 'invalid_credentials', 'Sai tên đăng nhập hoặc mật khẩu');
  // Said only after the right password, so a guesser learns nothing about which accounts exist.
  if (!found.active)
    throw new ApiError(
      403,
      'account_deactivated',
      'Tài khoản đã bị khóa; hãy liên hệ quản trị viên để mở lại',
    );
  return found.user;
}

export function authRoutes(store: AuthStore): RouteModule {
  return (app, { config, db }) => {
    const limitLogin = loginLimiter(db, {
      perUsername: config.loginRateLimit,
      perAddress: config.loginRateLimit * ADDRESS_LIMIT_FACTOR,
    });
    app.post(
      '/auth/login',
      {
        schema: { tags: ['auth'], body: LoginSchema, response: userAnswers.session },
        config: { public: true },
        preHandler: limitLogin,
      },
      async (request, reply) => {
        const user = await login(store, request.body.username, request.body.password);
        const token = newSessionToken();
        const csrfToken = newCsrfToken();
        const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
        await store.createSession({ id: sessionIdOf(token), userId: user.id, csrfToken, expiresAt });
        setSessionCookie(reply, token, config.secureCookies || request.protocol === 'https');
        return { user: presentUser(user), csrfToken };
      },
    );

    app.post(
      '/auth/logout',
      { schema: { tags: ['auth'], body: LogoutBodySchema, response: userAnswers.loggedOut } },
      async (request, reply) => {
        if (request.auth) await store.deleteSession(request.auth.sessionId);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send();
      },
    );

    app.get('/auth/me', { schema: { tags: ['auth'], response: userAnswers.session } }, async (request) => ({
      user: presentUser(currentUser(request)),
      csrfToken: request.auth?.csrfToken ?? '',
    }));
  };
}
