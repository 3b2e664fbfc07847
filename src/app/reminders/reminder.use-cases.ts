// One reminder pass: for each regime's current period, the reporting units that have not submitted (or were
// returned) and whose deadline is near or past get an in-app notification once per unit × period × kind,
// and the users of those units with an address get it by e-mail when SMTP is configured. Run twice, it adds
// nothing; a send that fails leaves the notification unmailed, so the next pass tries it again.
import { cutoffWindow } from '../../core/cutoff-window';
import { DomainError } from '../../core/errors';
import { periodLabel } from '../../core/period-words';
import { currentRegimePeriod, dueOn, regimeReporters } from '../../core/regime';
import { type ReminderKind, reminderKind, reminderMessage } from '../../core/reminder';
import { vietnamDay } from '../../core/submission';
import type { Db, Executor } from '../../db/database';
import { createNotificationRepository, type NotificationInput } from '../../db/notification.repository';
import { createRegimeRepository } from '../../db/regime.repository';
import { createSubmissionRepository } from '../../db/submission.repository';
import { createUnitRepository } from '../../db/unit.repository';
import type { Mailer } from './mailer';

export interface ReminderRunInput {
  /** The Vietnam calendar day of the pass (YYYY-MM-DD); today's when absent. */
  today?: string | undefined;
  /** How many days before the deadline the first reminder goes; 3 unless given. */
  leadDays?: number | undefined;
}

export interface ReminderEntry {
  regime: string;
  period: string;
  unit: { code: string; name: string };
  kind: ReminderKind;
  dueOn: string;
}

export interface ReminderRun {
  today: string;
  /** The notifications this pass added (none on a second pass over the same day). */
  created: ReminderEntry[];
  emailed: { unit: string; to: string[]; subject: string }[];
  /** Sends that failed, left for the next pass. */
  failed: { unit: string; error: string }[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
function isRealDate(d: string): boolean {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return DATE.test(d) && new Date(Date.UTC(y, m - 1, day)).toISOString().slice(0, 10) === d;
}

function checkInput(input: ReminderRunInput): void {
  if (input.today !== undefined && !isRealDate(input.today)) {
    throw new DomainError(
      'invalid_input',
      'today',
      `ngày "${input.today}" không phải ngày có thật dạng YYYY-MM-DD`,
    );
  }
  const lead = input.leadDays;
  if (lead !== undefined && (!Number.isInteger(lead) || lead < 0 || lead > 60)) {
    throw new DomainError(
      'invalid_input',
      'leadDays',
      `số ngày nhắc trước hạn phải từ 0 đến 60, không phải ${lead}`,
    );
  }
}

/** The notifications a pass owes, over every regime's current period. */
async function remindersDue(tx: Executor, today: string, leadDays: number) {
  const units = await createUnitRepository(tx).findAll(tx);
  const submissions = createSubmissionRepository(tx);
  const rows: (NotificationInput & { entry: ReminderEntry })[] = [];
  for (const regime of await createRegimeRepository(tx).findAll(tx)) {
    const period = currentRegimePeriod(regime, today);
    const due = dueOn(regime.deadline, cutoffWindow(period, regime.cutoff));
    const kind = reminderKind(due, today, leadDays);
    if (kind === null) continue;
    const board = await submissions.findForBoard({ regimeId: regime.id, period: period.code }, tx);
    const done = new Set(board.filter((s) => s.status !== 'returned').map((s) => s.unitId));
    const label = periodLabel(period);
    for (const unit of regimeReporters(units, regime, period)) {
      if (done.has(unit.id)) continue;
      const message = reminderMessage({
        kind,
        unitName: unit.name,
        regimeName: regime.name,
        periodLabel: label,
        dueOn: due,
      });
      rows.push({
        unitId: unit.id,
        regimeId: regime.id,
        period: period.code,
        kind,
        ...message,
        entry: {
          regime: regime.code,
          period: period.code,
          unit: { code: unit.code, name: unit.name },
          kind,
          dueOn: due,
        },
      });
    }
  }
  return rows;
}

export function createReminderUseCases(db: Db, clock: { now(): Date } = { now: () => new Date() }) {
  return {
    async run(input: ReminderRunInput, mailer: Mailer | null): Promise<ReminderRun> {
      checkInput(input);
      const today = input.today ?? vietnamDay(clock.now().toISOString());
      const created = await db.transaction(async (tx) => {
        const rows = await remindersDue(tx, today, input.leadDays ?? 3);
        const added = await createNotificationRepository(tx).insertNew(
          rows.map(({ entry: _, ...r }) => r),
          tx,
        );
        const key = (r: { unitId: number; regimeId: number; period: string; kind: string }) =>
          `${r.unitId}|${r.regimeId}|${r.period}|${r.kind}`;
        const addedKeys = new Set(added.map(key));
        return rows.filter((r) => addedKeys.has(key(r))).map((r) => r.entry);
      });
      const run: ReminderRun = { today, created, emailed: [], failed: [] };
      if (mailer === null) return run;
      await db.transaction(async (tx) => {
        const repository = createNotificationRepository(tx);
        const pending = await repository.lockUnmailed(tx);
        const emails = await repository.emailsOfUnits([...new Set(pending.map((n) => n.unitId))], tx);
        const codes = new Map((await createUnitRepository(tx).findAll(tx)).map((u) => [u.id, u.code]));
        for (const n of pending) {
          const to = emails.get(n.unitId) ?? [];
          if (to.length === 0) continue;
          const unit = codes.get(n.unitId) ?? String(n.unitId);
          try {
            await mailer.send({ to, subject: n.subject, text: n.body });
            await repository.markEmailed(n.id, clock.now(), tx);
            run.emailed.push({ unit, to, subject: n.subject });
          } catch (error) {
            run.failed.push({ unit, error: error instanceof Error ? error.message : String(error) });
          }
        }
      });
      return run;
    },
  };
}

export type ReminderUseCases = ReturnType<typeof createReminderUseCases>;
