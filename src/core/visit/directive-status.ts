// The four buckets official reports use for directives, and "due within N days".
import { DomainError } from '../errors';
import type { Directive } from './visit.types';

export type DirectiveStatus = 'done_on_time' | 'done_late' | 'open_within_deadline' | 'open_overdue';

export const DIRECTIVE_STATUSES: readonly DirectiveStatus[] = [
  'done_on_time',
  'done_late',
  'open_within_deadline',
  'open_overdue',
];

/** Vietnamese labels as reports print them. */
export const DIRECTIVE_STATUS_LABELS: Record<DirectiveStatus, string> = {
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  open_within_deadline: 'Đang thực hiện trong hạn',
  open_overdue: 'Chưa hoàn thành, quá hạn',
};

type StatusInput = Pick<Directive, 'deadline' | 'completedOn'>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isoDay(value: string, field: string): string {
  const day = value.slice(0, 10);
  if (!ISO_DATE.test(day))
    throw new DomainError('invalid_input', field, `"${value}" is not an ISO date (YYYY-MM-DD)`);
  return day;
}

/**
 * The bucket of a directive on `today`: the deadline day itself still counts as on time.
 * @example directiveStatus({ deadline: '2023-12-31', completedOn: '2024-01-05' }, '2024-02-01') === 'done_late'
 */
export function directiveStatus(directive: StatusInput, today: string): DirectiveStatus {
  const deadline = directive.deadline === null ? null : isoDay(directive.deadline, 'deadline');
  if (directive.completedOn !== null) {
    const done = isoDay(directive.completedOn, 'completedOn');
    return deadline === null || done <= deadline ? 'done_on_time' : 'done_late';
  }
  const now = isoDay(today, 'today');
  return deadline === null || now <= deadline ? 'open_within_deadline' : 'open_overdue';
}

function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

/**
 * Whole days from `today` to the deadline of an open directive (negative when overdue); null when done or undated.
 * @example daysUntilDeadline({ deadline: '2023-12-31', completedOn: null }, '2023-12-24') === 7
 */
export function daysUntilDeadline(directive: StatusInput, today: string): number | null {
  if (directive.completedOn !== null || directive.deadline === null) return null;
  return dayNumber(isoDay(directive.deadline, 'deadline')) - dayNumber(isoDay(today, 'today'));
}

/**
 * Whether an open directive falls due within the next `days` days (today included), for reminders.
 * @example dueWithinDays({ deadline: '2023-12-31', completedOn: null }, '2023-12-24', 7) === true
 */
export function dueWithinDays(directive: StatusInput, today: string, days: number): boolean {
  const left = daysUntilDeadline(directive, today);
  return left !== null && left >= 0 && left <= days;
}
