// One unit's report for one regime period and what happened to it: submitted (on time or N days late),
// returned with a reason, approved — which locks its figures — and unlocked again with a reason.
import { DomainError } from './errors';
import type { Language } from './words';

export type SubmissionStatus = 'not_submitted' | 'submitted' | 'returned' | 'approved';

export interface SubmissionState {
  status: SubmissionStatus;
  /** ISO date the report is due (Regime.deadline → dueOn). */
  dueOn: string;
  /** ISO moment of the latest submission; null before the first. */
  submittedAt: string | null;
  locked: boolean;
  /** Why it was returned, shown to the unit; null unless returned. */
  returnReason: string | null;
}

export type SubmissionAction =
  | { kind: 'submit'; at: string }
  | { kind: 'approve' }
  | { kind: 'return'; reason: string }
  | { kind: 'unlock'; reason: string };

export type SubmissionActionKind = SubmissionAction['kind'];

const DAY_MS = 86_400_000;

/** The statuses in words, Vietnamese first: the board, the CLI and the web say them one way. */
export const SUBMISSION_STATUS_WORDS: Record<Language, Record<SubmissionStatus, string>> = {
  vi: { not_submitted: 'chưa nộp', submitted: 'đã nộp', returned: 'bị trả lại', approved: 'đã duyệt' },
  en: { not_submitted: 'not submitted', submitted: 'submitted', returned: 'returned', approved: 'approved' },
};
const LABELS = SUBMISSION_STATUS_WORDS.vi;

/**
 * The calendar day in Vietnam (UTC+7) of a moment, as an ISO date.
 * @example vietnamDay('2024-03-18T17:00:00Z') === '2024-03-19'
 */
export function vietnamDay(moment: string): string {
  return new Date(Date.parse(moment) + 7 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Days after the deadline a report arrived, counted in Vietnam's calendar days (UTC+7); 0 when on time.
 * @example daysLate('2024-03-18', '2024-03-20T02:00:00Z') === 2; daysLate('2024-03-18', '2024-03-18T16:59:59Z') === 0
 */
export function daysLate(dueOn: string, submittedAt: string): number {
  const localDay = vietnamDay(submittedAt);
  return Math.max(0, (Date.parse(`${localDay}T00:00:00Z`) - Date.parse(`${dueOn}T00:00:00Z`)) / DAY_MS);
}

/**
 * The status as the board shows it: "đã nộp (đúng hạn)", "đã nộp (trễ 2 ngày)", "bị trả lại: thiếu số liệu".
 * @example submissionLabel({ status: 'submitted', dueOn: '2024-03-18', submittedAt: '2024-03-20T02:00:00Z', locked: false, returnReason: null })
 *   === 'đã nộp (trễ 2 ngày)'
 */
export function submissionLabel(state: SubmissionState): string {
  if (state.status === 'returned') return `${LABELS.returned}: ${state.returnReason ?? ''}`.trim();
  if (state.status === 'not_submitted' || state.submittedAt === null) return LABELS[state.status];
  const late = daysLate(state.dueOn, state.submittedAt);
  return `${LABELS[state.status]} (${late === 0 ? 'đúng hạn' : `trễ ${late} ngày`})`;
}

function refuse(field: string | null, why: string): never {
  throw new DomainError('invalid_input', field, why);
}

function reasonOf(reason: string, field: string): string {
  const text = reason.normalize('NFC').trim();
  return text === '' ? refuse(field, 'cần ghi lý do') : text;
}

/**
 * Why an action does not apply to a submission in this state, or null when it does: the rule the use
 * cases enforce and the screens ask before they offer a button. The reason an action needs is not its part.
 * @example submissionRefusal({ status: 'approved', locked: true, … }, 'approve') === 'báo cáo đã duyệt, không duyệt được'
 */
export function submissionRefusal(
  state: Pick<SubmissionState, 'status' | 'locked'>,
  kind: SubmissionActionKind,
): string | null {
  switch (kind) {
    case 'submit':
      return state.status === 'approved' || state.status === 'submitted'
        ? `báo cáo ${LABELS[state.status]}, không nộp lại được`
        : null;
    case 'approve':
      return state.status === 'submitted' ? null : `báo cáo ${LABELS[state.status]}, không duyệt được`;
    case 'return':
      return state.status === 'submitted' || state.status === 'approved'
        ? null
        : `báo cáo ${LABELS[state.status]}, không trả lại được`;
    case 'unlock':
      return state.locked ? null : 'số liệu của báo cáo chưa bị khóa';
  }
}

function refuseUnless(state: SubmissionState, kind: SubmissionActionKind): void {
  const refusal = submissionRefusal(state, kind);
  if (refusal !== null) refuse(null, refusal);
}

/**
 * The state after an action, or DomainError 'invalid_input' when the action does not apply: approving
 * twice, approving or returning what is not submitted, submitting what is approved, unlocking without a
 * reason or what is not locked.
 * @example applySubmission({ status: 'submitted', … }, { kind: 'approve' }) → { status: 'approved', locked: true, … }
 */
export function applySubmission(state: SubmissionState, action: SubmissionAction): SubmissionState {
  switch (action.kind) {
    case 'submit':
      refuseUnless(state, 'submit');
      return { ...state, status: 'submitted', submittedAt: action.at, returnReason: null };
    case 'approve':
      refuseUnless(state, 'approve');
      return { ...state, status: 'approved', locked: true };
    case 'return': {
      const reason = reasonOf(action.reason, 'reason');
      refuseUnless(state, 'return');
      // Returning unlocks the figures for the unit to correct.
      return { ...state, status: 'returned', locked: false, returnReason: reason };
    }
    case 'unlock': {
      reasonOf(action.reason, 'reason');
      refuseUnless(state, 'unlock');
      return { ...state, status: 'submitted', locked: false };
    }
  }
}
