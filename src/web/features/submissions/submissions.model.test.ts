import { describe, expect, it } from 'vitest';
import type { SubmissionActor } from '../../../core/submission-access';
import {
  caiNuoc,
  editorOf,
  monthlyRegime,
  submissionUnits,
  tanHung,
  tranThoi,
} from '../../../core/testing/submission-tree';
import {
  type BoardRow,
  chosenPeriod,
  offeredActions,
  periodOptions,
  stateWords,
  statusCounts,
} from './submissions.model';

const units = submissionUnits;
const regime = monthlyRegime;
const monthly = { frequency: 'month', cutoff: 'nd09' } as const;

const row = (overrides: Partial<BoardRow> = {}): BoardRow => ({
  submissionId: null,
  unit: { code: tranThoi.code, name: tranThoi.name },
  status: 'not_submitted',
  returnReason: null,
  submittedAt: null,
  daysLate: null,
  completeness: { reported: 38, expected: 42 },
  approvedBy: null,
  approvedAt: null,
  locked: false,
  ...overrides,
});
const editor = editorOf;
const offered = (r: BoardRow, actor: SubmissionActor) => offeredActions(r, { actor, units, regime });

describe('submissions board model', () => {
  it('offers the commune submit and resubmit, and never a review of its own report', () => {
    const commune = editor(tranThoi.id);
    expect(offered(row(), commune)).toEqual(['submit']);
    expect(offered(row({ submissionId: 1, status: 'submitted' }), commune)).toEqual([]);
    expect(
      offered(row({ submissionId: 1, status: 'returned', returnReason: 'Thiếu BHYT' }), commune),
    ).toEqual(['submit']);
    expect(offered(row({ submissionId: 1, status: 'approved', locked: true }), commune)).toEqual([]);
  });

  it('offers the approving district approve and return, then return and unlock once approved', () => {
    const district = editor(caiNuoc.id);
    expect(offered(row({ submissionId: 1, status: 'submitted' }), district)).toEqual(['approve', 'return']);
    expect(offered(row({ submissionId: 1, status: 'approved', locked: true }), district)).toEqual([
      'return',
      'unlock',
    ]);
    expect(offered(row({ submissionId: 1, status: 'submitted' }), { ...district, role: 'viewer' })).toEqual(
      [],
    );
    // A commune's editor sees its neighbour's row on no board; were it shown, nothing would be offered.
    expect(offered(row({ unit: { code: tanHung.code, name: tanHung.name } }), editor(tranThoi.id))).toEqual(
      [],
    );
  });

  it('says each status with its lateness or its reason', () => {
    expect(stateWords(row())).toEqual({ key: 'notSubmitted', values: {} });
    expect(stateWords(row({ daysLate: 5 }))).toEqual({ key: 'overdue', values: { count: 5 } });
    expect(stateWords(row({ status: 'submitted', daysLate: 0 }))).toEqual({ key: 'onTime', values: {} });
    expect(stateWords(row({ status: 'submitted', daysLate: 2 }))).toEqual({
      key: 'late',
      values: { count: 2 },
    });
    expect(stateWords(row({ status: 'returned', returnReason: 'Thiếu BHYT' }))).toEqual({
      key: 'returned',
      values: { reason: 'Thiếu BHYT' },
    });
    expect(statusCounts([row(), row({ status: 'approved' }), row()])).toEqual({
      not_submitted: 2,
      submitted: 0,
      returned: 0,
      approved: 1,
    });
  });

  it('opens on the asked period, else the current one, and lists the periods reached', () => {
    expect(chosenPeriod(monthly, 2024, '2024-m03', '2024-12-04')).toBe('2024-M3');
    expect(chosenPeriod(monthly, 2024, '2024-Q1', '2024-12-04')).toBe('2024-M11');
    expect(chosenPeriod(monthly, 2023, null, '2024-12-04')).toBe('2023-M12');
    expect(periodOptions(monthly, 2024, '2024-03-16')).toEqual(['2024-M3', '2024-M2', '2024-M1']);
    expect(periodOptions({ frequency: 'quarter', cutoff: 'nd09' }, 2025, '2024-12-04')).toEqual(['2025-Q1']);
  });
});
