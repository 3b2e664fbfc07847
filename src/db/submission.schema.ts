import { sql } from 'drizzle-orm';
import { boolean, index, integer, text, timestamp, unique } from 'drizzle-orm/pg-core';
import type { SubmissionStatus } from '../core/submission';
import { oneOf, requiredRef, timestampNow, versionColumn } from './columns';
import { recordTable } from './record-table';
import { regimes } from './regime.schema';
import { units } from './unit.schema';
import { users } from './user.schema';

export const SUBMISSION_STATUSES: readonly SubmissionStatus[] = [
  'not_submitted',
  'submitted',
  'returned',
  'approved',
];
export type SubmissionActionKind = 'submit' | 'approve' | 'return' | 'unlock';
export const SUBMISSION_ACTIONS: readonly SubmissionActionKind[] = ['submit', 'approve', 'return', 'unlock'];

/** One unit's report for one regime period; a row exists from its first submission on. */
export const submissions = recordTable(
  'submissions',
  {
    regimeId: requiredRef('regime_id', () => regimes.id, 'cascade'),
    unitId: requiredRef('unit_id', () => units.id),
    /** The canonical period code of the regime's frequency, as figures store it: `2024-M3`. */
    period: text('period').notNull(),
    status: text('status').$type<SubmissionStatus>().notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: integer('submitted_by').references(() => users.id),
    returnReason: text('return_reason'),
    approvedBy: integer('approved_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    locked: boolean('locked').notNull().default(false),
    version: versionColumn(),
    createdAt: timestampNow('created_at'),
  },
  (t) => [
    unique('submissions_regime_unit_period_unique').on(t.regimeId, t.unitId, t.period),
    oneOf('submissions_status_check', t.status, SUBMISSION_STATUSES),
    // The figure-locking trigger reads only locked rows, by unit and period.
    index('submissions_locked_idx').on(t.unitId, t.period).where(sql`${t.locked}`),
  ],
);

/** Every action on a submission, append-only: who, when, what, and the reason given. */
export const submissionActions = recordTable(
  'submission_actions',
  {
    submissionId: requiredRef('submission_id', () => submissions.id, 'cascade'),
    userId: integer('user_id').references(() => users.id),
    action: text('action').$type<SubmissionActionKind>().notNull(),
    reason: text('reason'),
    at: timestampNow('at'),
  },
  (t) => [
    oneOf('submission_actions_action_check', t.action, SUBMISSION_ACTIONS),
    index('submission_actions_submission_id_idx').on(t.submissionId),
  ],
);
