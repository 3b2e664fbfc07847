// Create requests that carry an Idempotency-Key run once per user and key; a repeat gets the first answer.
import { and, eq } from 'drizzle-orm';
import type { Executor } from './database';
import { DbError } from './errors';
import { idempotencyKeys } from './idempotency.schema';

export interface StoredAnswer {
  status: number;
  body: unknown;
}

export interface IdempotentRequest {
  userId: number;
  key: string;
  /** "POST /visits": a key is for one kind of request. */
  route: string;
}

export function createIdempotencyRepository(db: Executor) {
  return {
    /**
     * Runs `create` in a transaction that first claims the key; when the key was claimed before (a double
     * click: PostgreSQL makes the second claim wait for the first transaction), answers what the first got.
     * A failed create rolls its claim back with it, so the same key may try again.
     */
    async runOnce(
      { userId, key, route }: IdempotentRequest,
      create: (tx: Executor) => Promise<StoredAnswer>,
    ): Promise<StoredAnswer & { replayed: boolean }> {
      return db.transaction(async (tx) => {
        const claimed = await tx
          .insert(idempotencyKeys)
          .values({ userId, key, route })
          .onConflictDoNothing()
          .returning({ key: idempotencyKeys.key });
        const mine = and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key));
        if (claimed.length === 0) {
          const [first] = await tx.select().from(idempotencyKeys).where(mine);
          if (!first || first.route !== route || first.status === null)
            throw new DbError(
              'idempotency_key_reused',
              `Idempotency-Key: khóa "${key}" đã dùng cho yêu cầu khác (${first?.route ?? 'không rõ'})`,
            );
          return { status: first.status, body: first.body, replayed: true };
        }
        const answer = await create(tx);
        await tx.update(idempotencyKeys).set({ status: answer.status, body: answer.body }).where(mine);
        return { ...answer, replayed: false };
      });
    },
  };
}

export type IdempotencyRepository = ReturnType<typeof createIdempotencyRepository>;
