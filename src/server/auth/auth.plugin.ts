// Every API route needs a session unless it says `config: { public: true }`; every state-changing
// request also needs the session's CSRF token in x-csrf-token. Both are checked before the body is read.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { User } from '../../core/types';
import { ApiError, unauthenticated } from '../errors/api-error';
import type { AuthStore } from './auth-store';
import { CSRF_HEADER, SESSION_COOKIE, sameToken, sessionIdOf } from './session-token';

export interface RequestAuth {
  user: User;
  sessionId: string;
  csrfToken: string;
  /**
   * The data version when the session was read, at the start of the request: reads cached under it are
   * current for this request, with no second round trip to the database.
   */
  dataVersion: number;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: RequestAuth | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The session of the request, or null; does not refuse. */
export async function readSession(request: FastifyRequest, store: AuthStore): Promise<RequestAuth | null> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return null;
  const sessionId = sessionIdOf(token);
  const session = await store.findSession(sessionId, new Date());
  if (!session) return null;
  return { user: session.user, sessionId, csrfToken: session.csrfToken, dataVersion: session.dataVersion };
}

export function installAuth(app: FastifyInstance, store: AuthStore): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.config.public) return;
    const auth = await readSession(request, store);
    if (!auth) throw unauthenticated();
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameToken(sent, auth.csrfToken)) {
        throw new ApiError(403, 'csrf', `Thiếu hoặc sai mã chống giả mạo (header ${CSRF_HEADER})`);
      }
    }
    request.auth = auth;
  });
}

/** The session of a route that is not public (the hook guarantees one). */
export function currentAuth(request: FastifyRequest): RequestAuth {
  if (!request.auth) throw unauthenticated();
  return request.auth;
}

/** The signed-in user of a route that is not public (the hook guarantees one). */
export function currentUser(request: FastifyRequest): User {
  return currentAuth(request).user;
}
