// The summary table of directives by unit, in the four-way split official reports use.
import { type DirectiveStatus, directiveStatus, dueWithinDays } from './directive-status';
import type { Directive } from './visit.types';

export interface DirectiveSummaryRow {
  unitId: number;
  done_on_time: number;
  done_late: number;
  open_within_deadline: number;
  open_overdue: number;
  total: number;
  /** Open directives falling due within the reminder window. */
  dueSoon: number;
}

export interface DirectiveSummary {
  rows: DirectiveSummaryRow[];
  totals: Omit<DirectiveSummaryRow, 'unitId'>;
}

type SummaryInput = Pick<Directive, 'leadUnitId' | 'deadline' | 'completedOn'>;

export function emptySummaryCounts(): Omit<DirectiveSummaryRow, 'unitId'> {
  return { done_on_time: 0, done_late: 0, open_within_deadline: 0, open_overdue: 0, total: 0, dueSoon: 0 };
}

/**
 * Counts directives per lead unit in the four buckets, rows sorted by unit id, with a totals row.
 * @example summarizeDirectives([{ leadUnitId: 7, deadline: '2023-12-31', completedOn: null }], '2024-01-02').rows[0].open_overdue === 1
 */
export function summarizeDirectives(
  directives: readonly SummaryInput[],
  today: string,
  dueSoonDays = 7,
): DirectiveSummary {
  const byUnit = new Map<number, DirectiveSummaryRow>();
  const totals = emptySummaryCounts();
  for (const d of directives) {
    let row = byUnit.get(d.leadUnitId);
    if (!row) {
      row = { unitId: d.leadUnitId, ...emptySummaryCounts() };
      byUnit.set(d.leadUnitId, row);
    }
    const status: DirectiveStatus = directiveStatus(d, today);
    const soon = dueWithinDays(d, today, dueSoonDays) ? 1 : 0;
    for (const target of [row, totals]) {
      target[status] += 1;
      target.total += 1;
      target.dueSoon += soon;
    }
  }
  return { rows: [...byUnit.values()].sort((a, b) => a.unitId - b.unitId), totals };
}

/**
 * Share of a row's directives in one bucket, as a percent with two decimals; null for a unit without directives.
 * @example summaryShare({ ...emptySummaryCounts(), done_on_time: 3, total: 4 }, 'done_on_time') === 75
 */
export function summaryShare(
  row: Omit<DirectiveSummaryRow, 'unitId'>,
  status: DirectiveStatus,
): number | null {
  if (row.total === 0) return null;
  return Math.round((row[status] / row.total) * 10_000) / 100;
}
