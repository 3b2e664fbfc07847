import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import {
  applySubmission,
  daysLate,
  type SubmissionActionKind,
  type SubmissionState,
  submissionLabel,
  submissionRefusal,
  vietnamDay,
} from './submission';

const fresh: SubmissionState = {
  status: 'not_submitted',
  dueOn: '2024-03-18',
  submittedAt: null,
  locked: false,
  returnReason: null,
};

describe('daysLate', () => {
  it('counts calendar days in Vietnam after the deadline', () => {
    expect(daysLate('2024-03-18', '2024-03-18T16:59:59Z')).toBe(0);
    expect(daysLate('2024-03-18', '2024-03-18T17:00:00Z')).toBe(1);
    expect(daysLate('2024-03-18', '2024-03-10T03:00:00Z')).toBe(0);
    expect(daysLate('2024-02-28', '2024-03-01T02:00:00Z')).toBe(2);
  });
});

describe('applySubmission', () => {
  it('walks submit → return → resubmit → approve → unlock, labelled as the board shows it', () => {
    const labels: string[] = [submissionLabel(fresh)];
    let state = applySubmission(fresh, { kind: 'submit', at: '2024-03-17T09:00:00Z' });
    labels.push(submissionLabel(state));
    state = applySubmission(state, { kind: 'return', reason: '  thiếu số liệu BHYT ' });
    labels.push(submissionLabel(state));
    state = applySubmission(state, { kind: 'submit', at: '2024-03-20T02:00:00Z' });
    labels.push(submissionLabel(state));
    state = applySubmission(state, { kind: 'approve' });
    labels.push(submissionLabel(state));
    expect(state.locked).toBe(true);
    state = applySubmission(state, { kind: 'unlock', reason: 'sửa số liệu tôm' });
    expect(labels).toEqual([
      'chưa nộp',
      'đã nộp (đúng hạn)',
      'bị trả lại: thiếu số liệu BHYT',
      'đã nộp (trễ 2 ngày)',
      'đã duyệt (trễ 2 ngày)',
    ]);
    expect(state).toEqual({
      status: 'submitted',
      dueOn: '2024-03-18',
      submittedAt: '2024-03-20T02:00:00Z',
      locked: false,
      returnReason: null,
    });
  });

  it.each([
    [
      'approving twice',
      { ...fresh, status: 'approved', locked: true },
      { kind: 'approve' },
      'báo cáo đã duyệt, không duyệt được',
    ],
    ['approving what is not submitted', fresh, { kind: 'approve' }, 'báo cáo chưa nộp, không duyệt được'],
    [
      'unlocking without a reason',
      { ...fresh, status: 'approved', locked: true },
      { kind: 'unlock', reason: ' ' },
      'reason: cần ghi lý do',
    ],
    [
      'unlocking what is not locked',
      { ...fresh, status: 'submitted' },
      { kind: 'unlock', reason: 'x' },
      'số liệu của báo cáo chưa bị khóa',
    ],
    [
      'returning without a reason',
      { ...fresh, status: 'submitted' },
      { kind: 'return', reason: '' },
      'reason: cần ghi lý do',
    ],
    [
      'returning what is not submitted',
      fresh,
      { kind: 'return', reason: 'x' },
      'báo cáo chưa nộp, không trả lại được',
    ],
    [
      'submitting what is approved',
      { ...fresh, status: 'approved', locked: true },
      { kind: 'submit', at: '2024-03-01T00:00:00Z' },
      'báo cáo đã duyệt, không nộp lại được',
    ],
  ] as const)('refuses %s', (_, state, action, message) => {
    const attempt = () => applySubmission(state as SubmissionState, action);
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow(message);
  });
});

describe('submissionRefusal', () => {
  const offered = (state: Pick<SubmissionState, 'status' | 'locked'>) =>
    (['submit', 'approve', 'return', 'unlock'] as SubmissionActionKind[]).filter(
      (kind) => submissionRefusal(state, kind) === null,
    );

  it('offers each status the actions applySubmission takes', () => {
    expect(offered({ status: 'not_submitted', locked: false })).toEqual(['submit']);
    expect(offered({ status: 'submitted', locked: false })).toEqual(['approve', 'return']);
    expect(offered({ status: 'returned', locked: false })).toEqual(['submit']);
    expect(offered({ status: 'approved', locked: true })).toEqual(['return', 'unlock']);
  });

  it('says why in the words applySubmission throws', () => {
    expect(submissionRefusal({ status: 'returned', locked: false }, 'approve')).toBe(
      'báo cáo bị trả lại, không duyệt được',
    );
  });
});

describe('vietnamDay', () => {
  it('turns a moment into the day it was in Vietnam (UTC+7)', () => {
    expect(vietnamDay('2024-03-18T16:59:59Z')).toBe('2024-03-18');
    expect(vietnamDay('2024-03-18T17:00:00.000Z')).toBe('2024-03-19');
  });
});
