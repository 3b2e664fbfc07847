// A create route's body run once per Idempotency-Key: the repeat of a double click gets the first answer
// (same status and body, and `idempotent-replayed: true`) instead of a second record.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db, Executor } from '../../db/database';
import { createIdempotencyRepository, type StoredAnswer } from '../../db/idempotency.repository';
import { currentUser } from '../auth/auth.plugin';

/** The transaction a create runs in: the key's, or the database itself when no key was sent. */
export type OnceTx = Executor;
export type CreateOnce = ReturnType<typeof createOnce>;

export function createOnce(db: Db) {
  const keys = createIdempotencyRepository(db);
  return async (
    request: FastifyRequest,
    reply: FastifyReply,
    create: (tx: Executor) => Promise<StoredAnswer>,
  ): Promise<FastifyReply> => {
    const header = request.headers['idempotency-key'];
    const key = typeof header === 'string' ? header : undefined;
    const route = `${request.method} ${request.routeOptions.url ?? request.url}`;
    const answer = key
      ? await keys.runOnce({ userId: currentUser(request).id, key, route }, create)
      : { ...(await create(db)), replayed: false };
    if (answer.replayed) reply.header('idempotent-replayed', 'true');
    return reply.status(answer.status).send(answer.body);
  };
}
