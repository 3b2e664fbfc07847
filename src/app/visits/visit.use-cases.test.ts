// The visit and directive use cases on a real database: a change names only what it changes, a version
// read and sent back refuses a lost update (two editors from the same version: exactly one wins), and the
// rights of core's visit-access hold whatever calls them (the API, the CLI).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Indicator, Unit, User } from '../../core/types';
import type { Db } from '../../db/database';
import { buildIndicator } from '../../db/factories';
import { createIndicatorRepository } from '../../db/indicator.repository';
import { testDatabases } from '../../db/testing';
import { addAccount, addTranThoi, seedCaMau } from '../testing/ca-mau';
import { createDirectiveUseCases, type DirectiveUseCases } from './directive.use-cases';
import { createEvidenceUseCases } from './evidence.use-cases';
import { createInspectionUseCases } from './inspection.use-cases';
import { createVisitUseCases, type VisitUseCases } from './visit.use-cases';

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

describe.each(testDatabases())('visit and directive use cases on $name', ({ open }) => {
  let db: Db;
  let close: () => Promise<void>;
  let province: Unit;
  let district: Unit;
  let commune: Unit;
  let other: Unit;
  let tom: Indicator;
  let provinceEditor: User;
  let districtEditor: User;
  let communeEditor: User;
  let visits: VisitUseCases;
  let directives: DirectiveUseCases;

  beforeAll(async () => {
    ({ db, close } = await open());
    ({ province, district, other } = await seedCaMau(db));
    commune = await addTranThoi(db, district);
    tom = await createIndicatorRepository(db).create(buildIndicator(), system);
    const editor = (username: string, unit: Unit) => addAccount(db, username, 'editor', unit, username);
    provinceEditor = await editor('nl.tinhuy', province);
    districtEditor = await editor('nl.cainuoc', district);
    communeEditor = await editor('nl.tranthoi', commune);
    visits = createVisitUseCases(db);
    directives = createDirectiveUseCases(db);
  });
  afterAll(() => close());

  const planVisit = () =>
    visits.create(provinceEditor, {
      date: '2023-11-17',
      leader: { name: 'Nguyễn Hồ Hải', title: 'Bí thư Tỉnh ủy' },
      members: ['Lâm Văn Bi'],
      organiserUnitId: province.id,
      hostUnitIds: [district.id],
      topicCodes: [],
      status: 'held',
      minutes: 'Biên bản buổi làm việc',
    });

  const issue = async (issuer: User, issuerUnitId: number, leadUnitId: number) =>
    (
      await directives.create(
        issuer,
        [
          {
            text: 'Rà soát, bổ sung quy chế làm việc',
            source: { kind: 'document', number: '12-KL/TU' },
            issuerUnitId,
            leadUnitId,
            coordinatingUnitIds: leadUnitId === commune.id ? [] : [commune.id],
            deadline: '2023-12-31',
            indicatorIds: [tom.id],
          },
        ],
        '2023-11-17',
      )
    )[0]!;

  it('changes only the date of a visit, keeping status, minutes and members, and moves its version', async () => {
    const planned = await planVisit();
    const changed = await visits.change(provinceEditor, planned.id, { date: '2023-11-18', version: 1 });
    expect(changed).toEqual({ ...planned, date: '2023-11-18', version: 2 });
  });

  it('lets exactly one of two changes of a visit from the same version win; the other is stale', async () => {
    const planned = await planVisit();
    const results = await Promise.allSettled([
      visits.change(provinceEditor, planned.id, { minutes: 'Bản của người thứ nhất', version: 1 }),
      visits.change(provinceEditor, planned.id, { minutes: 'Bản của người thứ hai', version: 1 }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason.code).toBe('stale_version');
    expect(lost.reason.details.current.version).toBe(2);
    expect((await visits.get(provinceEditor, planned.id)).version).toBe(2);
  });

  it('refuses a visit change by a unit that does not organise it, writing nothing', async () => {
    const planned = await planVisit();
    expect(await refusal(visits.change(districtEditor, planned.id, { status: 'concluded' }))).toBe(
      'forbidden',
    );
    expect(await visits.get(provinceEditor, planned.id)).toEqual(planned);
  });

  it('deletes a visit no directive came from, and only for the organiser’s editors', async () => {
    const planned = await planVisit();
    expect(await refusal(visits.remove(districtEditor, planned.id))).toBe('forbidden');
    await visits.remove(provinceEditor, planned.id);
    expect(await refusal(visits.get(provinceEditor, planned.id))).toBe('not_found');
  });

  it('refuses to delete a visit whose directives are followed up, and keeps their source', async () => {
    const held = await planVisit();
    const [given] = await directives.create(
      provinceEditor,
      [
        {
          text: 'Tập trung chỉ đạo thu ngân sách',
          source: { kind: 'visit', visitId: held.id, number: '1' },
          issuerUnitId: province.id,
          leadUnitId: district.id,
          coordinatingUnitIds: [],
          deadline: '2023-12-31',
          indicatorIds: [],
        },
      ],
      '2023-11-17',
    );
    const refused = await visits.remove(provinceEditor, held.id).catch((e: Error) => e);
    expect((refused as { code?: string }).code).toBe('in_use');
    expect((refused as Error).message).toBe(
      'Đoàn công tác ngày 17/11/2023 đã có 1 kết luận, chỉ đạo đang theo dõi; xóa đoàn thì các kết luận đó mất nguồn. Hãy xóa các kết luận đó trước, hoặc sửa đoàn thay vì xóa',
    );
    expect(await visits.get(provinceEditor, held.id)).toEqual(held);
    const kept = (await directives.detail(provinceEditor, given!.id)).directive;
    expect(kept.source).toEqual({ kind: 'visit', visitId: held.id, number: '1' });
  });

  it('changes only the text of a directive, keeping deadline, coordinators and indicators', async () => {
    const d = await issue(provinceEditor, province.id, district.id);
    expect(d.version).toBe(1);
    const changed = await directives.change(provinceEditor, d.id, { text: 'Rà soát quy chế', version: 1 });
    expect(changed).toEqual({ ...d, text: 'Rà soát quy chế', version: 2 });
    expect(changed.coordinatingUnitIds).toEqual([commune.id]);
  });

  it('lets exactly one of two changes of a directive from the same version win', async () => {
    const d = await issue(provinceEditor, province.id, district.id);
    const results = await Promise.allSettled([
      directives.change(provinceEditor, d.id, { deadline: '2024-01-31', version: 1 }),
      directives.change(provinceEditor, d.id, { deadline: '2024-02-29', version: 1 }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const won = results.find((r) => r.status === 'fulfilled') as PromiseFulfilledResult<{ deadline: string }>;
    const stored = (await directives.detail(provinceEditor, d.id)).directive;
    expect([stored.deadline, stored.version]).toEqual([won.value.deadline, 2]);
  });

  it('refuses a lead or coordinating unit outside the scope on change, leaving the directive as it was', async () => {
    const d = await issue(districtEditor, district.id, commune.id);
    expect(await refusal(directives.change(districtEditor, d.id, { leadUnitId: other.id }))).toBe(
      'forbidden',
    );
    expect(await refusal(directives.change(districtEditor, d.id, { coordinatingUnitIds: [other.id] }))).toBe(
      'forbidden',
    );
    expect(await refusal(directives.change(districtEditor, d.id, { indicatorIds: [999_999] }))).toBe(
      'unknown_indicator',
    );
    expect((await directives.detail(districtEditor, d.id)).directive).toEqual(d);
  });

  it('refuses a lead unit listed among the coordinating units, on create and on change, naming the field', async () => {
    const refused = await directives
      .create(
        provinceEditor,
        [
          {
            text: 'Tập trung chỉ đạo thu ngân sách',
            source: { kind: 'document', number: '12-KL/TU' },
            issuerUnitId: province.id,
            leadUnitId: district.id,
            coordinatingUnitIds: [commune.id, district.id],
            deadline: '2023-12-31',
            indicatorIds: [],
          },
        ],
        '2023-11-17',
      )
      .catch((e: Error) => e);
    expect([(refused as { code?: string }).code, (refused as Error).message]).toEqual([
      'invalid_input',
      `directives.0.coordinatingUnitIds.1: đơn vị ${district.id} đã là đơn vị chủ trì, không thể đồng thời là đơn vị phối hợp`,
    ]);
    const d = await issue(provinceEditor, province.id, district.id);
    const changed = await directives
      .change(provinceEditor, d.id, { leadUnitId: commune.id })
      .catch((e: Error) => e);
    expect((changed as Error).message).toBe(
      `coordinatingUnitIds.0: đơn vị ${commune.id} đã là đơn vị chủ trì, không thể đồng thời là đơn vị phối hợp`,
    );
    expect((await directives.detail(provinceEditor, d.id)).directive).toEqual(d);
  });

  it('takes progress and extension requests from the lead unit’s own editors only', async () => {
    const d = await issue(provinceEditor, province.id, commune.id);
    const progress = { text: 'Đã rà soát 12/12 chi bộ', percent: 40, reportedOn: '2023-12-01', evidence: [] };
    const ask = { proposedDeadline: '2024-03-31', reason: 'Chờ hướng dẫn', requestedOn: '2023-12-20' };
    expect(await refusal(directives.reportProgress(districtEditor, d.id, progress))).toBe('forbidden');
    expect(await refusal(directives.requestExtension(districtEditor, d.id, ask))).toBe('forbidden');
    const reported = await directives.reportProgress(communeEditor, d.id, progress);
    expect([reported.directive.progressPercent, reported.directive.version]).toEqual([40, 2]);
    const request = await directives.requestExtension(communeEditor, d.id, ask);
    expect(
      await refusal(directives.decideExtension(communeEditor, d.id, request.id, { decision: 'approved' })),
    ).toBe('forbidden');
    const decided = await directives.decideExtension(provinceEditor, d.id, request.id, {
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
    const d = await issue(districtEditor, district.id, district.id);
    const request = await directives.requestExtension(districtEditor, d.id, {
      proposedDeadline: '2024-03-31',
      reason: 'Chờ hướng dẫn',
    });
    expect(
      await refusal(directives.decideExtension(districtEditor, d.id, request.id, { decision: 'approved' })),
    ).toBe('forbidden');
    expect((await directives.detail(districtEditor, d.id)).extensions.map((e) => e.status)).toEqual([
      'pending',
    ]);
  });

  it('lets only the organiser set up a team and record or settle its findings, not the inspected unit', async () => {
    const inspections = createInspectionUseCases(db);
    const team = (targetUnitId: number) => ({
      year: 2023,
      kind: 'inspection' as const,
      organiserUnitId: district.id,
      targetUnitId,
      members: [],
      periodFrom: '2023-03-01',
      periodTo: '2023-03-31',
      content: 'Thu, nộp và quản lý đảng phí',
      conclusionNumber: null,
    });
    expect(await refusal(inspections.create(districtEditor, team(other.id)))).toBe('forbidden');
    expect(await refusal(inspections.create(communeEditor, team(commune.id)))).toBe('forbidden');
    expect(
      await refusal(inspections.create(districtEditor, { ...team(commune.id), periodTo: '2023-02-28' })),
    ).toBe('invalid_input');
    const inspection = await inspections.create(districtEditor, team(commune.id));
    const text = 'Chậm nộp đảng phí quý II';
    expect(await refusal(inspections.addFinding(communeEditor, inspection.id, text))).toBe('forbidden');
    const finding = await inspections.addFinding(districtEditor, inspection.id, text);
    expect(await refusal(inspections.setFindingStatus(communeEditor, finding.id, 'remedied'))).toBe(
      'forbidden',
    );
    await inspections.setFindingStatus(districtEditor, finding.id, 'remedied');
    expect((await inspections.detail(communeEditor, inspection.id)).findings).toEqual([
      { id: finding.id, inspectionId: inspection.id, text, status: 'remedied' },
    ]);
  });

  it('takes evidence for a progress report from the lead unit’s own editors only, on that directive’s report', async () => {
    const evidence = createEvidenceUseCases(db);
    const d = await issue(provinceEditor, province.id, commune.id);
    const progress = { text: 'Đã rà soát', percent: 10, reportedOn: '2023-12-01', evidence: [] };
    const { update } = await directives.reportProgress(communeEditor, d.id, progress);
    expect(await refusal(evidence.checkUpload(districtEditor, d.id, update.id))).toBe('forbidden');
    expect(await refusal(evidence.checkUpload(communeEditor, d.id, update.id + 1000))).toBe('not_found');
    const file = {
      fileName: 'bien-ban.pdf',
      contentType: 'application/pdf',
      content: Buffer.from('%PDF-1.4'),
    };
    const saved = await evidence.add(communeEditor, { directiveId: d.id, updateId: update.id }, file);
    expect((await evidence.listOf(provinceEditor, d.id)).map((e) => [e.id, e.fileName])).toEqual([
      [saved.id, 'bien-ban.pdf'],
    ]);
    expect((await evidence.file(provinceEditor, d.id, saved.id)).content.toString()).toBe('%PDF-1.4');
  });
});
