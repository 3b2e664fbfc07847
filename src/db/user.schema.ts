import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { Role } from '../core/types';
import { oneOf, requiredRef, timestampNow } from './columns';
import { recordTable } from './record-table';
import { units } from './unit.schema';

export const users = recordTable(
  'users',
  {
    username: text('username').notNull().unique('users_username_unique'),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').$type<Role>().notNull(),
    scopeUnitId: integer('scope_unit_id').references(() => units.id),
    /** Where reminders are e-mailed; null: in-app notifications only. */
    email: text('email'),
    /** When an admin deactivated the account (login refused, sessions ended); null: active. */
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
    createdAt: timestampNow('created_at'),
  },
  (t) => [oneOf('users_role_check', t.role, ['admin', 'editor', 'viewer'])],
);

/** The id is a hash of the cookie's random token, so a leaked table does not leak live cookies. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: requiredRef('user_id', () => users.id, 'cascade'),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestampNow('created_at'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_id_idx').on(t.userId), index('sessions_expires_at_idx').on(t.expiresAt)],
);
