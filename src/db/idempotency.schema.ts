import { integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { requiredRef } from './columns';
import { users } from './user.schema';

/**
 * A create request's Idempotency-Key and the answer it got: the same key again (a double click, a retry after
 * a lost answer) gets that answer instead of a second visit or report. Claimed in the creating transaction,
 * so a concurrent duplicate waits for the first and then reads its answer.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: requiredRef('user_id', () => users.id, 'cascade'),
    key: text('key').notNull(),
    /** Which request the key was used for ("POST /visits"): the same key on another route is refused. */
    route: text('route').notNull(),
    status: integer('status'),
    body: jsonb('body'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);
