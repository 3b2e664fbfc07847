import { index, text, timestamp, unique } from 'drizzle-orm/pg-core';
import type { ReminderKind } from '../core/reminder';
import { oneOf, requiredRef, timestampNow } from './columns';
import { recordTable } from './record-table';
import { regimes } from './regime.schema';
import { units } from './unit.schema';

/**
 * A unit's in-app notification of a regime period, one per unit × regime × period × kind (the unique key
 * makes a reminder pass idempotent); `emailed_at` records the e-mail once sent, so a failed send is retried.
 */
export const notifications = recordTable(
  'notifications',
  {
    unitId: requiredRef('unit_id', () => units.id),
    regimeId: requiredRef('regime_id', () => regimes.id, 'cascade'),
    period: text('period').notNull(),
    kind: text('kind').$type<ReminderKind>().notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    createdAt: timestampNow('created_at'),
    readAt: timestamp('read_at', { withTimezone: true }),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
  },
  (t) => [
    unique('notifications_unit_regime_period_kind_unique').on(t.unitId, t.regimeId, t.period, t.kind),
    oneOf('notifications_kind_check', t.kind, ['deadline_near', 'overdue']),
    index('notifications_unit_id_idx').on(t.unitId),
  ],
);
