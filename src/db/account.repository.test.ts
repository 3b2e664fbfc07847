import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAuditRepository } from './audit.repository';
import { createDataVersionRepository } from './data-version.repository';
import type { Db } from './database';
import { buildIndicator, buildObservation, buildUnit } from './factories';
import { createIndicatorRepository } from './indicator.repository';
import { createObservationRepository } from './observation.repository';
import { createReportRepository } from './report.repository';
import { createSessionRepository } from './session.repository';
import { emptyAllButSeed, testDatabases } from './testing';
import { createUnitRepository } from './unit.repository';
import { createUserRepository } from './user.repository';

const actor = { userId: null };

describe.each(testDatabases())('user, session and report repositories on $name', ({ open }) => {
  let db: Db;
  let close: () => Promise<void>;
  let unitId: number;

  beforeAll(async () => {
    ({ db, close } = await open());
    unitId = (await createUnitRepository(db).create(buildUnit(), actor)).id;
  });
  afterAll(() => close());
  // The first test counts users from none: each test starts from the unit above alone.
  beforeEach(() => emptyAllButSeed(db, ['units', 'data_version']));

  it('creates users, finds the hash only for login, and keeps hashes out of the audit trail', async () => {
    const users = createUserRepository(db);
    expect(await users.count()).toBe(0);
    const editor = await users.create(
      {
        username: 'bientap',
        displayName: 'Biên tập Cái Nước',
        passwordHash: '$argon2id$v=19$x',
        role: 'editor',
        scopeUnitId: unitId,
      },
      actor,
    );
    expect(editor).toEqual({
      id: editor.id,
      username: 'bientap',
      displayName: 'Biên tập Cái Nước',
      role: 'editor',
      scopeUnitId: unitId,
    });
    expect(await users.findByUsernameWithHash('bientap')).toEqual({
      ...editor,
      passwordHash: '$argon2id$v=19$x',
      active: true,
    });
    expect(await users.findByUsernameWithHash('khong-co')).toBeNull();
    await users.update(
      editor.id,
      { passwordHash: '$argon2id$v=19$y', role: 'viewer' },
      { userId: editor.id },
    );
    expect((await users.findById(editor.id))?.role).toBe('viewer');
    const history = await createAuditRepository(db).historyOf('user', editor.id);
    expect(JSON.stringify(history)).not.toContain('argon2id');
    expect(history[1]?.after).toMatchObject({ role: 'viewer', passwordChanged: true });
    await expect(
      users.create(
        { username: 'bientap', displayName: 'x', passwordHash: 'h', role: 'viewer', scopeUnitId: null },
        actor,
      ),
    ).rejects.toMatchObject({
      code: 'duplicate',
      message: 'username: đã có người dùng tên đăng nhập bientap',
    });
    await expect(
      users.create(
        { username: 'ngoai', displayName: 'x', passwordHash: 'h', role: 'viewer', scopeUnitId: 9090 },
        actor,
      ),
    ).rejects.toMatchObject({ code: 'unknown_unit', message: 'scopeUnitId: no unit with id 9090' });
  });

  it('finds a session with its user until it expires, then deletes expired ones', async () => {
    const users = createUserRepository(db);
    const sessions = createSessionRepository(db);
    const admin = await users.create(
      { username: 'quantri', displayName: 'Quản trị', passwordHash: 'h', role: 'admin', scopeUnitId: null },
      actor,
    );
    const expiresAt = new Date('2030-01-01T00:00:00Z');
    await sessions.create({ id: 'hash-1', userId: admin.id, csrfToken: 'csrf-1', expiresAt });
    const found = await sessions.findValid('hash-1', new Date('2029-12-31T23:59:59Z'));
    expect(found?.user).toEqual(admin);
    // The session lookup brings the data version along: one round trip tells a request if a cache is current.
    expect(found?.dataVersion).toBe(await createDataVersionRepository(db).current());
    expect([found?.session.csrfToken, found?.session.expiresAt.toISOString()]).toEqual([
      'csrf-1',
      '2030-01-01T00:00:00.000Z',
    ]);
    expect(await sessions.findValid('hash-1', expiresAt)).toBeNull();
    expect(await sessions.findValid('unknown')).toBeNull();
    await sessions.extend('hash-1', new Date('2031-01-01T00:00:00Z'));
    expect(await sessions.deleteExpired(new Date('2030-06-01T00:00:00Z'))).toBe(0);
    expect(await sessions.deleteExpired(new Date('2031-06-01T00:00:00Z'))).toBe(1);
    await sessions.create({ id: 'hash-2', userId: admin.id, csrfToken: 'c', expiresAt });
    await sessions.delete('hash-2');
    expect(await sessions.findValid('hash-2', new Date('2029-01-01T00:00:00Z'))).toBeNull();
  });

  it('stores a report with its statements and traces a figure back to its span', async () => {
    const indicatorId = (await createIndicatorRepository(db).create(buildIndicator(), actor)).id;
    const reports = createReportRepository(db);
    const text = 'trong đó sản lượng tôm 24.937 tấn, đạt 85,98% Nghị quyết';
    const statement = { indicatorText: 'sản lượng tôm', value: 24937, unit: 'tấn' };
    const { report, statements, figureId } = await db.transaction(async (tx) => {
      const created = await reports.create(
        { unitId, period: '2023-YTD-2023-11-17', title: 'Báo cáo Huyện ủy Cái Nước', text },
        [{ statement, spanStart: 9, spanEnd: 33 }],
        actor,
        tx,
      );
      const figure = await createObservationRepository(tx).insert(
        buildObservation({
          unitId,
          indicatorId,
          provenance: { kind: 'extracted', reportId: created.report.id, span: [9, 33], userId: null },
        }),
        actor,
        tx,
      );
      await reports.linkStatement(created.statements[0]!.id, figure.id, tx);
      return { ...created, figureId: figure.id };
    });
    expect(report).toMatchObject({ unitId, period: '2023-YTD-2023-11-17', fileName: null, createdBy: null });
    expect(statements[0]).toMatchObject({
      reportId: report.id,
      statement,
      spanStart: 9,
      spanEnd: 33,
      observationId: null,
    });
    const stored = await reports.findById(report.id);
    const observationId = stored?.statements[0]?.observationId;
    expect(observationId).toBe(figureId);
    const traced = await reports.findStatementOfObservation(observationId!);
    expect(text.slice(traced!.statement.spanStart, traced!.statement.spanEnd)).toBe(
      'sản lượng tôm 24.937 tấn',
    );
    expect((await reports.findForUnit(unitId)).map((r) => r.id)).toEqual([report.id]);
    await expect(
      reports.create({ unitId: 8080, period: '2023', title: 't', text: 't' }, [], actor),
    ).rejects.toMatchObject({
      code: 'unknown_unit',
    });
  });
});
