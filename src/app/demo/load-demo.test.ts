import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Scorecard, ScorecardRow } from '../../core/scorecard';
import { createAuditRepository } from '../../db/audit.repository';
import { createObservationRepository } from '../../db/observation.repository';
import { createReportRepository } from '../../db/report.repository';
import { type OpenTestDatabase, testDatabases } from '../../db/testing';
import { createUnitRepository } from '../../db/unit.repository';
import { createUserRepository } from '../../db/user.repository';
import { createVisitRepository } from '../../db/visit.repository';
import { createDirectiveRepository } from '../../db/visit-directive.repository';
import { createScorecardService } from '../scorecard/scorecard.service';
import { loadDemo } from './load-demo';

const countBy = (codes: readonly (string | undefined)[]) =>
  Object.fromEntries([...new Set(codes)].map((c) => [c, codes.filter((x) => x === c).length]));

describe.each(testDatabases())('the Cái Nước demo on $name', ({ open }) => {
  let database: OpenTestDatabase;
  let scorecard: Scorecard;
  const row = (code: string): ScorecardRow => {
    const found = scorecard.rows.find((r) => r.indicator.code === code);
    if (!found) throw new Error(`no row ${code}`);
    return found;
  };

  beforeAll(async () => {
    database = await open();
    const result = await loadDemo(database.db);
    expect(result.loaded).toBe(true);
    const district = (await createUnitRepository(database.db).findByCode('HU_CAINUOC'))!;
    scorecard = await createScorecardService(database.db).scorecardOf({ unit: district, year: 2023 });
  });
  afterAll(() => database.close());

  it('shows sản lượng tôm at 24.937 tấn and 85,98% of its resolution target', () => {
    const tom = row('TS_TOM');
    expect(tom.actual?.value).toBe(24937);
    expect(tom.actual?.period).toBe('2023-YTD-2023-11-17');
    expect(tom.achievement).toEqual([expect.objectContaining({ source: 'resolution', percent: 85.98 })]);
    expect(tom.targets[0]).toMatchObject({
      source: 'resolution',
      derivedFrom: 'suy ra từ: đạt 85,98% Nghị quyết',
    });
    expect(tom.targets[0]!.value).toBeCloseTo(24937 / 0.8598, 6);
  });

  it('keeps the year plan of public investment as a stated target, not a derived one', () => {
    const giaiNgan = row('DTC_GIAINGAN');
    expect(giaiNgan.targets).toEqual([
      expect.objectContaining({ source: 'plan', value: 134.113, derivedFrom: null }),
    ]);
    expect(giaiNgan.achievement[0]?.percent).toBeCloseTo((109.96 / 134.113) * 100, 6);
  });

  it('raises the check the report’s own figures give: 109,96 ÷ 134,113 is 81,99%, not the stated 82,1%', () => {
    expect(row('DTC_GIAINGAN').checks.map((c) => c.message)).toEqual([
      'Giải ngân vốn đầu tư công: báo cáo nêu đạt 82,1% kế hoạch, nhưng 109,96 ÷ 134,113 = 81,99% (chênh 0,11 điểm phần trăm)',
    ]);
    const checked = scorecard.rows.filter((r) => r.checks.length > 0).map((r) => r.indicator.code);
    expect(checked).toEqual(['DTC_GIAINGAN']);
  });

  it('stores the implied prior-year shrimp output from the stated 1,25% rise', () => {
    expect(row('TS_TOM').change?.percent).toBeCloseTo(1.25, 9);
    expect(row('TS_TOM').change?.prior).toBeCloseTo(24937 / 1.0125, 6);
  });

  it('keeps the year-end estimate of new party members as an estimate for 2023', () => {
    const ketNap = row('DV_KETNAP');
    expect(ketNap.actual).toMatchObject({ value: 130 });
    expect(ketNap.estimate).toMatchObject({ value: 155, period: '2023' });
  });

  it('traces every extracted figure to its sentence in the stored report', async () => {
    const tom = row('TS_TOM');
    const observation = (await createObservationRepository(database.db).findById(
      tom.actual!.observationId!,
    ))!;
    expect(observation.provenance).toMatchObject({ kind: 'extracted', span: [1370, 1444] });
    const found = await createReportRepository(database.db).findStatementOfObservation(observation.id);
    expect(found?.report.text.slice(1370, 1444)).toBe(
      'sản lượng tôm 24.937 tấn, đạt 85,98% Nghị quyết, tăng 1,25% so với cùng kỳ',
    );
  });

  it('saves the delegation’s visit of 17/11/2023 and its 18 directives, led by the units they address', async () => {
    const units = await createUnitRepository(database.db).findAll();
    const codeOf = (id: number) => units.find((u) => u.id === id)?.code;
    const [visit, ...others] = await createVisitRepository(database.db).list({ scopeUnitIds: null });
    expect(others).toEqual([]);
    expect({
      date: visit!.date,
      leader: visit!.leader,
      status: visit!.status,
      organiser: codeOf(visit!.organiserUnitId),
      hosts: visit!.hostUnitIds.map(codeOf),
      topics: visit!.topicCodes.length,
    }).toEqual({
      date: '2023-11-17',
      leader: { name: 'Phạm Thành Ngại', title: 'Phó Bí thư Thường trực Tỉnh ủy' },
      status: 'held',
      organiser: 'TU_CAMAU',
      hosts: ['HU_CAINUOC', 'DU_TRANTHOI'],
      topics: 8,
    });
    const directives = await createDirectiveRepository(database.db).list({
      scopeUnitIds: null,
      today: '2023-11-17',
      visitId: visit!.id,
    });
    // Each was created led by the unit it addresses; the 2025 arrangements then moved all 18 on.
    const audit = createAuditRepository(database.db);
    const createdLeads = await Promise.all(
      directives.map(async (d) => {
        const [created] = await audit.historyOf('directive', d.id);
        return codeOf((created!.after as { leadUnitId: number }).leadUnitId);
      }),
    );
    expect(countBy(createdLeads)).toEqual({ HU_CAINUOC: 14, DU_TRANTHOI: 4 });
    expect(
      new Set(directives.map((d) => [codeOf(d.issuerUnitId), d.deadline, d.createdOn].join('|'))),
    ).toEqual(new Set(['TU_CAMAU||2023-11-17']));
    expect(directives[14]!.text).toBe(
      'Tập trung chỉ đạo sản xuất, nuôi trồng thủy sản, đảm bảo hiệu quả bền vững, nhân rộng những mô hình hay, hiệu quả',
    );
  });

  it('lives through 1/7/2025: the old province, Bạc Liêu, the district and four communes end on 30/6', async () => {
    const units = await createUnitRepository(database.db).findAll();
    const codeOf = (id: number | null) => units.find((u) => u.id === id)?.code ?? null;
    expect(units.map((u) => [u.code, codeOf(u.parentId), u.validFrom, u.validTo])).toEqual([
      ['TU_CAMAU', null, null, '2025-06-30'],
      ['HU_CAINUOC', 'TU_CAMAU', null, '2025-06-30'],
      ['DU_TRANTHOI', 'HU_CAINUOC', null, '2025-06-30'],
      ['DU_TANHUNGDONG', 'HU_CAINUOC', null, '2025-06-30'],
      ['DU_TTCAINUOC', 'HU_CAINUOC', null, '2025-06-30'],
      ['TU_BACLIEU', null, null, '2025-06-30'],
      ['DU_DONGTHOI', 'HU_CAINUOC', null, '2025-06-30'],
      ['TU_CAMAU_MOI', null, '2025-07-01', null],
      ['DU_XA_CAINUOC', 'TU_CAMAU_MOI', '2025-07-01', null],
    ]);
  });

  it('moves the 18 open directives: 14 of the district to the new province, 4 of Trần Thới to xã Cái Nước', async () => {
    const units = await createUnitRepository(database.db).findAll();
    const codeOf = (id: number) => units.find((u) => u.id === id)?.code;
    const directives = createDirectiveRepository(database.db);
    const all = await directives.list({ scopeUnitIds: null, today: '2026-01-15' });
    expect(countBy(all.map((d) => codeOf(d.leadUnitId)))).toEqual({ TU_CAMAU_MOI: 14, DU_XA_CAINUOC: 4 });
    const lines = await Promise.all(
      all.map(async (d) => (await directives.updatesOf(d.id)).map((u) => u.text)),
    );
    expect(countBy(lines.map((l) => l.join(' / ')))).toEqual({
      'Chuyển từ Huyện ủy Cái Nước sang Đảng bộ tỉnh Cà Mau ngày 01/07/2025 theo 203/2025/QH15': 14,
      'Chuyển từ Đảng ủy xã Trần Thới sang Đảng ủy xã Cái Nước ngày 01/07/2025 theo 1655/NQ-UBTVQH15': 4,
    });
  });

  it('creates the demo admin, the district and province editors and the viewer, and loads nothing twice', async () => {
    const users = await createUserRepository(database.db).findAll();
    const units = await createUnitRepository(database.db).findAll();
    const codeOf = (id: number | null) => units.find((u) => u.id === id)?.code ?? null;
    expect(users.map((u) => [u.username, u.role, codeOf(u.scopeUnitId)])).toEqual([
      ['admin', 'admin', null],
      ['bientap.cainuoc', 'editor', 'HU_CAINUOC'],
      ['bientap.tinhuy', 'editor', 'TU_CAMAU'],
      ['viewer', 'viewer', 'HU_CAINUOC'],
    ]);
    expect((await loadDemo(database.db)).loaded).toBe(false);
  });
});

describe('tiendo demo', () => {
  it('refuses arguments with exit 2 and says which, before touching any database', async () => {
    const { run } = await import('../../cli/demo.command');
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(await run(['--force'])).toBe(2);
      expect(error.mock.calls.map((c) => String(c[0]))).toEqual([
        'tiendo demo: không nhận tham số (--force)',
      ]);
    } finally {
      error.mockRestore();
    }
  });
});
