// `tiendo reminders run [--json] [--now=YYYY-MM-DD] [--days N]`: one reminder pass — in-app notifications
// to the units that have not submitted and whose deadline is near or past, and e-mail when SMTP_URL is set.
import { mailerFromEnv } from '../app/reminders/mailer';
import { createReminderUseCases, type ReminderRun } from '../app/reminders/reminder.use-cases';
import { formatDate } from '../core/vi/format';
import { badDate, parseArgs, refusal } from './cli-args';
import { withDatabase } from './cli-database';

const USAGE = 'Cách dùng: tiendo reminders run [--json] [--now=YYYY-MM-DD] [--days N]';
const KIND_WORDS = { deadline_near: 'sắp đến hạn', overdue: 'quá hạn' } as const;

const refuse = refusal('reminders', USAGE);

function asText(run: ReminderRun): string {
  const lines = run.created.map(
    (c) =>
      `${c.unit.code} ${c.unit.name}: ${c.regime} kỳ ${c.period} ${KIND_WORDS[c.kind]} (hạn ${formatDate(c.dueOn)})`,
  );
  return [
    `Nhắc việc ngày ${formatDate(run.today)}: ${run.created.length} thông báo mới, ${run.emailed.length} thư đã gửi, ${run.failed.length} thư lỗi`,
    ...lines,
    ...run.failed.map((f) => `Lỗi gửi thư cho ${f.unit}: ${f.error}`),
  ].join('\n');
}

export async function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // `--now=2026-12-15` as well as `--now 2026-12-15`.
  const split = args.flatMap((a) =>
    /^--(now|days)=/.test(a) ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a],
  );
  const parsed = parseArgs(split, ['--json'], ['--now', '--days']);
  if (typeof parsed === 'string') return refuse(parsed);
  const [verb, ...extra] = parsed.positional;
  if (verb !== 'run') return refuse(verb === undefined ? 'thiếu lệnh con run' : `không hiểu "${verb}"`);
  if (extra.length > 0) return refuse(`không hiểu "${extra[0]}"`);
  const dateProblem = badDate(parsed.values, '--now');
  if (dateProblem) return refuse(dateProblem);
  const days = parsed.values['--days'];
  if (days !== undefined && !/^\d{1,2}$/.test(days))
    return refuse(`--days phải là số ngày (0–60), không phải "${days}"`);
  const mailer = mailerFromEnv(env);
  try {
    return await withDatabase(async (db) => {
      const result = await createReminderUseCases(db).run(
        {
          today: parsed.values['--now'],
          leadDays: days === undefined ? undefined : Number.parseInt(days, 10),
        },
        mailer,
      );
      console.log(parsed.flags.has('--json') ? JSON.stringify(result, null, 2) : asText(result));
      return 0;
    }, env);
  } finally {
    mailer?.close();
  }
}
