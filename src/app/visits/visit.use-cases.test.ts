// The visit and directive use cases on a real database: a change names only what it changes, a version
// read and sent back refuses a lost update (two editors from the same version: exactly one wins), and the
// rights of core's visit-access hold whatever calls them (the API, the CLI).
import { describe, expect, it } from 'vitest';
import type { Unit, User } from '../../core/types';
import { buildIndicator } from '../../db/factories';
import { createIndicatorRepository } from '../../db/indicator.repository';
import { seededDatabase, testDatabases } from '../../db/testing';
import { addAccount, addTranThoi, seedCaMau } from '../testing/ca-mau';
import { createDirectiveUseCases } from './directive.use-cases';
import { createEvidenceUseCases } from './evidence.use-cases';
import { createInspectionUseCases } from './inspection.use-cases';
import { createVisitUseCases } from './visit.use-cases';

const system = { userId: null };

/** The code and field of what a call was refused with, or 'ok'. */
async function refusal(call: Promise<unknown>): Promise<unknown> {
  try {
    await call;
    return 'ok';
  } catch (error) {
    const e = error as { code: string; field?: string | null; details?: { reason?: string } };
    return e.code;
  }
}

describe.each(testDatabases())('visit and directive use cases on $name', (database) => {
  const world = seededDatabase(database, async (db) => {
    const caMau = await seedCaMau(db);
    const commune = await addTranThoi(db, caMau.district);
    const editor = (username: string, unit: Unit) => addAccount(db, username, 'editor', unit, username);
    return {
      ...caMau,
      commune,
      tom: await createIndicatorRepository(db).create(buildIndicator(), system),
      provinceEditor: await editor('nl.tinhuy', caMau.province),
      districtEditor: await editor('nl.cainuoc', caMau.district),
      communeEditor: await editor('nl.tranthoi', commune),
      visits: createVisitUseCases(db),
      directives: createDirectiveUseCases(db),
    };
  });

  const planVisit = () =>
    world.visits.create(world.provinceEditor, {
      date: '2023-11-17',
      leader: { name: 'Nguyễn Hồ Hải', title: 'Bí thư Tỉnh ủy' },
      members: ['Lâm Văn Bi'],
      organiserUnitId: world.province.id,
      hostUnitIds: [world.district.id],
      topicCodes: [],
      status: 'held',
      minutes: 'Biên bản buổi làm việc',
    });

  const issue = async (issuer: User, issuerUnitId: number, leadUnitId: number) =>
    (
      await world.directives.create(
        issuer,
        [
          {
            text: 'Rà soát, bổ sung quy chế làm việc',
            source: { kind: 'document', number: '12-KL/TU' },
            issuerUnitId,
            leadUnitId,
            coordinatingUnitIds: leadUnitId === world.commune.id ? [] : [world.commune.id],
            deadline: '2023-12-31',
            indicatorIds: [world.tom.id],
          },
        ],
        '2023-11-17',
      )
    )[0]!;

  it('changes only the date of a visit, keeping status, minutes and members, and moves its version', async () => {
    const planned = await planVisit();
    const changed = await world.visits.change(world.provinceEditor, planned.id, {
      date: '2023-11-18',
      version: 1,
    });
    expect(changed).toEqual({ ...planned, date: '2023-11-18', version: 2 });
  });

  it('lets exactly one of two changes of a visit from the same version win; the other is stale', async () => {
    const planned = await planVisit();
    const results = await Promise.allSettled([
      world.visits.change(world.provinceEditor, planned.id, {
        minutes: 'Bản của người thứ nhất',
        version: 1,
      }),
      world.visits.change(world.provinceEditor, planned.id, { minutes: 'Bản của người thứ hai', version: 1 }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason.code).toBe('stale_version');
    expect(lost.reason.details.current.version).toBe(2);
    expect((await world.visits.get(world.provinceEditor, planned.id)).version).toBe(2);
  });

  it('refuses a visit change by a unit that does not organise it, writing nothing', async () => {
    const planned = await planVisit();
    expect(
      await refusal(world.visits.change(world.districtEditor, planned.id, { status: 'concluded' })),
    ).toBe('forbidden');
    expect(await world.visits.get(world.provinceEditor, planned.id)).toEqual(planned);
  });

  it('deletes a visit no directive came from, and only for the organiser’s editors', async () => {
    const planned = await planVisit();
    expect(await refusal(world.visits.remove(world.districtEditor, planned.id))).toBe('forbidden');
    await world.visits.remove(world.provinceEditor, planned.id);
    expect(await refusal(world.visits.get(world.provinceEditor, planned.id))).toBe('not_found');
  });

  it('refuses to delete a visit whose directives are followed up, and keeps their source', async () => {
    const held = await planVisit();
    const [given] = await world.directives.create(
      world.provinceEditor,
      [
        {
          text: 'Tập trung chỉ đạo thu ngân sách',
          source: { kind: 'visit', visitId: held.id, number: '1' },
          issuerUnitId: world.province.id,
          leadUnitId: world.district.id,
          coordinatingUnitIds: [],
          deadline: '2023-12-31',
          indicatorIds: [],
        },
      ],
      '2023-11-17',
    );
    const refused = await world.visits.remove(world.provinceEditor, held.id).catch((e: Error) => e);
    expect((refused as { code?: string }).code).toBe('in_use');
    expect((refused as Error).message).toBe(
      'Đoàn công tác ngày 17/11/2023 đã có 1 kết luận, chỉ đạo đang theo dõi; xóa đoàn thì các kết luận đó mất nguồn. Hãy xóa các kết luận đó trước, hoặc sửa đoàn thay vì xóa',
    );
    expect(await world.visits.get(world.provinceEditor, held.id)).toEqual(held);
    const kept = (await world.directives.detail(world.provinceEditor, given!.id)).directive;
    expect(kept.source).toEqual({ kind: 'visit', visitId: held.id, number: '1' });
  });

  it('changes only the text of a directive, keeping deadline, coordinators and indicators', async () => {
    const d = await issue(world.provinceEditor, world.province.id, world.district.id);
    expect(d.version).toBe(1);
    const changed = await world.directives.change(world.provinceEditor, d.id, {
      text: 'Rà soát quy chế',
      version: 1,
    });
    expect(changed).toEqual({ ...d, text: 'Rà soát quy chế', version: 2 });
    expect(changed.coordinatingUnitIds).toEqual([world.commune.id]);
  });

  it('lets exactly one of two changes of a directive from the same version win', async () => {
    const d = await issue(world.provinceEditor, world.province.id, world.district.id);
    const results = await Promise.allSettled([
      world.directives.change(world.provinceEditor, d.id, { deadline: '2024-01-31', version: 1 }),
      world.directives.change(world.provinceEditor, d.id, { deadline: '2024-02-29', version: 1 }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const won = results.find((r) => r.status === 'fulfilled') as PromiseFulfilledResult<{ deadline: string }>;
    const stored = (await world.directives.detail(world.provinceEditor, d.id)).directive;
    expect([stored.deadline, stored.version]).toEqual([won.value.deadline, 2]);
  });

  it('refuses a lead or coordinating unit outside the scope on change, leaving the directive as it was', async () => {
    const d = await issue(world.districtEditor, world.district.id, world.commune.id);
    expect(
      await refusal(world.directives.change(world.districtEditor, d.id, { leadUnitId: world.other.id })),
    ).toBe('forbidden');
    expect(
      await refusal(
        world.directives.change(world.districtEditor, d.id, { coordinatingUnitIds: [world.other.id] }),
      ),
    ).toBe('forbidden');
    expect(
      await refusal(world.directives.change(world.districtEditor, d.id, { indicatorIds: [999_999] })),
    ).toBe('unknown_indicator');
    expect((await world.directives.detail(world.districtEditor, d.id)).directive).toEqual(d);
  });

  it('refuses a lead unit listed among the coordinating units, on create and on change, naming the field', async () => {
    const refused = await world.directives
      .create(
        world.provinceEditor,
        [
          {
            text: 'Tập trung chỉ đạo thu ngân sách',
            source: { kind: 'document', number: '12-KL/TU' },
            issuerUnitId: world.province.id,
            leadUnitId: world.district.id,
            coordinatingUnitIds: [world.commune.id, world.district.id],
            deadline: '2023-12-31',
            indicatorIds: [],
          },
        ],
        '2023-11-17',
      )
      .catch((e: Error) => e);
    expect([(refused as { code?: string }).code, (refused as Error).message]).toEqual([
      'invalid_input',
      `directives.0.coordinatingUnitIds.1: đơn vị ${world.district.id} đã là đơn vị chủ trì, không thể đồng thời là đơn vị phối hợp`,
    ]);
    const d = await issue(world.provinceEditor, world.province.id, world.district.id);
    const changed = await world.directives
      .change(world.provinceEditor, d.id, { leadUnitId: world.commune.id })
      .catch((e: Error) => e);
    expect((changed as Error).message).toBe(
      `coordinatingUnitIds.0: đơn vị ${world.commune.id} đã là đơn vị chủ trì, không thể đồng thời là đơn vị phối hợp`,
    );
    expect((await world.directives.detail(world.provinceEditor, d.id)).directive).toEqual(d);
  });

  it('takes progress and extension requests from the lead unit’s own editors only', async () => {
    const d = await issue(world.provinceEditor, world.province.id, world.commune.id);
    const progress = { text: 'Đã rà soát 12/12 chi bộ', percent: 40, reportedOn: '2023-12-01', evidence: [] };
    const ask = { proposedDeadline: '2024-03-31', reason: 'Chờ hướng dẫn', requestedOn: '2023-12-20' };
    expect(await refusal(world.directives.reportProgress(world.districtEditor, d.id, progress))).toBe(
      'forbidden',
    );
    expect(await refusal(world.directives.requestExtension(world.districtEditor, d.id, ask))).toBe(
      'forbidden',
    );
    const reported = await world.directives.reportProgress(world.communeEditor, d.id, progress);
    expect([reported.directive.progressPercent, reported.directive.version]).toEqual([40, 2]);
    const request = await world.directives.requestExtension(world.communeEditor, d.id, ask);
    expect(
      await refusal(
        world.directives.decideExtension(world.communeEditor, d.id, request.id, { decision: 'approved' }),
      ),
    ).toBe('forbidden');
    const decided = await world.directives.decideExtension(world.provinceEditor, d.id, request.id, {
      decision: 'approved',
      decidedOn: '2023-12-22',
    });
    expect([decided.extension.status, decided.directive.deadline, decided.directive.version]).toEqual([
      'approved',
      '2024-03-31',
      3,
    ]);
  });

  it('refuses the issuer a decision on its own request', async () => {
    const d = await issue(world.districtEditor, world.district.id, world.district.id);
    const request = await world.directives.requestExtension(world.districtEditor, d.id, {
      proposedDeadline: '2024-03-31',
      reason: 'Chờ hướng dẫn',
    });
    expect(
      await refusal(
        world.directives.decideExtension(world.districtEditor, d.id, request.id, { decision: 'approved' }),
      ),
    ).toBe('forbidden');
    expect(
      (await world.directives.detail(world.districtEditor, d.id)).extensions.map((e) => e.status),
    ).toEqual(['pending']);
  });

  it('lets only the organiser set up a team and record or settle its findings, not the inspected unit', async () => {
    const inspections = createInspectionUseCases(world.db);
    const team = (targetUnitId: number) => ({
      year: 2023,
      kind: 'inspection' as const,
      organiserUnitId: world.district.id,
      targetUnitId,
      members: [],
      periodFrom: '2023-03-01',
      periodTo: '2023-03-31',
      content: 'Thu, nộp và quản lý đảng phí',
      conclusionNumber: null,
    });
    expect(await refusal(inspections.create(world.districtEditor, team(world.other.id)))).toBe('forbidden');
    expect(await refusal(inspections.create(world.communeEditor, team(world.commune.id)))).toBe('forbidden');
    expect(
      await refusal(
        inspections.create(world.districtEditor, { ...team(world.commune.id), periodTo: '2023-02-28' }),
      ),
    ).toBe('invalid_input');
    const inspection = await inspections.create(world.districtEditor, team(world.commune.id));
    const text = 'Chậm nộp đảng phí quý II';
    expect(await refusal(inspections.addFinding(world.communeEditor, inspection.id, text))).toBe('forbidden');
    const finding = await inspections.addFinding(world.districtEditor, inspection.id, text);
    expect(await refusal(inspections.setFindingStatus(world.communeEditor, finding.id, 'remedied'))).toBe(
      'forbidden',
    );
    await inspections.setFindingStatus(world.districtEditor, finding.id, 'remedied');
    expect((await inspections.detail(world.communeEditor, inspection.id)).findings).toEqual([
      { id: finding.id, inspectionId: inspection.id, text, status: 'remedied' },
    ]);
  });

  it('takes evidence for a progress report from the lead unit’s own editors only, on that directive’s report', async () => {
    const evidence = createEvidenceUseCases(world.db);
    const d = await issue(world.provinceEditor, world.province.id, world.commune.id);
    const progress = { text: 'Đã rà soát', percent: 10, reportedOn: '2023-12-01', evidence: [] };
    const { update } = await world.directives.reportProgress(world.communeEditor, d.id, progress);
    expect(await refusal(evidence.checkUpload(world.districtEditor, d.id, update.id))).toBe('forbidden');
    expect(await refusal(evidence.checkUpload(world.communeEditor, d.id, update.id + 1000))).toBe(
      'not_found',
    );
    const file = {
      fileName: 'bien-ban.pdf',
      contentType: 'application/pdf',
      content: Buffer.from('%PDF-1.4'),
    };
    const saved = await evidence.add(world.communeEditor, { directiveId: d.id, updateId: update.id }, file);
    expect((await evidence.listOf(world.provinceEditor, d.id)).map((e) => [e.id, e.fileName])).toEqual([
      [saved.id, 'bien-ban.pdf'],
    ]);
    expect((await evidence.file(world.provinceEditor, d.id, saved.id)).content.toString()).toBe('%PDF-1.4');
  });
});
