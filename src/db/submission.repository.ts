// Submissions (one unit's report for one regime period) and their append-only history of actions. The
// figures they lock are guarded by the trigger of migration 0013, not here: every write path meets it.
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { SubmissionStatus } from '../core/submission';
import type { Actor } from './audit.repository';
import { type Executor, rowsOf } from './database';
import { DbError, mappingErrors } from './errors';
import { type SubmissionActionKind, submissionActions, submissions } from './submission.schema';

export interface SubmissionKey {
  regimeId: number;
  unitId: number;
  period: string;
}

export interface Submission extends SubmissionKey {
  id: number;
  status: SubmissionStatus;
  /** ISO moments; null before the first submission or approval. */
  submittedAt: string | null;
  submittedBy: number | null;
  returnReason: string | null;
  approvedBy: number | null;
  approvedAt: string | null;
  locked: boolean;
  version: number;
}

/** A board row's submission, with the approver's name as the board shows it. */
export type BoardSubmission = Submission & { approvedByName: string | null };

export type SubmissionChange = Pick<
  Submission,
  'status' | 'submittedAt' | 'submittedBy' | 'returnReason' | 'approvedBy' | 'approvedAt' | 'locked'
>;

export interface SubmissionActionEntry {
  action: SubmissionActionKind;
  userId: number | null;
  reason: string | null;
  at: string;
}

type Row = typeof submissions.$inferSelect;

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

function toSubmission({ createdAt: _, submittedAt, approvedAt, ...row }: Row): Submission {
  return { ...row, submittedAt: iso(submittedAt), approvedAt: iso(approvedAt) };
}

/** A timestamptz as `Date.toISOString()` writes it, `2025-08-20T02:00:00.000Z`. */
const isoText = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const toDate = (moment: string | null) => (moment === null ? null : new Date(moment));

export function createSubmissionRepository(db: Executor) {
  return {
    async findById(id: number, ex: Executor = db): Promise<Submission | null> {
      const [row] = await ex.select().from(submissions).where(eq(submissions.id, id));
      return row ? toSubmission(row) : null;
    },

    /** The submission under a row lock, so two approvers of one report act one after the other. */
    async lockByKey(key: SubmissionKey, tx: Executor): Promise<Submission | null> {
      const [row] = await tx
        .select()
        .from(submissions)
        .where(
          and(
            eq(submissions.regimeId, key.regimeId),
            eq(submissions.unitId, key.unitId),
            eq(submissions.period, key.period),
          ),
        )
        .for('update');
      return row ? toSubmission(row) : null;
    },

    /**
     * A regime period's submissions, with approvers' names: one indexed read for a board of 3,321
     * communes. Plain SQL with the moments formatted as ISO text by PostgreSQL: building 2,000 rows through
     * drizzle's nested select and Date objects took half of the board's time.
     */
    async findForBoard(
      { regimeId, period }: Pick<SubmissionKey, 'regimeId' | 'period'>,
      ex: Executor = db,
    ): Promise<BoardSubmission[]> {
      const rows = await rowsOf<BoardSubmission>(
        ex,
        sql`select s.id, s.regime_id as "regimeId", s.unit_id as "unitId", s.period, s.status,
            ${isoText(sql`s.submitted_at`)} as "submittedAt", s.submitted_by as "submittedBy",
            s.return_reason as "returnReason", s.approved_by as "approvedBy",
            ${isoText(sql`s.approved_at`)} as "approvedAt", s.locked, s.version,
            u.display_name as "approvedByName"
          from submissions s left join users u on u.id = s.approved_by
          where s.regime_id = ${regimeId} and s.period = ${period}`,
      );
      return rows.map((r) => ({ ...r, id: Number(r.id), unitId: Number(r.unitId) }));
    },

    /**
     * How many of the regime's indicators each unit has a figure for in the period (any kind), counted in
     * SQL by the (period, unit_id) index: the board's completeness "38/42 chỉ tiêu".
     */
    async countReported(
      { period, unitIds, indicatorIds }: { period: string; unitIds: number[]; indicatorIds: number[] },
      ex: Executor = db,
    ): Promise<Map<number, number>> {
      if (unitIds.length === 0 || indicatorIds.length === 0) return new Map();
      const rows = await rowsOf<{ unitId: number; reported: number }>(
        ex,
        sql`select unit_id as "unitId", count(distinct indicator_id)::int as reported
          from observations
          where period = ${period} and unit_id = any(${sql.param(unitIds)}::integer[])
            and indicator_id = any(${sql.param(indicatorIds)}::integer[])
          group by unit_id`,
      );
      return new Map(rows.map((r) => [Number(r.unitId), Number(r.reported)]));
    },

    /** The first submission of a unit for a period: the row and its first action in one transaction. */
    async create(key: SubmissionKey, change: SubmissionChange, tx: Executor): Promise<Submission> {
      const [row] = await mappingErrors(
        () =>
          tx
            .insert(submissions)
            .values({
              ...key,
              ...change,
              submittedAt: toDate(change.submittedAt),
              approvedAt: toDate(change.approvedAt),
            })
            .returning(),
        `unit: unit ${key.unitId} already has a submission for ${key.period}`,
      );
      return toSubmission(row!);
    },

    /** Changes a submission read at `version`; a newer one answers stale_version. */
    async update(id: number, version: number, change: SubmissionChange, tx: Executor): Promise<Submission> {
      const [row] = await tx
        .update(submissions)
        .set({
          ...change,
          submittedAt: toDate(change.submittedAt),
          approvedAt: toDate(change.approvedAt),
          version: version + 1,
        })
        .where(and(eq(submissions.id, id), eq(submissions.version, version)))
        .returning();
      if (!row) {
        throw new DbError('stale_version', `version: submission ${id} is no longer at version ${version}`);
      }
      return toSubmission(row);
    },

    async appendAction(
      submissionId: number,
      entry: { action: SubmissionActionKind; reason: string | null },
      actor: Actor,
      tx: Executor,
    ): Promise<void> {
      await tx.insert(submissionActions).values({ submissionId, userId: actor.userId, ...entry });
    },

    async findHistory(submissionId: number, ex: Executor = db): Promise<SubmissionActionEntry[]> {
      const rows = await ex
        .select()
        .from(submissionActions)
        .where(eq(submissionActions.submissionId, submissionId))
        .orderBy(asc(submissionActions.id));
      return rows.map((r) => ({
        action: r.action,
        userId: r.userId,
        reason: r.reason,
        at: r.at.toISOString(),
      }));
    },
  };
}

export type SubmissionRepository = ReturnType<typeof createSubmissionRepository>;
