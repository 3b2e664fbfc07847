// The follow-through of the Cái Nước visit over HTTP: plan, briefing pack, record from the article,
// directives, progress by the district, extension and completion by the province, summary; and who sees what.
// Each test starts from the seed alone and takes the story as far as it needs, so any order gives the same.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import mammoth from 'mammoth';
import { beforeEach, describe, expect, it } from 'vitest';
import { CAI_NUOC_TOPIC_CODES } from '../../core/visit/topic-catalog.testing';
import { createAuditRepository } from '../../db/audit.repository';
import { emptyAllButSeed, testDatabases } from '../../db/testing';
import { type Client, planCaiNuocVisit, useTestApp } from '../testing';

const ARTICLE = readFileSync(resolve(__dirname, '../../../fixtures/cai-nuoc-2023-11-17.txt'), 'utf8');

describe.each(testDatabases())('visits and directives API on $name', ({ open }) => {
  const testApp = useTestApp(open, ['nl.tinhuy', 'nl.cainuoc', 'nl.tranthoi', 'nl.damdoi'], {
    visitEditors: true,
  });
  const { database, seed } = testApp;
  const [province, district, commune, damDoi] = testApp.clients;

  /** The province plans its 17/11/2023 visit to the district and the commune; the visit's id. */
  const planVisit = () => planCaiNuocVisit(province, seed.units, ['party_building', 'inspection_followup']);

  /** The directives the article proposes, saved as the province reviewed them, due 31/12/2023. */
  const saveDirectives = async (visitId: number) => {
    const drafts = (
      await province.request({ method: 'POST', url: '/api/directives/propose', payload: { text: ARTICLE } })
    ).json().proposals as Array<{ text: string; addressee: string }>;
    const toCommune = (a: string) => a === 'Đảng ủy xã Trần Thới';
    const response = await province.request({
      method: 'POST',
      url: '/api/directives',
      payload: {
        directives: drafts.map((d) => ({
          text: d.text,
          source: { kind: 'visit', visitId, number: null },
          issuerUnitId: seed.units.province.id,
          leadUnitId: toCommune(d.addressee) ? seed.units.tranThoi.id : seed.units.district.id,
          deadline: '2023-12-31',
          createdOn: '2023-11-17',
        })),
      },
    });
    expect(response.statusCode).toBe(201);
    const saved = response.json().directives as Array<{ id: number; leadUnitId: number }>;
    return {
      district: saved.filter((d) => d.leadUnitId === seed.units.district.id).map((d) => d.id),
      commune: saved.filter((d) => d.leadUnitId === seed.units.tranThoi.id).map((d) => d.id),
    };
  };

  /** The planned visit and its 18 directives: 14 led by the district, 4 by the commune. */
  const visitWithDirectives = async () => {
    const visitId = await planVisit();
    return { visitId, directiveIds: await saveDirectives(visitId) };
  };

  /** The district asks to move a directive's deadline to 31/03/2024; the answer. */
  const askExtension = (id: number) =>
    district.request({
      method: 'POST',
      url: `/api/directives/${id}/extensions`,
      payload: {
        proposedDeadline: '2024-03-31',
        reason: 'Chờ hướng dẫn của Trung ương',
        requestedOn: '2023-12-20',
      },
    });

  const complete = (client: Client, id: number, completedOn: string) =>
    client.request({ method: 'POST', url: `/api/directives/${id}/complete`, payload: { completedOn } });

  /**
   * The visit's follow-up as of 15/01/2024: of the district's directives the first done on time (15/12/2023),
   * the second extended to 31/03/2024, the third done late (05/01/2024); the other 15 past their deadline.
   */
  const visitFollowedUp = async () => {
    const planned = await visitWithDirectives();
    const [onTime, extended, late] = planned.directiveIds.district as [number, number, number];
    const asked = await askExtension(extended);
    expect(asked.statusCode).toBe(201);
    const decided = await province.request({
      method: 'POST',
      url: `/api/directives/${extended}/extensions/${asked.json().extension.id}/decision`,
      payload: { decision: 'approved', decidedOn: '2023-12-22' },
    });
    expect(decided.statusCode).toBe(200);
    expect((await complete(province, onTime, '2023-12-15')).statusCode).toBe(200);
    expect((await complete(province, late, '2024-01-05')).statusCode).toBe(200);
    return planned;
  };

  beforeEach(async () => {
    await emptyAllButSeed(database.db);
  });

  it('plans a visit of the province to the district and the commune', async () => {
    const visitId = await planVisit();
    const response = await province.request({ method: 'GET', url: `/api/visits/${visitId}` });
    expect(response.json().visit).toMatchObject({
      id: visitId,
      date: '2023-11-17',
      status: 'planned',
      members: [],
      minutes: null,
      hostUnitIds: [seed.units.district.id, seed.units.tranThoi.id],
      topicCodes: ['party_building', 'inspection_followup'],
    });
  });

  it('refuses a topic outside the catalog, naming it', async () => {
    const visitId = await planVisit();
    const response = await province.request({
      method: 'PATCH',
      url: `/api/visits/${visitId}`,
      payload: { topicCodes: ['cadres', 'sports'] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: 'invalid_input',
      message: 'topicCodes: không có trong danh mục: sports',
    });
  });

  it('downloads the briefing pack in the Party format', async () => {
    const visitId = await planVisit();
    const response = await province.request({
      method: 'GET',
      url: `/api/visits/${visitId}/briefing-pack.docx?number=12-BC/TU&date=2023-11-10`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('wordprocessingml');
    const lines = (await mammoth.extractRawText({ buffer: response.rawPayload })).value
      .split('\n')
      .filter((l) => l.trim());
    expect(lines.slice(0, 5)).toEqual([
      'TỈNH ỦY CÀ MAU',
      '*',
      'Số 12-BC/TU',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Cà Mau, ngày 10 tháng 11 năm 2023',
    ]);
    expect(lines).toContain('phục vụ buổi làm việc với Huyện ủy Cái Nước và Đảng ủy xã Trần Thới');
    expect(lines).toContain('Nơi nhận:');
  });

  it('drafts the visit from the article with units matched in scope', async () => {
    const response = await province.request({
      method: 'POST',
      url: '/api/visits/from-text',
      payload: { text: ARTICLE },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.draft).toMatchObject({
      date: '2023-11-17',
      leader: { name: 'Phạm Thành Ngại', title: 'Phó Bí thư Thường trực Tỉnh ủy' },
      hostNames: ['Ban Thường vụ Huyện ủy Cái Nước', 'Đảng ủy xã Trần Thới'],
    });
    expect(body.hosts.map((h: { unitId: number }) => h.unitId)).toEqual([
      seed.units.district.id,
      seed.units.tranThoi.id,
    ]);
    expect(body.organiser.unitId).toBe(seed.units.province.id);
    expect(body.draft.topicCodes).toEqual([...CAI_NUOC_TOPIC_CODES]);
    expect(body.draft.directives).toHaveLength(18);
    expect(body.statements.find((s: { value: number }) => s.value === 24937)).toMatchObject({ unit: 'tấn' });
  });

  it('saves the reviewed directives of both meetings', async () => {
    const { visitId, directiveIds } = await visitWithDirectives();
    expect([directiveIds.district.length, directiveIds.commune.length]).toEqual([14, 4]);
    const listed = (
      await province.request({ method: 'GET', url: `/api/directives?visitId=${visitId}` })
    ).json().directives as Array<{ id: number; text: string; deadline: string }>;
    expect(listed.map((d) => d.id).sort((a, b) => a - b)).toEqual(
      [...directiveIds.district, ...directiveIds.commune].sort((a, b) => a - b),
    );
    expect(listed.find((d) => d.id === directiveIds.district[0])).toMatchObject({
      text: 'Chỉ đạo nâng cao chất lượng công tác triển khai, quán triệt học tập các nghị quyết, quy định của Đảng',
      deadline: '2023-12-31',
    });
  });

  it('refuses a directive issued in the name of a unit outside the scope', async () => {
    const response = await district.request({
      method: 'POST',
      url: '/api/directives',
      payload: {
        directives: [
          {
            text: 'Tự giao cho mình',
            source: { kind: 'document', number: '1-KL/TU' },
            issuerUnitId: seed.units.province.id,
            leadUnitId: seed.units.district.id,
          },
        ],
      },
    });
    expect(response.statusCode).toBe(403);
  });

  it('lets the district report progress on its directive, not the commune', async () => {
    const { directiveIds } = await visitWithDirectives();
    const id = directiveIds.district[0]!;
    const ok = await district.request({
      method: 'POST',
      url: `/api/directives/${id}/updates`,
      payload: { text: 'Đã quán triệt tại 100% chi bộ', percent: 60, reportedOn: '2023-12-01' },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().directive).toMatchObject({ progressPercent: 60, status: 'open_within_deadline' });
    const detail = (await province.request({ method: 'GET', url: `/api/directives/${id}` })).json();
    expect(detail.updates).toMatchObject([
      { percent: 60, reportedOn: '2023-12-01', unitId: seed.units.district.id, reportedBy: 'nl.cainuoc' },
    ]);
    const refused = await commune.request({
      method: 'POST',
      url: `/api/directives/${directiveIds.district.at(-1)}/updates`,
      payload: { text: 'x', percent: 10 },
    });
    expect(refused.statusCode).toBe(403);
  });

  it('lets only the province approve an extension', async () => {
    const { directiveIds } = await visitWithDirectives();
    const id = directiveIds.district[1]!;
    const asked = await askExtension(id);
    expect(asked.statusCode).toBe(201);
    const pendingIn = async (client: typeof district) => {
      const listed = await client.request({ method: 'GET', url: '/api/directives' });
      const shown = listed.json().directives as { id: number; pendingExtension: unknown }[];
      return shown.filter((d) => d.pendingExtension !== null).map((d) => [d.id, d.pendingExtension]);
    };
    // Both sides see in the list which directive waits on the issuer's decision, and until when it asks.
    const waiting = [
      [id, { id: asked.json().extension.id, proposedDeadline: '2024-03-31', requestedOn: '2023-12-20' }],
    ];
    expect(await pendingIn(district)).toEqual(waiting);
    expect(await pendingIn(province)).toEqual(waiting);
    const onlyPending = async () =>
      (await province.request({ method: 'GET', url: '/api/directives?pendingExtension=true' }))
        .json()
        .directives.map((d: { id: number }) => d.id);
    expect(await onlyPending()).toEqual([id]);
    const bad = await province.request({ method: 'GET', url: '/api/directives?pendingExtension=yes' });
    expect([bad.statusCode, bad.json().field]).toEqual([400, 'query.pendingExtension']);
    const url = `/api/directives/${id}/extensions/${asked.json().extension.id}/decision`;
    const byDistrict = await district.request({ method: 'POST', url, payload: { decision: 'approved' } });
    expect(byDistrict.statusCode).toBe(403);
    expect(byDistrict.json()).toMatchObject({ error: 'forbidden', reason: 'not_issuer' });
    const byProvince = await province.request({
      method: 'POST',
      url,
      payload: { decision: 'approved', decidedOn: '2023-12-22' },
    });
    expect(byProvince.statusCode).toBe(200);
    expect(byProvince.json().directive.deadline).toBe('2024-03-31');
    expect(await pendingIn(district)).toEqual([]);
    expect(await onlyPending()).toEqual([]);
    const again = await province.request({ method: 'POST', url, payload: { decision: 'rejected' } });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toEqual({
      error: 'already_decided',
      reason: 'already_decided',
      message: `extension ${asked.json().extension.id}: already approved`,
    });
  });

  it('lets only the province confirm completion, which fixes on time or late', async () => {
    const { directiveIds } = await visitWithDirectives();
    const [onTime, , late] = directiveIds.district as [number, number, number];
    const byDistrict = await complete(district, onTime, '2023-12-15');
    expect(byDistrict.statusCode).toBe(403);
    const a = await complete(province, onTime, '2023-12-15');
    expect(a.json().directive).toMatchObject({ id: onTime, status: 'done_on_time', progressPercent: 100 });
    const b = await complete(province, late, '2024-01-05');
    expect(b.json().directive).toMatchObject({ id: late, status: 'done_late', progressPercent: 100 });
    const progress = await district.request({
      method: 'POST',
      url: `/api/directives/${onTime}/updates`,
      payload: { text: 'Báo cáo thêm', percent: 100 },
    });
    const twice = await complete(province, onTime, '2023-12-20');
    for (const refused of [progress, twice]) {
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toEqual({
        error: 'already_completed',
        reason: 'already_completed',
        message: `directive ${onTime}: completed on 2023-12-15`,
      });
    }
  });

  it('sees the rest go overdue in the four-way summary', async () => {
    await visitFollowedUp();
    const response = await province.request({
      method: 'GET',
      url: '/api/directives/summary?asOf=2024-01-15',
    });
    const body = response.json();
    // 18 directives: 1 done on time, 1 done late, 1 extended to 31/03/2024, 15 past 31/12/2023.
    expect(body.totals).toEqual({
      done_on_time: 1,
      done_late: 1,
      open_within_deadline: 1,
      open_overdue: 15,
      total: 18,
      dueSoon: 0,
    });
    expect(body.rows.find((r: { unitId: number }) => r.unitId === seed.units.tranThoi.id)).toMatchObject({
      open_overdue: 4,
      total: 4,
    });
    const overdue = await district.request({
      method: 'GET',
      url: '/api/directives?status=open_overdue&asOf=2024-01-15',
    });
    expect(overdue.json().directives).toHaveLength(15);
    const xlsx = await province.request({
      method: 'GET',
      url: '/api/directives/summary.xlsx?asOf=2024-01-15',
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toBe(
      'attachment; filename="tong-hop-ket-luan-2024-01-15.xlsx"',
    );
  });

  it('gives each host its own section in the briefing pack, with the earlier directives it leads as they stood', async () => {
    const { visitId } = await visitFollowedUp();
    // A conclusion from before the visit, 30% done on the day of the visit and finished after it.
    const earlier = await province.request({
      method: 'POST',
      url: '/api/directives',
      payload: {
        directives: [
          {
            text: 'Rà soát, bổ sung quy hoạch cán bộ nhiệm kỳ 2025–2030',
            source: { kind: 'document', number: '05-KL/TU' },
            issuerUnitId: seed.units.province.id,
            leadUnitId: seed.units.district.id,
            deadline: '2023-09-30',
            createdOn: '2023-05-10',
          },
        ],
      },
    });
    expect(earlier.statusCode).toBe(201);
    const earlierId = earlier.json().directives[0].id as number;
    for (const [percent, reportedOn] of [
      [30, '2023-08-01'],
      [100, '2023-12-20'],
    ] as const) {
      const update = await district.request({
        method: 'POST',
        url: `/api/directives/${earlierId}/updates`,
        payload: { text: `Đã thực hiện ${percent}%`, percent, reportedOn },
      });
      expect(update.statusCode).toBe(201);
    }
    const response = await province.request({
      method: 'GET',
      url: `/api/visits/${visitId}/briefing-pack.docx?number=20-BC/TU&date=2024-01-15`,
    });
    expect(response.statusCode).toBe(200);
    const lines = (await mammoth.extractRawText({ buffer: response.rawPayload })).value
      .split('\n')
      .filter((l) => l.trim());
    expect(lines.filter((l) => /^[IVX]+\. /.test(l))).toEqual([
      'I. THÔNG TIN CHUNG',
      'II. HUYỆN ỦY CÁI NƯỚC',
      'III. ĐẢNG ỦY XÃ TRẦN THỚI',
    ]);
    const communeAt = lines.indexOf('III. ĐẢNG ỦY XÃ TRẦN THỚI');
    const districtLines = lines.slice(lines.indexOf('II. HUYỆN ỦY CÁI NƯỚC'), communeAt);
    // The visit's own 14 directives for the district are its outcome, not its background: the pack, dated
    // after the visit, shows the earlier conclusion as it stood on 17/11/2023 (overdue, 30%).
    expect(
      districtLines.slice(districtLines.indexOf('Rà soát, bổ sung quy hoạch cán bộ nhiệm kỳ 2025–2030')),
    ).toEqual([
      'Rà soát, bổ sung quy hoạch cán bộ nhiệm kỳ 2025–2030',
      '05-KL/TU',
      'Huyện ủy Cái Nước',
      '30/09/2023',
      'Chưa hoàn thành, quá hạn (30%)',
      '4. Kết quả kiểm tra, giám sát chưa khắc phục',
      'Không còn kết quả kiểm tra, giám sát chưa khắc phục.',
    ]);
    const noFigures = (name: string, measure: string) => [name, measure, '—', '—', '—', 'Chưa có số liệu'];
    expect(lines.slice(communeAt, lines.indexOf('Nơi nhận:'))).toEqual([
      'III. ĐẢNG ỦY XÃ TRẦN THỚI',
      '1. Chỉ tiêu chậm tiến độ và số liệu cần kiểm tra',
      'Không có chỉ tiêu chậm tiến độ hay số liệu cần kiểm tra.',
      '2. Kết quả thực hiện chỉ tiêu năm 2023',
      ...['Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu giao', 'Thực hiện', 'Tỷ lệ đạt', 'Tiến độ'],
      ...noFigures('Tổng sản lượng thủy sản', 'tấn'),
      ...noFigures('Sản lượng tôm', 'tấn'),
      ...noFigures('Tỷ lệ bao phủ bảo hiểm y tế', '%'),
      '3. Kết luận, chỉ đạo trước đây và tình hình thực hiện',
      'Chưa có kết luận, chỉ đạo nào được giao.',
      '4. Kết quả kiểm tra, giám sát chưa khắc phục',
      'Không còn kết quả kiểm tra, giám sát chưa khắc phục.',
    ]);
  });

  it('shows a unit only the visits it hosted or organised and the directives of its subtree', async () => {
    const { visitId, directiveIds } = await visitWithDirectives();
    expect((await damDoi.request({ method: 'GET', url: '/api/visits' })).json().visits).toEqual([]);
    expect((await damDoi.request({ method: 'GET', url: `/api/visits/${visitId}` })).statusCode).toBe(403);
    expect((await damDoi.request({ method: 'GET', url: '/api/directives' })).json().directives).toEqual([]);
    expect(
      (await damDoi.request({ method: 'GET', url: `/api/directives/${directiveIds.commune[0]}` })).statusCode,
    ).toBe(403);
    const visits = (await commune.request({ method: 'GET', url: '/api/visits' })).json().visits;
    expect(visits.map((v: { id: number }) => v.id)).toEqual([visitId]);
    const mine = (await commune.request({ method: 'GET', url: '/api/directives' })).json().directives;
    expect(mine.map((d: { id: number }) => d.id)).toEqual(directiveIds.commune);
  });

  it('keeps every change in the audit log', async () => {
    const { visitId, directiveIds } = await visitFollowedUp();
    const audit = createAuditRepository(database.db);
    const extended = await audit.historyOf('directive', directiveIds.district[1]!);
    expect(extended.map((e) => e.action)).toEqual(['create', 'update']);
    expect((extended[1]!.after as { deadline: string }).deadline).toBe('2024-03-31');
    expect((await audit.historyOf('visit', visitId)).map((e) => e.action)).toEqual(['create']);
  });

  it('counts the district inspection programme as reports state it', async () => {
    for (const kind of [
      'inspection',
      'inspection',
      'inspection',
      'inspection',
      'supervision',
      'supervision',
      'supervision',
      'supervision',
    ]) {
      const r = await district.request({
        method: 'POST',
        url: '/api/inspections',
        payload: {
          year: 2023,
          kind,
          organiserUnitId: seed.units.district.id,
          targetUnitId: seed.units.tranThoi.id,
          periodFrom: '2023-03-01',
          periodTo: '2023-03-31',
          content: 'Thu, nộp và quản lý đảng phí',
        },
      });
      expect(r.statusCode).toBe(201);
    }
    const counts = await district.request({
      method: 'GET',
      url: `/api/inspections/counts?year=2023&organiserUnitId=${seed.units.district.id}`,
    });
    expect(counts.json()).toEqual({
      total: 8,
      inspection: 4,
      supervision: 4,
      text: '08 đoàn (04 kiểm tra, 04 giám sát)',
    });
    expect((await damDoi.request({ method: 'GET', url: '/api/inspections' })).json().inspections).toEqual([]);
  });

  it('writes the news brief with each host’s own figures, named by its report', async () => {
    const visitId = await planVisit();
    const figure = (client: Client, unitId: number, indicatorId: number, period: string, value: number) =>
      client.request({
        method: 'POST',
        url: '/api/observations',
        payload: { unitId, indicatorId, period, kind: 'actual', value },
      });
    const { district: huyen, tranThoi } = seed.units;
    const target = { unitId: huyen.id, indicatorId: seed.indicators.tom.id, fromYear: 2023, value: 29_004 };
    const created = await district.request({
      method: 'POST',
      url: '/api/targets',
      payload: { ...target, source: 'resolution' },
    });
    expect(created.statusCode).toBe(201);
    expect((await figure(district, huyen.id, seed.indicators.tom.id, '2023-9M', 24_937)).statusCode).toBe(
      201,
    );
    expect((await figure(commune, tranThoi.id, seed.indicators.bhyt.id, '2023', 92.58)).statusCode).toBe(201);
    const response = await province.request({ method: 'GET', url: `/api/visits/${visitId}/brief` });
    expect(response.statusCode).toBe(200);
    const paragraphs = response.json().brief.paragraphs as string[];
    expect(paragraphs.filter((p) => p.startsWith('Theo báo cáo'))).toEqual([
      'Theo báo cáo của Huyện ủy Cái Nước, sản lượng tôm 24.937 tấn, đạt 85,98% Nghị quyết.',
      'Theo báo cáo của Đảng ủy xã Trần Thới, tỷ lệ bao phủ bảo hiểm y tế 92,58%.',
    ]);
  });

  it('names the units of each directive, the issuer above the reader’s scope included', async () => {
    const { directiveIds } = await visitWithDirectives();
    const { directives } = (await commune.request({ method: 'GET', url: '/api/directives' })).json() as {
      directives: Array<{
        id: number;
        issuerUnitId: number;
        leadUnitId: number;
        unitNames: Record<string, string>;
      }>;
    };
    expect(directives.map((d) => d.id)).toEqual(directiveIds.commune);
    for (const d of directives) {
      expect(d.unitNames[d.issuerUnitId]).toBe('Tỉnh ủy Cà Mau');
      expect(d.unitNames[d.leadUnitId]).toBe('Đảng ủy xã Trần Thới');
    }
    const units = (await commune.request({ method: 'GET', url: '/api/units' })).json().units;
    expect(units.map((u: { code: string }) => u.code)).toEqual(['DU_TRANTHOI']);
  });
});
