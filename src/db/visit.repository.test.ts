import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { summarizeDirectives } from '../core/visit/directive-summary';
import { createAuditRepository } from './audit.repository';
import type { Db } from './database';
import { buildUnit } from './factories';
import { emptyAllButSeed, testDatabases } from './testing';
import { createUnitRepository } from './unit.repository';
import { createVisitRepository } from './visit.repository';
import { createDirectiveRepository, type DirectiveInput } from './visit-directive.repository';
import { createInspectionRepository } from './visit-inspection.repository';

const actor = { userId: null };

describe.each(testDatabases())('visit repositories on $name', ({ open }) => {
  let db: Db;
  let close: () => Promise<void>;
  const u = { province: 0, district: 0, commune: 0, other: 0 };

  beforeAll(async () => {
    ({ db, close } = await open());
    const units = createUnitRepository(db);
    u.province = (
      await units.create(buildUnit({ code: 'TU', name: 'Tỉnh ủy Cà Mau', kind: 'province_party' }), actor)
    ).id;
    u.district = (await units.create(buildUnit({ parentId: u.province }), actor)).id;
    u.commune = (
      await units.create(
        buildUnit({
          code: 'DU_TT',
          name: 'Đảng ủy xã Trần Thới',
          kind: 'commune_party',
          parentId: u.district,
        }),
        actor,
      )
    ).id;
    u.other = (
      await units.create(buildUnit({ code: 'HU_DD', name: 'Huyện ủy Đầm Dơi', parentId: u.province }), actor)
    ).id;
  });
  afterAll(async () => close());
  // The summary and the scope lists read every directive: each test sees only its own, on the units above.
  beforeEach(() => emptyAllButSeed(db));

  function directive(overrides: Partial<DirectiveInput> = {}): DirectiveInput {
    return {
      text: 'Chỉ đạo nâng cao chất lượng công tác quán triệt',
      source: { kind: 'document', number: '45-KL/TU' },
      issuerUnitId: u.province,
      leadUnitId: u.district,
      coordinatingUnitIds: [],
      deadline: '2023-12-31',
      indicatorIds: [],
      createdOn: '2023-11-17',
      ...overrides,
    };
  }

  it('stores a visit with hosts in meeting order and finds it from a host', async () => {
    const visits = createVisitRepository(db);
    const v = await visits.create(
      {
        date: '2023-11-17',
        leader: { name: 'Phạm Thành Ngại', title: 'Phó Bí thư Thường trực Tỉnh ủy' },
        organiserUnitId: u.province,
        hostUnitIds: [u.district, u.commune],
        topicCodes: ['party_building', 'party_finance'],
      },
      actor,
    );
    expect(v).toMatchObject({ status: 'planned', hostUnitIds: [u.district, u.commune], members: [] });
    expect((await visits.list({ scopeUnitIds: [u.commune] })).map((x) => x.id)).toEqual([v.id]);
    expect(await visits.list({ scopeUnitIds: [u.other] })).toEqual([]);
    const held = await visits.update(v.id, { status: 'held', hostUnitIds: [u.district] }, { userId: null });
    expect(held).toMatchObject({
      status: 'held',
      hostUnitIds: [u.district],
      topicCodes: ['party_building', 'party_finance'],
    });
    const history = await createAuditRepository(db).historyOf('visit', v.id);
    expect(history.map((h) => h.action)).toEqual(['create', 'update']);
  });

  it('computes the four-way summary in SQL exactly as core does', async () => {
    const repo = createDirectiveRepository(db);
    const deadlines = ['2023-12-31', '2024-01-10', '2024-01-20', null];
    const done = [null, '2023-12-20', '2024-01-03'];
    const inputs: DirectiveInput[] = [];
    for (let i = 0; i < 24; i++) {
      inputs.push(
        directive({
          leadUnitId: i % 3 === 0 ? u.commune : u.district,
          deadline: deadlines[i % 4]!,
          completedOn: done[i % 3]!,
        }),
      );
    }
    const saved = await repo.createMany(inputs, actor);
    const today = '2024-01-15';
    const sqlSummary = await repo.summary({ scopeUnitIds: null, today, dueSoonDays: 7 });
    expect(sqlSummary).toEqual(summarizeDirectives(saved, today, 7));
    expect(sqlSummary.totals.total).toBe(24);
    const overdue = await repo.list({ scopeUnitIds: null, today, status: 'open_overdue' });
    expect(overdue.length).toBe(sqlSummary.totals.open_overdue);
  });

  it('limits directives to the scope: led, coordinated or issued within it', async () => {
    const repo = createDirectiveRepository(db);
    const d = (
      await repo.createMany([directive({ leadUnitId: u.other, coordinatingUnitIds: [u.commune] })], actor)
    )[0]!;
    const inCommune = await repo.list({ scopeUnitIds: [u.commune], today: '2024-01-15' });
    expect(inCommune.map((x) => x.id)).toContain(d.id);
    expect(inCommune.find((x) => x.id === d.id)?.coordinatingUnitIds).toEqual([u.commune]);
    const inOther = await repo.list({ scopeUnitIds: [u.other], today: '2024-01-15' });
    expect(inOther.map((x) => x.id)).toEqual([d.id]);
  });

  it('records progress, an approved extension and completion, each audited', async () => {
    const repo = createDirectiveRepository(db);
    const d = (await repo.createMany([directive()], actor))[0]!;
    await repo.addUpdate(
      {
        directiveId: d.id,
        unitId: u.district,
        userId: null,
        reportedOn: '2023-12-01',
        text: 'Đã quán triệt 12/12 chi bộ',
        percent: 60,
        evidence: [],
      },
      { ...d, progressPercent: 60 },
      actor,
    );
    const request = await repo.addExtension(
      {
        directiveId: d.id,
        requestedByUnitId: u.district,
        requestedOn: '2023-12-20',
        currentDeadline: '2023-12-31',
        proposedDeadline: '2024-03-31',
        reason: 'Chờ bố trí vốn',
        status: 'pending',
        decidedOn: null,
        decidedByUserId: null,
      },
      actor,
    );
    const afterProgress = await repo.requireById(d.id, db);
    expect(afterProgress.progressPercent).toBe(60);
    await repo.saveDecision(
      { ...request, status: 'approved', decidedOn: '2023-12-22' },
      { ...afterProgress, deadline: '2024-03-31' },
      actor,
    );
    const completed = await repo.save(
      { ...(await repo.requireById(d.id, db)), completedOn: '2024-02-01', progressPercent: 100 },
      actor,
    );
    expect(completed).toMatchObject({
      deadline: '2024-03-31',
      completedOn: '2024-02-01',
      progressPercent: 100,
    });
    expect((await repo.extensionsOf(d.id))[0]?.status).toBe('approved');
    expect((await repo.updatesOf(d.id))[0]?.percent).toBe(60);
    const audit = createAuditRepository(db);
    expect((await audit.historyOf('directive', d.id)).map((h) => h.action)).toEqual([
      'create',
      'update',
      'update',
    ]);
    expect((await audit.historyOf('extension_request', request.id)).map((h) => h.action)).toEqual([
      'create',
      'update',
    ]);
  });

  it('keeps the inspection programme and its open findings', async () => {
    const repo = createInspectionRepository(db);
    const team = {
      year: 2023,
      organiserUnitId: u.district,
      targetUnitId: u.commune,
      members: ['Ủy ban Kiểm tra Huyện ủy'],
      periodFrom: '2023-03-01',
      periodTo: '2023-03-31',
      content: 'Thu, nộp đảng phí',
      conclusionNumber: null,
    };
    const a = await repo.create({ ...team, kind: 'inspection' }, actor);
    await repo.create({ ...team, kind: 'supervision' }, actor);
    const f = await repo.addFinding(
      { inspectionId: a.id, text: 'Chưa thu đủ đảng phí tại 3 chi bộ', status: 'open' },
      actor,
    );
    expect((await repo.list({ scopeUnitIds: [u.commune], year: 2023 })).map((i) => i.kind)).toEqual([
      'inspection',
      'supervision',
    ]);
    expect(await repo.list({ scopeUnitIds: [u.other] })).toEqual([]);
    expect((await repo.setFindingStatus(f.id, 'remedied', actor)).status).toBe('remedied');
  });
});
