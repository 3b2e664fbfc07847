// One unit's report for one regime period and what happened to it: submitted (on time or N days late),
// returned with a reason, approved — which locks its figures — and unlocked again with a reason.
import { DomainError } from './errors';

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

const DAY_MS = 86_400_000;
const LABELS: Record<SubmissionStatus, string> = {
  not_submitted: 'chưa nộp',
  submitted: 'đã nộp',
  returned: 'bị trả lại',
  approved: 'đã duyệt',
};

/**
 * Days after the deadline a report arrived, counted in Vietnam's calendar days (UTC+7); 0 when on time.
 * @example daysLate('2024-03-18', '2024-03-20T02:00:00Z') === 2; daysLate('2024-03-18', '2024-03-18T16:59:59Z') === 0
 */
export function daysLate(dueOn: string, submittedAt: string): number {
  const localDay = new Date(Date.parse(submittedAt) + 7 * 3_600_000).toISOString().slice(0, 10);
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
 * The state after an action, or DomainError 'invalid_input' when the action does not apply: approving
 * twice, approving or returning what is not submitted, submitting what is approved, unlocking without a
 * reason or what is not locked.
 * @example applySubmission({ status: 'submitted', … }, { kind: 'approve' }) → { status: 'approved', locked: true, … }
 */
export function applySubmission(state: SubmissionState, action: SubmissionAction): SubmissionState {
  switch (action.kind) {
    case 'submit':
      if (state.status === 'approved' || state.status === 'submitted') {
        refuse(null, `báo cáo ${LABELS[state.status]}, không nộp lại được`);
      }
      return { ...state, status: 'submitted', submittedAt: action.at, returnReason: null };
    case 'approve':
      if (state.status !== 'submitted') refuse(null, `báo cáo ${LABELS[state.status]}, không duyệt được`);
      return { ...state, status: 'approved', locked: true };
    case 'return': {
      const reason = reasonOf(action.reason, 'reason');
      if (state.status !== 'submitted' && state.status !== 'approved') {
        refuse(null, `báo cáo ${LABELS[state.status]}, không trả lại được`);
      }
      // Returning unlocks the figures for the unit to correct.
      return { ...state, status: 'returned', locked: false, returnReason: reason };
    }
    case 'unlock': {
      reasonOf(action.reason, 'reason');
      if (!state.locked) refuse(null, 'số liệu của báo cáo chưa bị khóa');
      return { ...state, status: 'submitted', locked: false };
    }
  }
}
