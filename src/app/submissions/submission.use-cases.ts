// Submissions of a reporting regime: the board a higher unit reads, a unit's submit, and the approving
// level's approve, return and unlock. Each runs in one transaction and throws only core's DomainError;
// the figures an approval locks are guarded in the database (migration 0013), so no write path escapes.
import { DomainError } from '../../core/errors';
import { regimeReporters } from '../../core/regime';
import {
  applySubmission,
  daysLate,
  type SubmissionAction,
  type SubmissionState,
  submissionLabel,
} from '../../core/submission';
import {
  inActorScope,
  requireApprover,
  requireSubmitter,
  type SubmissionActor,
} from '../../core/submission-access';
import type { Unit } from '../../core/types';
import type { Db, Executor } from '../../db/database';
import { DbError } from '../../db/errors';
import { createRegimeRepository } from '../../db/regime.repository';
import {
  createSubmissionRepository,
  type Submission,
  type SubmissionActionEntry,
  type SubmissionChange,
} from '../../db/submission.repository';
import {
  boardReporters,
  contextOf,
  type RegimePeriodContext,
  regimeByCode,
  unitByCode,
} from './regime-period-context';
import { type Board, boardRows } from './submission-board';

export type { SubmissionActor } from '../../core/submission-access';
export type { Board, BoardRow } from './submission-board';

export interface BoardQuery {
  regime: string;
  period: string;
  /** The higher unit's code; the actor's scope unit (or the regime's root) when absent. */
  unit?: string | undefined;
  /** Only the rows of this status. */
  status?: Submission['status'] | undefined;
}

export interface SubmissionView {
  id: number;
  regime: string;
  period: string;
  unit: Pick<Unit, 'code' | 'name'>;
  status: Submission['status'];
  /** As the board says it: "đã nộp (trễ 2 ngày)", "bị trả lại: thiếu số liệu". */
  label: string;
  dueOn: string;
  submittedAt: string | null;
  daysLate: number | null;
  returnReason: string | null;
  approvedAt: string | null;
  locked: boolean;
  version: number;
  history: SubmissionActionEntry[];
}

export type ReviewAction = 'approve' | 'return' | 'unlock';

/** Refuses a unit that does not report under the regime in the period (outside its tree or its kind). */
function requireReporter(context: RegimePeriodContext, unit: Unit): void {
  const reporting = regimeReporters(context.units, context.regime, context.period);
  if (!reporting.some((u) => u.id === unit.id)) {
    throw new DomainError(
      'invalid_input',
      'unit',
      `đơn vị "${unit.name}" không phải đơn vị báo cáo của chế độ ${context.regime.code} kỳ ${context.period.code}`,
    );
  }
}

function stateOf(submission: Submission | null, due: string): SubmissionState {
  return {
    status: submission?.status ?? 'not_submitted',
    dueOn: due,
    submittedAt: submission?.submittedAt ?? null,
    locked: submission?.locked ?? false,
    returnReason: submission?.returnReason ?? null,
  };
}

/** The stored columns after an action: an approval records who and when; anything else clears it. */
function changeAfter(
  before: Submission | null,
  next: SubmissionState,
  actor: SubmissionActor,
  action: SubmissionAction,
  at: string,
): SubmissionChange {
  const approved = action.kind === 'approve';
  return {
    status: next.status,
    submittedAt: next.submittedAt,
    submittedBy: action.kind === 'submit' ? actor.id : (before?.submittedBy ?? null),
    returnReason: next.returnReason,
    approvedBy: approved ? actor.id : null,
    approvedAt: approved ? at : null,
    locked: next.locked,
  };
}

/**
 * Two first submissions of one report at once meet the unique key; the row lock makes a stale version
 * unlikely but not impossible: both leave as core's DomainError with the repository's message.
 */
async function asDomainError<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof DbError && (error.code === 'duplicate' || error.code === 'stale_version')) {
      throw new DomainError(error.code, null, error.message);
    }
    throw error;
  }
}

