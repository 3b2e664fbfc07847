// The board's rules, pure: which period a screen opens on, what a row says, and which actions it offers
// — exactly those core's rules let the API take from this user, so no one fills a form the server refuses.
import type { z } from 'zod';
import type { RegimeSchema, SubmissionBoardAnswer } from '../../../contract';
import { tryParsePeriod } from '../../../core/period';
import { currentRegimePeriod, fitsFrequency, regimePeriodsOfYear } from '../../../core/regime';
import { type SubmissionActionKind, submissionRefusal } from '../../../core/submission';
import {
  reviewRefusal,
  type SubmissionActor,
  submitRefusal,
  type UnitIndex,
} from '../../../core/submission-access';

export type Regime = z.output<typeof RegimeSchema>;
export type Board = z.output<typeof SubmissionBoardAnswer>;
export type BoardRow = Board['units'][number];

/**
 * The regime's periods of a year, newest first, up to the current one (a year still to come offers its
 * first period only).
 */
export function periodOptions(
  regime: Pick<Regime, 'frequency' | 'cutoff'>,
  year: number,
  today: string,
): string[] {
  const current = currentRegimePeriod(regime, today);
  const all = regimePeriodsOfYear(regime.frequency, year);
  const reached = all.filter((code) => (tryParsePeriod(code)?.end ?? '') <= current.end);
  return (reached.length > 0 ? reached : all.slice(0, 1)).reverse();
}

/**
 * The period the board shows: the one the address asks for when it is the regime's and of the year shown,
 * else the current one in the year shown, else the year's latest that has begun.
 */
export function chosenPeriod(
  regime: Pick<Regime, 'frequency' | 'cutoff'>,
  year: number,
  asked: string | null,
  today: string,
): string {
  const period = tryParsePeriod(asked ?? '');
  if (period && period.year === year && fitsFrequency(period, regime.frequency)) return period.code;
  const current = currentRegimePeriod(regime, today);
  if (current.year === year) return current.code;
  return periodOptions(regime, year, today)[0] ?? String(year);
}

/** What the status column says, as an i18n key under `submissions.state` and its values. */
export function stateWords(row: BoardRow): { key: string; values: Record<string, string | number> } {
  switch (row.status) {
    case 'not_submitted':
      return row.daysLate
        ? { key: 'overdue', values: { count: row.daysLate } }
        : { key: 'notSubmitted', values: {} };
    case 'submitted':
      return row.daysLate ? { key: 'late', values: { count: row.daysLate } } : { key: 'onTime', values: {} };
    case 'returned':
      return { key: 'returned', values: { reason: row.returnReason ?? '' } };
    case 'approved':
      return { key: 'approved', values: {} };
  }
}

export interface BoardContext {
  actor: SubmissionActor;
  units: UnitIndex;
  regime: Pick<Regime, 'code' | 'approvalUnitIds'>;
}

const REVIEWS: SubmissionActionKind[] = ['approve', 'return', 'unlock'];

/** The actions the row offers this user: allowed by the status and by the user's place in the tree. */
export function offeredActions(row: BoardRow, context: BoardContext): SubmissionActionKind[] {
  const unit = [...context.units.values()].find((u) => u.code === row.unit.code);
  if (!unit) return [];
  const state = { status: row.status, locked: row.locked };
  const submit =
    submitRefusal(context.units, context.actor, unit) === null && submissionRefusal(state, 'submit') === null;
  // Only a stored submission can be reviewed: its id names it on the review routes.
  const reviewing =
    row.submissionId !== null && reviewRefusal(context.units, context.actor, context.regime, unit) === null;
  const reviews = reviewing ? REVIEWS.filter((kind) => submissionRefusal(state, kind) === null) : [];
  return [...(submit ? (['submit'] as const) : []), ...reviews];
}

/** How many rows are in each status, for the line above the board. */
export function statusCounts(rows: readonly BoardRow[]): Record<BoardRow['status'], number> {
  const counts = { not_submitted: 0, submitted: 0, returned: 0, approved: 0 };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}
