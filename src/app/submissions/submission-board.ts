// The board of a higher unit for one regime period: one row per reporting unit below it, with what it
// submitted, how late, how complete its figures are and who approved them. Assembled from three reads.

import type { SubmissionStatus } from '../../core/submission';
import { daysLate } from '../../core/submission';
import type { Unit } from '../../core/types';
import type { BoardSubmission } from '../../db/submission.repository';

export interface BoardRow {
  /** The submission's id for the actions' routes; null while the unit has not submitted. */
  submissionId: number | null;
  unit: Pick<Unit, 'code' | 'name'>;
  status: SubmissionStatus;
  submittedAt: string | null;
  /**
   * Days after the deadline the report arrived (0 on time); for a report not yet in, the days it is overdue
   * on the day the board is read, null while it is not due yet.
   */
  daysLate: number | null;
  completeness: { reported: number; expected: number };
  approvedBy: string | null;
  approvedAt: string | null;
  locked: boolean;
}

export interface Board {
  regime: string;
  period: string;
  window: { from: string; to: string };
  deadline: string;
  units: BoardRow[];
}

function lateness(dueOn: string, submittedAt: string | null, asOf: string): number | null {
  if (submittedAt !== null) return daysLate(dueOn, submittedAt);
  const overdue = daysLate(dueOn, asOf);
  return overdue > 0 ? overdue : null;
}

/** The board's rows in the reporters' order (as regimeReporters walks the tree). */
export function boardRows(input: {
  reporters: readonly Pick<Unit, 'id' | 'code' | 'name'>[];
  submissions: readonly BoardSubmission[];
  reported: ReadonlyMap<number, number>;
  expected: number;
  dueOn: string;
  asOf: string;
}): BoardRow[] {
  const byUnit = new Map(input.submissions.map((s) => [s.unitId, s]));
  return input.reporters.map((unit) => {
    const s = byUnit.get(unit.id);
    const submittedAt = s?.submittedAt ?? null;
    return {
      submissionId: s?.id ?? null,
      unit: { code: unit.code, name: unit.name },
      status: s?.status ?? 'not_submitted',
      submittedAt,
      daysLate: lateness(input.dueOn, submittedAt, input.asOf),
      completeness: { reported: input.reported.get(unit.id) ?? 0, expected: input.expected },
      approvedBy: s?.approvedByName ?? null,
      approvedAt: s?.approvedAt ?? null,
      locked: s?.locked ?? false,
    };
  });
}
