// A reminder pass on a real database and a real SMTP server in process (smtp-server): who is reminded on
// 15/12/2026 for November under a calendar regime due on 18/12, the mail as received, and that a second
// pass adds no row and sends no mail.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Unit } from '../../core/types';
import type { Db } from '../../db/database';
import { createNotificationRepository } from '../../db/notification.repository';
import { emptyAllButSeed, testDatabases } from '../../db/testing';
import { createUserRepository } from '../../db/user.repository';
import { createSubmissionUseCases } from '../submissions/submission.use-cases';
import { mailerFromEnv } from './mailer';
import { createReminderUseCases } from './reminder.use-cases';
import { calendarMonthlyRegime, provinceWithCommunes } from './testing';

const system = { userId: null };
interface Received {
  to: string[];
  raw: string;
}

/** An SMTP server on a free local port that keeps every message it receives. */
async function startSmtp() {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString(),
        });
        done();
      });
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  return {
    received,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** The decoded subject and text of a message as nodemailer writes it (encoded words, quoted-printable). */
function decode(raw: string): { subject: string; text: string } {
  const [head = '', ...rest] = raw.split('\r\n\r\n');
  const unfolded = head.replace(/\r\n[ \t]+/g, ' ');
  const subjectLine = /^Subject: (.*)$/m.exec(unfolded)?.[1] ?? '';
  const subject = subjectLine.replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, enc: string, data: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(
          data
            .replace(/_/g, ' ')
            .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
  const body = rest.join('\r\n\r\n');
  const text = /Content-Transfer-Encoding: base64/i.test(head)
    ? Buffer.from(body, 'base64').toString('utf8')
    : Buffer.from(
        body
          .replace(/=\r\n/g, '')
          .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
        'latin1',
      ).toString('utf8');
  return { subject: subject.trim(), text: text.replace(/\r\n/g, '\n').trim() };
}

describe.each(testDatabases())('reminder pass on $name', ({ open }) => {
  let db: Db;
  let close: () => Promise<void>;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let units: Record<'province' | 'tranThoi' | 'tanHung' | 'khanhHung', Unit>;
  const now = new Date('2026-12-15T03:00:00Z');
  const reminders = () => createReminderUseCases(db, { now: () => now });

  beforeAll(async () => {
    ({ db, close } = await open());
    smtp = await startSmtp();
    const [province, tranThoi, tanHung, khanhHung] = await provinceWithCommunes(db, [
      ['DU_TRANTHOI', 'Đảng ủy xã Trần Thới'],
      ['DU_TANHUNGDONG', 'Đảng ủy xã Tân Hưng Đông'],
      ['DU_KHANHHUNG', 'Đảng ủy xã Khánh Hưng'],
    ]);
    units = { province: province!, tranThoi: tranThoi!, tanHung: tanHung!, khanhHung: khanhHung! };
    const people = createUserRepository(db);
    const editor = (username: string, unit: Unit, email: string | null) =>
      people.create(
        { username, displayName: username, passwordHash: 'x', role: 'editor', scopeUnitId: unit.id, email },
        system,
      );
    await editor('nl.tranthoi', units.tranThoi, 'tranthoi@example.org');
    await editor('nl.tanhung', units.tanHung, 'tanhung@example.org');
    await editor('nl.khanhhung', units.khanhHung, null);
  });
  afterAll(async () => {
    await smtp.close();
    await close();
  });

  beforeEach(async () => {
    await emptyAllButSeed(db);
    smtp.received.length = 0;
    // Calendar months, due on the 18th of the next month: November 2026 is due on 18/12/2026.
    await calendarMonthlyRegime(db, units.province);
    // Tân Hưng Đông has submitted November: it is not reminded.
    await createSubmissionUseCases(db, { now: () => new Date('2026-12-10T03:00:00Z') }).submit(
      { id: null, role: 'admin', scopeUnitId: null },
      { regime: 'KTXH_THANG', period: '2026-M11', unit: 'DU_TANHUNGDONG' },
    );
  });

  it('reminds, three days before 18/12/2026, the two communes that have not submitted November, once', async () => {
    const mailer = mailerFromEnv({ SMTP_URL: smtp.url, MAIL_FROM: 'Tiến Độ <tiendo@example.org>' });
    const first = await reminders().run({ leadDays: 3 }, mailer);
    expect(first.today).toBe('2026-12-15');
    expect(first.created.map((c) => [c.unit.code, c.period, c.kind, c.dueOn])).toEqual([
      ['DU_TRANTHOI', '2026-M11', 'deadline_near', '2026-12-18'],
      ['DU_KHANHHUNG', '2026-M11', 'deadline_near', '2026-12-18'],
    ]);
    // Khánh Hưng's editor has no address: in-app only; Trần Thới's gets the mail.
    expect(first.emailed).toEqual([
      {
        unit: 'DU_TRANTHOI',
        to: ['tranthoi@example.org'],
        subject: 'Nhắc nộp báo cáo tháng 11/2026: hạn gửi 18/12/2026',
      },
    ]);
    expect(smtp.received.map((m) => m.to)).toEqual([['tranthoi@example.org']]);
    expect(decode(smtp.received[0]!.raw)).toEqual({
      subject: 'Nhắc nộp báo cáo tháng 11/2026: hạn gửi 18/12/2026',
      text:
        'Kính gửi Đảng ủy xã Trần Thới,\n' +
        'Báo cáo kinh tế - xã hội hằng tháng tháng 11/2026 của Đảng ủy xã Trần Thới chưa nộp, hạn gửi ngày 18/12/2026.',
    });

    const rowsBefore = await createNotificationRepository(db).findAll();
    const second = await reminders().run({ leadDays: 3 }, mailer);
    expect([second.created, second.emailed, second.failed]).toEqual([[], [], []]);
    const rowsAfter = await createNotificationRepository(db).findAll();
    expect(rowsAfter).toEqual(rowsBefore);
    expect(rowsAfter.map((n) => [n.unitId, n.period, n.kind, n.emailedAt !== null])).toEqual([
      [units.tranThoi.id, '2026-M11', 'deadline_near', true],
      [units.khanhHung.id, '2026-M11', 'deadline_near', false],
    ]);
    expect(smtp.received).toHaveLength(1);
    mailer?.close();
  });

  it('sends nothing four days ahead, and an overdue notice from 19/12/2026', async () => {
    expect((await reminders().run({ today: '2026-12-14', leadDays: 3 }, null)).created).toEqual([]);
    const overdue = await reminders().run({ today: '2026-12-19', leadDays: 3 }, null);
    expect(overdue.created.map((c) => [c.unit.code, c.kind])).toEqual([
      ['DU_TRANTHOI', 'overdue'],
      ['DU_KHANHHUNG', 'overdue'],
    ]);
    expect(await createNotificationRepository(db).findAll()).toHaveLength(2);
  });

  it('keeps the notification unmailed when the SMTP server is down, and mails it on the next pass', async () => {
    const down = mailerFromEnv({ SMTP_URL: 'smtp://127.0.0.1:1' });
    const failed = await reminders().run({ leadDays: 3 }, down);
    expect(failed.failed.map((f) => f.unit)).toEqual(['DU_TRANTHOI']);
    expect(failed.emailed).toEqual([]);
    const mailer = mailerFromEnv({ SMTP_URL: smtp.url });
    const retried = await reminders().run({ leadDays: 3 }, mailer);
    expect([retried.created, retried.emailed.map((e) => e.to)]).toEqual([[], [['tranthoi@example.org']]]);
    mailer?.close();
  });

  it.each([
    [{ today: '15/12/2026' }, 'today'],
    [{ today: '2026-02-30' }, 'today'],
    [{ leadDays: -1 }, 'leadDays'],
  ])('refuses %o naming %s', async (input, field) => {
    await expect(reminders().run(input, null)).rejects.toMatchObject({ code: 'invalid_input', field });
  });
});
