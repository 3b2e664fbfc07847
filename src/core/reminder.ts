// Reminders (nhắc việc) of a regime period to a unit that has not submitted: a notice N days before the
// deadline and an overdue notice after it, each worded once here for the inbox and the e-mail alike.
import { formatDate } from './vi/format';

export type ReminderKind = 'deadline_near' | 'overdue';
export const REMINDER_KINDS: readonly ReminderKind[] = ['deadline_near', 'overdue'];

const DAY_MS = 86_400_000;

/**
 * Which reminder a unit that has not submitted gets on a day (Vietnam's calendar day), or null when the
 * deadline is still more than `leadDays` away.
 * @example reminderKind('2026-12-18', '2026-12-15', 3) === 'deadline_near'; reminderKind('2026-12-18', '2026-12-19', 3) === 'overdue'
 */
export function reminderKind(dueOn: string, today: string, leadDays: number): ReminderKind | null {
  const daysLeft = (Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS;
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= leadDays ? 'deadline_near' : null;
}

export interface ReminderMessage {
  subject: string;
  body: string;
}

/**
 * The reminder's Vietnamese subject and body, naming the unit, the regime, the period and the deadline.
 * @example reminderMessage({ kind: 'deadline_near', unitName: 'Đảng ủy xã Trần Thới', regimeName: 'Báo cáo KT-XH', periodLabel: 'tháng 11/2026', dueOn: '2026-12-18' }).subject
 *   === 'Nhắc nộp báo cáo tháng 11/2026: hạn gửi 18/12/2026'
 */
export function reminderMessage(input: {
  kind: ReminderKind;
  unitName: string;
  regimeName: string;
  periodLabel: string;
  dueOn: string;
  link?: string;
}): ReminderMessage {
  const due = formatDate(input.dueOn);
  const subject =
    input.kind === 'overdue'
      ? `Quá hạn nộp báo cáo ${input.periodLabel}: hạn gửi ${due}`
      : `Nhắc nộp báo cáo ${input.periodLabel}: hạn gửi ${due}`;
  const state =
    input.kind === 'overdue' ? `đã quá hạn gửi ngày ${due} mà chưa nộp` : `chưa nộp, hạn gửi ngày ${due}`;
  const lines = [
    `Kính gửi ${input.unitName},`,
    `${input.regimeName} ${input.periodLabel} của ${input.unitName} ${state}.`,
    ...(input.link ? [`Xem và nộp báo cáo tại: ${input.link}`] : []),
  ];
  return { subject, body: lines.join('\n') };
}
