// Submissions over the API on both engines: the board, submit → return → resubmit → approve, the lock an
// approval puts on the unit's figures (via the figure routes and via import), unlock with a reason, and the
// refusals: out of scope, own unit, viewers, approving twice, bad periods and units outside the regime.
import { beforeEach, describe, expect, it } from 'vitest';
import { daysLate } from '../../core/submission';
import { buildRegime } from '../../db/factories';
import { createRegimeRepository } from '../../db/regime.repository';
import { emptyAllButSeed, testDatabases } from '../../db/testing';
import { type Client, multipartFile, useTestApp } from '../testing';

const HEADING = 'Loại dòng;Mã đơn vị;Mã chỉ tiêu;Kỳ báo cáo;Thực hiện/Ước;Năm;Nguồn chỉ tiêu;Giá trị;Văn bản';
const BOARD = '/api/submissions?regime=KTXH_THANG&period=2024-M3';

describe.each(testDatabases())('submissions on $name', ({ open }) => {
  const testApp = useTestApp(open, ['nl.cainuoc', 'nl.tranthoi', 'nl.damdoi', 'xem.cainuoc', 'nl.tinhuy'], {
    visitEditors: true,
  });
  const { database, seed } = testApp;
  const [district, commune, damDoi, viewer, province] = testApp.clients;

  const post = (client: Client, url: string, payload: object = {}) =>
    client.request({ method: 'POST', url, payload });
  const submitTranThoi = (client = commune) =>
    post(client, '/api/submissions', { regime: 'KTXH_THANG', period: '2024-m03', unit: 'DU_TRANTHOI' });
  const figure = (indicatorId: number, value: number, client = commune) =>
    post(client, '/api/observations', {
      unitId: seed.units.tranThoi.id,
      indicatorId,
      period: '2024-M3',
      kind: 'actual',
      value,
    });
  const approved = async () => {
    const id = (await submitTranThoi()).json().submission.id as number;
    expect((await post(district, `/api/submissions/${id}/approve`)).statusCode).toBe(200);
    return id;
  };

  beforeEach(async () => {
    await emptyAllButSeed(database.db);
    await createRegimeRepository(database.db).create(
      buildRegime({
        reportingRootUnitId: seed.units.district.id,
        approvalUnitIds: [seed.units.district.id],
        indicatorIds: [seed.indicators.bhyt.id, seed.indicators.tom.id],
      }),
      { userId: null },
    );
  });

  it('shows the district its three communes, not submitted, overdue, with completeness of 2 indicators', async () => {
    expect((await figure(seed.indicators.bhyt.id, 92.58)).statusCode).toBe(201);
    const board = (await district.request({ method: 'GET', url: BOARD })).json();
    const overdue = daysLate('2024-03-18', new Date().toISOString());
    const row = (code: string, name: string, reported: number) => ({
      submissionId: null,
      unit: { code, name },
      status: 'not_submitted',
      returnReason: null,
      submittedAt: null,
      daysLate: overdue,
      completeness: { reported, expected: 2 },
      approvedBy: null,
      approvedAt: null,
      locked: false,
    });
    expect(board).toEqual({
      regime: 'KTXH_THANG',
      period: '2024-M3',
      window: { from: '2024-02-15', to: '2024-03-14' },
      deadline: '2024-03-18',
      units: [
        row('DU_TRANTHOI', 'Đảng ủy xã Trần Thới', 1),
        row('DU_TANHUNGDONG', 'Đảng ủy xã Tân Hưng Đông', 0),
        row('DU_TTCAINUOC', 'Đảng ủy thị trấn Cái Nước', 0),
      ],
    });
  });

  it('walks submit → return → resubmit → approve, with the reason and the history kept', async () => {
    const submitted = (await submitTranThoi()).json().submission;
    expect(submitted).toMatchObject({ status: 'submitted', period: '2024-M3', locked: false, version: 1 });
    const returned = await post(district, `/api/submissions/${submitted.id}/return`, {
      reason: 'Thiếu số liệu bảo hiểm y tế',
    });
    expect(returned.json().submission).toMatchObject({
      status: 'returned',
      label: 'bị trả lại: Thiếu số liệu bảo hiểm y tế',
      returnReason: 'Thiếu số liệu bảo hiểm y tế',
    });
    const [returnedRow] = (await commune.request({ method: 'GET', url: BOARD })).json().units;
    expect(returnedRow).toMatchObject({ status: 'returned', returnReason: 'Thiếu số liệu bảo hiểm y tế' });
    const again = (await post(commune, `/api/submissions/${submitted.id}/submit`)).json().submission;
    expect(again).toMatchObject({ status: 'submitted', returnReason: null, version: 3 });
    const done = (await post(district, `/api/submissions/${submitted.id}/approve`)).json().submission;
    expect(done).toMatchObject({ status: 'approved', locked: true, version: 4 });
    expect(done.history.map((h: { action: string; reason: string | null }) => [h.action, h.reason])).toEqual([
      ['submit', null],
      ['return', 'Thiếu số liệu bảo hiểm y tế'],
      ['submit', null],
      ['approve', null],
    ]);
    const [row] = (await district.request({ method: 'GET', url: BOARD })).json().units;
    expect(row).toMatchObject({
      submissionId: submitted.id,
      status: 'approved',
      approvedBy: 'nl.cainuoc',
      locked: true,
      daysLate: daysLate('2024-03-18', done.submittedAt),
    });
  });

  it('refuses approving twice, and returning or unlocking without a reason, naming the field', async () => {
    const id = await approved();
    const twice = await post(district, `/api/submissions/${id}/approve`);
    expect([twice.statusCode, twice.json().message]).toEqual([400, 'báo cáo đã duyệt, không duyệt được']);
    const unlock = await post(district, `/api/submissions/${id}/unlock`, { reason: '  ' });
    expect([unlock.statusCode, unlock.json().message]).toEqual([400, 'reason: cần ghi lý do']);
  });

  it('refuses the approving actions to the unit itself, to another district, to viewers: 403', async () => {
    const id = (await submitTranThoi()).json().submission.id;
    for (const client of [commune, damDoi, viewer]) {
      const refused = await post(client, `/api/submissions/${id}/approve`);
      expect([refused.statusCode, refused.json().error]).toEqual([403, 'forbidden']);
    }
    const outside = await submitTranThoi(damDoi);
    expect(outside.statusCode).toBe(403);
    const board = await damDoi.request({ method: 'GET', url: `${BOARD}&unit=HU_CAINUOC` });
    expect([board.statusCode, board.json().error]).toEqual([403, 'forbidden']);
  });

  it('lets a level above the approving district approve and unlock, and shows the submission only in scope', async () => {
    const id = (await submitTranThoi()).json().submission.id;
    const seen = await damDoi.request({ method: 'GET', url: `/api/submissions/${id}` });
    expect([seen.statusCode, seen.json().error]).toEqual([403, 'forbidden']);
    const approvedAbove = await post(province, `/api/submissions/${id}/approve`);
    expect(approvedAbove.json().submission).toMatchObject({ status: 'approved', locked: true });
    const unlocked = await post(province, `/api/submissions/${id}/unlock`, { reason: 'Huyện xin sửa số' });
    expect(unlocked.json().submission).toMatchObject({ status: 'submitted', locked: false });
    const [row] = (await commune.request({ method: 'GET', url: BOARD })).json().units;
    expect(row).toMatchObject({ submissionId: id, status: 'submitted', approvedBy: null, locked: false });
  });

  it.each([
    ['a quarter for a monthly regime', { period: '2024-Q1' }, 400, 'invalid_period'],
    ['a unit that does not report under the regime', { unit: 'HU_CAINUOC' }, 400, 'invalid_input'],
    ['an unknown unit', { unit: 'XA_KHONGCO' }, 404, 'unknown_unit'],
    ['an unknown regime', { regime: 'KHONGCO' }, 404, 'not_found'],
  ])('refuses a submission for %s', async (_, change, status, error) => {
    const body = { regime: 'KTXH_THANG', period: '2024-M3', unit: 'DU_TRANTHOI', ...change };
    const refused = await post(district, '/api/submissions', body);
    expect([refused.statusCode, refused.json().error]).toEqual([status, error]);
  });

  it('locks the approved figures against edit, delete, a new figure and an import: 409 naming the submission', async () => {
    const stored = (await figure(seed.indicators.bhyt.id, 92.58)).json().observation;
    const id = await approved();
    const named = `báo cáo KTXH_THANG kỳ 2024-M3 của đơn vị DU_TRANTHOI (submission ${id}) đã được duyệt`;
    const attempts = [
      await commune.request({
        method: 'PATCH',
        url: `/api/observations/${stored.id}`,
        payload: { value: 93, version: stored.version },
      }),
      await commune.request({ method: 'DELETE', url: `/api/observations/${stored.id}` }),
      await figure(seed.indicators.tom.id, 120),
      await district.request({
        method: 'POST',
        url: '/api/import',
        ...multipartFile(
          'thang-3.csv',
          [HEADING, 'số liệu;DU_TRANTHOI;TS_TOM;2024-M3;thực hiện;;;120;'].join('\n'),
        ),
      }),
    ];
    for (const refused of attempts) {
      expect([refused.statusCode, refused.json().error]).toEqual([409, 'locked']);
      expect(refused.json().message).toContain(named);
      expect(refused.json().submission).toMatchObject({ id, regime: 'KTXH_THANG', unit: 'DU_TRANTHOI' });
    }
    // An indicator outside the regime is not the submission's: it stays open.
    expect((await figure(seed.indicators.thuySan.id, 5)).statusCode).toBe(201);
  });

  it('unlocks with a reason, after which the figure can be corrected', async () => {
    const stored = (await figure(seed.indicators.bhyt.id, 92.58)).json().observation;
    const id = await approved();
    const unlocked = (
      await post(district, `/api/submissions/${id}/unlock`, { reason: 'Sửa số BHYT' })
    ).json();
    expect(unlocked.submission).toMatchObject({ status: 'submitted', locked: false });
    const edited = await commune.request({
      method: 'PATCH',
      url: `/api/observations/${stored.id}`,
      payload: { value: 93, version: stored.version },
    });
    expect([edited.statusCode, edited.json().observation.value]).toEqual([200, 93]);
  });
});