export function createSubmissionUseCases(db: Db, clock: { now(): Date } = { now: () => new Date() }) {
  async function view(ex: Executor, context: RegimePeriodContext, s: Submission): Promise<SubmissionView> {
    const unit = context.index.get(s.unitId)!;
    const state = stateOf(s, context.due);
    return {
      id: s.id,
      regime: context.regime.code,
      period: s.period,
      unit: { code: unit.code, name: unit.name },
      status: s.status,
      label: submissionLabel(state),
      dueOn: context.due,
      submittedAt: s.submittedAt,
      daysLate: s.submittedAt === null ? null : daysLate(context.due, s.submittedAt),
      returnReason: s.returnReason,
      approvedAt: s.approvedAt,
      locked: s.locked,
      version: s.version,
      history: await createSubmissionRepository(ex).findHistory(s.id, ex),
    };
  }

  /** Applies one action to a submission read under its row lock, and records it in the history. */
  async function act(
    tx: Executor,
    context: RegimePeriodContext,
    unit: Unit,
    actor: SubmissionActor,
    action: SubmissionAction,
  ): Promise<SubmissionView> {
    const repository = createSubmissionRepository(tx);
    const key = { regimeId: context.regime.id, unitId: unit.id, period: context.period.code };
    const before = await repository.lockByKey(key, tx);
    const next = applySubmission(stateOf(before, context.due), action);
    const change = changeAfter(before, next, actor, action, clock.now().toISOString());
    const saved = await asDomainError(() =>
      before ? repository.update(before.id, before.version, change, tx) : repository.create(key, change, tx),
    );
    const reason = action.kind === 'return' || action.kind === 'unlock' ? action.reason.trim() : null;
    await repository.appendAction(saved.id, { action: action.kind, reason }, { userId: actor.id }, tx);
    return view(tx, context, saved);
  }

  return {
    /**
     * The board of a higher unit for a regime period: its reporting units (valid at the period's end)
     * with status, lateness, completeness of the regime's indicators, approval and lock.
     */
    async board(actor: SubmissionActor, query: BoardQuery): Promise<Board> {
      return db.transaction(async (tx) => {
        const context = await contextOf(tx, await regimeByCode(tx, query.regime), query.period);
        const reporters = boardReporters(context, actor, query.unit);
        const repository = createSubmissionRepository(tx);
        const period = context.period.code;
        const submissions = await repository.findForBoard({ regimeId: context.regime.id, period }, tx);
        const reported = await repository.countReported(
          { period, unitIds: reporters.map((u) => u.id), indicatorIds: context.regime.indicatorIds },
          tx,
        );
        const units = boardRows({
          reporters,
          submissions,
          reported,
          expected: context.regime.indicatorIds.length,
          dueOn: context.due,
          asOf: clock.now().toISOString(),
        });
        const shown = query.status === undefined ? units : units.filter((r) => r.status === query.status);
        return {
          regime: context.regime.code,
          period,
          window: context.window,
          deadline: context.due,
          units: shown,
        };
      });
    },

    /** A unit's report submitted (or resubmitted after a return) by an editor whose scope holds it. */
    async submit(
      actor: SubmissionActor,
      input: { regime: string; period: string; unit: string },
    ): Promise<SubmissionView> {
      return db.transaction(async (tx) => {
        const context = await contextOf(tx, await regimeByCode(tx, input.regime), input.period);
        const unit = unitByCode(context, input.unit);
        requireSubmitter(context.index, actor, unit);
        requireReporter(context, unit);
        return act(tx, context, unit, actor, { kind: 'submit', at: clock.now().toISOString() });
      });
    },

    /** Approve (locking the figures), return with a reason, or unlock with a reason: the approving level. */
    async review(
      actor: SubmissionActor,
      id: number,
      action: ReviewAction,
      reason = '',
    ): Promise<SubmissionView> {
      return db.transaction(async (tx) => {
        const found = await createSubmissionRepository(tx).findById(id, tx);
        if (!found) throw new DomainError('not_found', 'id', `không có báo cáo nộp id ${id}`);
        const regimes = await createRegimeRepository(tx).findAll(tx);
        const regime = regimes.find((r) => r.id === found.regimeId)!;
        const context = await contextOf(tx, regime, found.period);
        const unit = context.index.get(found.unitId) as Unit;
        requireApprover(context.index, actor, regime, unit);
        const change: SubmissionAction =
          action === 'approve' ? { kind: 'approve' } : { kind: action, reason };
        return act(tx, context, unit, actor, change);
      });
    },

    /** One submission as its unit and its approvers see it, with its history. */
    async show(actor: SubmissionActor, id: number): Promise<SubmissionView> {
      return db.transaction(async (tx) => {
        const found = await createSubmissionRepository(tx).findById(id, tx);
        const regime =
          found && (await createRegimeRepository(tx).findAll(tx)).find((r) => r.id === found.regimeId);
        if (!found || !regime) throw new DomainError('not_found', 'id', `không có báo cáo nộp id ${id}`);
        const context = await contextOf(tx, regime, found.period);
        if (!inActorScope(context.index, actor, found.unitId)) {
          throw new DomainError('forbidden', null, 'báo cáo này nằm ngoài phạm vi của bạn');
        }
        return view(tx, context, found);
      });
    },
  };
}

export type SubmissionUseCases = ReturnType<typeof createSubmissionUseCases>;
