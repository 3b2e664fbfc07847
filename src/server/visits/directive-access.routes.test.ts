// Who may act on a directive, over HTTP: the lead unit's own editors report and ask for more time, the
// issuer decides but never on its own request; and every unit or indicator a body names is in scope.
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyAllButSeed, testDatabases } from '../../db/testing';
import { caiNuocVisit, post } from '../requests.testing';
import { type Client, useTestApp } from '../testing';

describe.each(testDatabases())('directive rights and references on $name', ({ open }) => {
  const testApp = useTestApp(open, ['nl.tinhuy', 'nl.cainuoc', 'qt.cainuoc', 'nl.tranthoi'], {
    visitEditors: true,
  });
  const { database, seed } = testApp;
  const [province, district, districtAdmin, commune] = testApp.clients;
  const ids = { communeLed: 0, districtOwn: 0 };
  let created: number[] = [];

  const directive = (issuerUnitId: number, leadUnitId: number, extra: Record<string, unknown> = {}) => ({
    text: 'Rà soát, bổ sung quy chế làm việc',
    source: { kind: 'document', number: '12-KL/TU' },
    issuerUnitId,
    leadUnitId,
    deadline: '2023-12-31',
    createdOn: '2023-11-17',
    ...extra,
  });
  const create = (client: Client, ...directives: ReturnType<typeof directive>[]) =>
    post(client, '/api/directives', { directives });
  const progress = { text: 'Đã rà soát 12/12 chi bộ', percent: 40, reportedOn: '2023-12-01' };
  const extension = { proposedDeadline: '2024-03-31', reason: 'Chờ hướng dẫn', requestedOn: '2023-12-20' };

  // Each test starts from a directive of the province to the commune and one the district gives itself.
  beforeEach(async () => {
    await emptyAllButSeed(database.db);
    const toCommune = await create(province, directive(seed.units.province.id, seed.units.tranThoi.id));
    const own = await create(district, directive(seed.units.district.id, seed.units.district.id));
    created = [toCommune.statusCode, own.statusCode];
    ids.communeLed = toCommune.json().directives?.[0]?.id ?? 0;
    ids.districtOwn = own.json().directives?.[0]?.id ?? 0;
  });

  it('saves a directive of the province to the commune, and one the district gives itself', () => {
    expect(created).toEqual([201, 201]);
    expect(ids.districtOwn).toBeGreaterThan(ids.communeLed);
  });

  it('lets the commune’s own editor report and ask for more time, not the district above it', async () => {
    const base = `/api/directives/${ids.communeLed}`;
    for (const above of [district, districtAdmin]) {
      const report = await post(above, `${base}/updates`, progress);
      const ask = await post(above, `${base}/extensions`, extension);
      expect([report.statusCode, ask.statusCode]).toEqual([403, 403]);
      expect(report.json()).toMatchObject({ error: 'forbidden', reason: 'not_lead_unit' });
    }
    const report = await post(commune, `${base}/updates`, progress);
    expect([report.statusCode, report.json().directive.progressPercent]).toEqual([201, 40]);
    expect((await post(commune, `${base}/extensions`, extension)).statusCode).toBe(201);
  });

  it('refuses the issuer a decision on its own request', async () => {
    const base = `/api/directives/${ids.districtOwn}`;
    const asked = await post(district, `${base}/extensions`, extension);
    expect(asked.statusCode).toBe(201);
    const decided = await post(district, `${base}/extensions/${asked.json().extension.id}/decision`, {
      decision: 'approved',
    });
    expect(decided.statusCode).toBe(403);
    expect(decided.json()).toEqual({
      error: 'forbidden',
      reason: 'own_request',
      message: `extension ${asked.json().extension.id}: a unit does not decide its own request`,
    });
    const after = await district.request({ method: 'GET', url: base });
    expect(after.json().directive.deadline).toBe('2023-12-31');
  });

  it('refuses on create a coordinating unit outside the scope and an unknown indicator, naming them', async () => {
    const outside = await create(
      district,
      directive(seed.units.district.id, seed.units.tranThoi.id),
      directive(seed.units.district.id, seed.units.tranThoi.id, {
        coordinatingUnitIds: [seed.units.thiTran.id, seed.units.otherDistrict.id],
      }),
    );
    expect(outside.statusCode).toBe(403);
    expect(outside.json().message).toBe(
      'directives.1.coordinatingUnitIds.1: đơn vị "Huyện ủy Đầm Dơi" nằm ngoài phạm vi của bạn',
    );
    const unknown = await create(
      district,
      directive(seed.units.district.id, seed.units.tranThoi.id, {
        indicatorIds: [seed.indicators.tom.id, 999_999],
      }),
    );
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual({
      error: 'unknown_indicator',
      field: 'directives.0.indicatorIds.1',
      message: 'directives.0.indicatorIds.1: không có chỉ tiêu id 999999',
    });
    const listed = await district.request({ method: 'GET', url: '/api/directives' });
    expect(
      listed
        .json()
        .directives.map((d: { id: number }) => d.id)
        .sort(),
    ).toEqual([ids.communeLed, ids.districtOwn].sort());
  });

  it('refuses on change a lead or coordinating unit moved out of the scope, and leaves the directive as it was', async () => {
    const url = `/api/directives/${ids.districtOwn}`;
    const patch = (payload: Record<string, unknown>) => district.request({ method: 'PATCH', url, payload });
    const moved = await patch({ leadUnitId: seed.units.otherDistrict.id });
    expect([moved.statusCode, moved.json().message]).toEqual([
      403,
      'leadUnitId: đơn vị "Huyện ủy Đầm Dơi" nằm ngoài phạm vi của bạn',
    ]);
    const helper = await patch({ coordinatingUnitIds: [seed.units.province.id] });
    expect([helper.statusCode, helper.json().message]).toEqual([
      403,
      'coordinatingUnitIds.0: đơn vị "Tỉnh ủy Cà Mau" nằm ngoài phạm vi của bạn',
    ]);
    const indicator = await patch({ indicatorIds: [999_999] });
    expect([indicator.statusCode, indicator.json().error]).toEqual([404, 'unknown_indicator']);
    const after = (await district.request({ method: 'GET', url })).json().directive;
    expect([after.leadUnitId, after.coordinatingUnitIds, after.indicatorIds]).toEqual([
      seed.units.district.id,
      [],
      [],
    ]);
    const inside = await patch({ coordinatingUnitIds: [seed.units.tranThoi.id] });
    expect([inside.statusCode, inside.json().directive.coordinatingUnitIds]).toEqual([
      200,
      [seed.units.tranThoi.id],
    ]);
  });

  it('answers a PATCH with the new version, and 409 stale_version with the current record to a stale one', async () => {
    const url = `/api/directives/${ids.districtOwn}`;
    const patch = (payload: Record<string, unknown>) => district.request({ method: 'PATCH', url, payload });
    const first = await patch({ text: 'Rà soát quy chế làm việc', version: 1 });
    expect([first.statusCode, first.json().directive.version, first.json().directive.deadline]).toEqual([
      200,
      2,
      '2023-12-31',
    ]);
    const stale = await patch({ deadline: '2024-06-30', version: 1 });
    expect([stale.statusCode, stale.json().error]).toEqual([409, 'stale_version']);
    expect(stale.json().current).toMatchObject({ id: ids.districtOwn, version: 2, deadline: '2023-12-31' });
    const onlyVersion = await patch({ version: 2 });
    expect([onlyVersion.statusCode, onlyVersion.json().error]).toEqual([400, 'invalid_input']);
  });

  it('refuses visits hosted and inspections aimed outside the scope, and findings by the inspected unit', async () => {
    const visit = await post(
      district,
      '/api/visits',
      caiNuocVisit(seed.units, {
        organiserUnitId: seed.units.district.id,
        hostUnitIds: [seed.units.tranThoi.id, seed.units.otherDistrict.id],
        topicCodes: ['party_building'],
      }),
    );
    expect([visit.statusCode, visit.json().message]).toEqual([
      403,
      'hostUnitIds: đơn vị "Huyện ủy Đầm Dơi" nằm ngoài phạm vi của bạn',
    ]);
    const team = (targetUnitId: number) => ({
      year: 2023,
      kind: 'inspection',
      organiserUnitId: seed.units.district.id,
      targetUnitId,
      periodFrom: '2023-03-01',
      periodTo: '2023-03-31',
      content: 'Thu, nộp và quản lý đảng phí',
    });
    const aimedOutside = await post(district, '/api/inspections', team(seed.units.otherDistrict.id));
    expect(aimedOutside.statusCode).toBe(403);
    const inspection = await post(district, '/api/inspections', team(seed.units.tranThoi.id));
    expect(inspection.statusCode).toBe(201);
    const finding = await post(commune, `/api/inspections/${inspection.json().inspection.id}/findings`, {
      text: 'Chậm nộp đảng phí quý II',
    });
    expect([finding.statusCode, finding.json().message]).toEqual([
      403,
      `id: chỉ đơn vị tổ chức đoàn kiểm tra ${inspection.json().inspection.id} được ghi kết quả`,
    ]);
  });
});
