// Login attempts are counted twice, in the database so every app server counts together: per username
// (one account guessed from many addresses) and per client address (many accounts guessed from one).
// One combined key let either attacker start a fresh count by changing the other half.
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database';
import { createRateLimitRepository } from '../../db/rate-limit.repository';
import { ApiError } from '../errors/api-error';

const WINDOW_MS = 60_000;
/** One in this many new windows also sweeps the ended ones, so the table stays small without a scheduler. */
const SWEEP_EVERY = 50;
/** An office behind one address signs in several people a minute; one account needs far fewer tries. */
export const ADDRESS_LIMIT_FACTOR = 2;

export interface LoginLimits {
  perUsername: number;
  perAddress: number;
}

function usernameOf(request: FastifyRequest): string {
  const body = request.body as { username?: unknown } | undefined;
  return typeof body?.username === 'string' ? body.username.trim().toLowerCase() : '';
}

function rateLimited(ttlMs: number, what = 'Đăng nhập'): ApiError {
  return new ApiError(
    429,
    'rate_limited',
    `${what} quá nhiều lần; thử lại sau ${Math.ceil(ttlMs / 1000)} giây`,
  );
}

/** Counts one attempt under a key in the current window, sweeping ended windows now and then. */
function attemptCounter(db: Db) {
  const counters = createRateLimitRepository(db);
  let newWindows = 0;
  return async (key: string) => {
    const hit = await counters.hit(key, WINDOW_MS);
    if (hit.hits === 1 && ++newWindows % SWEEP_EVERY === 0) await counters.sweep();
    return hit;
  };
}

/**
 * A preHandler limiting password changes per signed-in user: a stolen session must not become an
 * oracle for guessing the current password.
 */
export function passwordChangeLimiter(db: Db, perUser: number) {
  const count = attemptCounter(db);
  return async (request: FastifyRequest): Promise<void> => {
    const hit = await count(`password-user|${request.auth?.user.id ?? ''}`);
    if (hit.hits > perUser) throw rateLimited(hit.ttlMs, 'Đổi mật khẩu');
  };
}

/** A preHandler counting the attempt under both keys, refusing with 429 once either is over its limit. */
export function loginLimiter(db: Db, limits: LoginLimits) {
  const count = attemptCounter(db);
  return async (request: FastifyRequest): Promise<void> => {
    const byName = await count(`login-user|${usernameOf(request)}`);
    const byAddress = await count(`login-address|${request.ip}`);
    const over = [
      byName.hits > limits.perUsername ? byName.ttlMs : null,
      byAddress.hits > limits.perAddress ? byAddress.ttlMs : null,
    ].filter((ttl) => ttl !== null);
    if (over.length > 0) throw rateLimited(Math.max(...over));
  };
}
