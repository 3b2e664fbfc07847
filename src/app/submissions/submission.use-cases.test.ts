// The submission use cases on a real database, with the clock set by each test: who is late on a given day
// under the NĐ 09 windows, how the approval walks and who may take each step. Every test starts from the
// same units and users and its own regime, so none leans on another's rows.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Indicator, Unit, User } from '../../core/types';
import type { Db } from '../../db/database';
import { buildIndicator, buildObservation, buildRegime, buildUnit } from '../../db/factories';
import { createIndicatorRepository } from '../../db/indicator.repository';
import { createObservationRepository } from '../../db/observation.repository';
import { createRegimeRepository } from '../../db/regime.repository';
import { emptyAllButSeed, testDatabases } from '../../db/testing';
import { createUnitRepository } from '../../db/unit.repository';
import { createUserRepository } from '../../db/user.repository';
import { createSubmissionUseCases, type SubmissionUseCases } from './submission.use-cases';

const system = { userId: null };
const M3 = { regime: 'KTXH_THANG', period: '2024-M3' };

describe.each(testDatabases())('submission use cases on $name', ({ open }) => {
  let db: Db;
  let close: () => Promise<void>;
  let now: Date;
  let submissions: SubmissionUseCases;
  let units: Record<
    'province' | 'district' | 'tranThoi' | 'tanHung' | 'thiTran' | 'damDoi' | 'quachPham',
    Unit
  >;
  let tom: Indicator;
  let bhyt: Indicator;
  let users: Record<'district' | 'tranThoi' | 'tanHung' | 'thiTran' | 'damDoi' | 'province' | 'viewer', User>;

  const at = (moment: string) => {
    now = new Date(moment);
  };
  const submitAt = (moment: string, who: User, unit: Unit, period = M3.period) => {
    at(moment);
    return submissions.submit(who, { regime: M3.regime, period, unit: unit.code });
  };

  beforeAll(async () => {
    ({ db, close } = await open());
    const repo = createUnitRepository(db);
    const add = (code: string, name: string, kind: Unit['kind'], parentId: number | null, extra = {}) =>
      repo.create(buildUnit({ code, name, kind, parentId, ...extra }), system);
    const province = await add('TU_CAMAU', 'Tỉnh ủy Cà Mau', 'province_party', null);
    const district = await add('HU_CAINUOC', 'Huyện ủy Cái Nước', 'district_party', province.id);
    const damDoi = await add('HU_DAMDOI', 'Huyện ủy Đầm Dơi', 'district_party', province.id);
    units = {
      province,
      district,
      damDoi,
      tranThoi: await add('DU_TRANTHOI', 'Đảng ủy xã Trần Thới', 'commune_party', district.id),
      tanHung: await add('DU_TANHUNGDONG', 'Đảng ủy xã Tân Hưng Đông', 'commune_party', district.id),
      // Merged away at the end of February: it reports for January and February, not for March.
      thiTran: await add('DU_TTCAINUOC', 'Đảng ủy thị trấn Cái Nước', 'commune_party', district.id, {
        validTo: '2024-02-29',
      }),
      quachPham: await add('DU_QUACHPHAM', 'Đảng ủy xã Quách Phẩm', 'commune_party', damDoi.id),
    };
    const catalog = createIndicatorRepository(db);
    const bhytInput = { code: 'BHYT_TYLE', nameVi: 'Tỷ lệ BHYT', measure: '%', decimals: 2, maxValue: 100 };
    tom = await catalog.create(buildIndicator(), system);
    bhyt = await catalog.create(buildIndicator(bhytInput), system);
    const repoUsers = createUserRepository(db);
    const user = (username: string, role: User['role'], unit: Unit) =>
      repoUsers.create(
        { username, displayName: username, passwordHash: 'x', role, scopeUnitId: unit.id },
        system,
      );
    users = {
      district: await user('nl.cainuoc', 'editor', district),
      tranThoi: await user('nl.tranthoi', 'editor', units.tranThoi),
      tanHung: await user('nl.tanhung', 'editor', units.tanHung),
      thiTran: await user('nl.thitran', 'editor', units.thiTran),
      damDoi: await user('nl.damdoi', 'editor', damDoi),
      province: await user('nl.tinhuy', 'editor', province),
      viewer: await user('xem.cainuoc', 'viewer', district),
    };
    submissions = createSubmissionUseCases(db, { now: () => now });
  });
  afterAll(() => close());

  beforeEach(async () => {
    await emptyAllButSeed(db);
    at('2024-03-10T03:00:00Z');
    await createRegimeRepository(db).create(
      buildRegime({
        reportingRootUnitId: units.province.id,
        approvalUnitIds: [units.district.id, units.damDoi.id],
        indicatorIds: [tom.id, bhyt.id],
      }),
      system,
    );
  });

  const rowsOf = async (moment: string, unit?: string) => {
    at(moment);
    const board = await submissions.board(users.province, { ...M3, unit });
    return board.units.map((r) => [r.unit.code, r.status, r.daysLate]);
  };

  it('gives March its NĐ 09 window 15/02–14/03, due on the 18th, to the communes that exist on 31/03', async () => {
    const board = await submissions.board(users.province, M3);
    expect([board.window, board.deadline]).toEqual([{ from: '2024-02-15', to: '2024-03-14' }, '2024-03-18']);
    expect(board.units.map((r) => r.unit.code)).toEqual(['DU_TRANTHOI', 'DU_TANHUNGDONG', 'DU_QUACHPHAM']);
    const january = await submissions.board(users.province, { ...M3, period: '2024-M1' });
    expect([january.window, january.deadline]).toEqual([
      { from: '2023-12-15', to: '2024-01-14' },
      '2024-01-18',
    ]);
    expect(january.units.map((r) => r.unit.code)).toEqual([
      'DU_TRANTHOI',
      'DU_TANHUNGDONG',
      'DU_TTCAINUOC',
      'DU_QUACHPHAM',
    ]);
  });

  it('counts lateness in Vietnam days: 23:59 on the 18th is on time, 00:00 on the 19th one day late', async () => {
    await submitAt('2024-03-18T16:59:59Z', users.tranThoi, units.tranThoi); // 23:59:59 on 18/03 in Hà Nội
    await submitAt('2024-03-18T17:00:00Z', users.tanHung, units.tanHung); // 00:00:00 on 19/03
    expect(await rowsOf('2024-03-18T16:00:00Z')).toEqual([
      ['DU_TRANTHOI', 'submitted', 0],
      ['DU_TANHUNGDONG', 'submitted', 1],
      ['DU_QUACHPHAM', 'not_submitted', null],
    ]);
    // 21/03 at 10:00 in Hà Nội: Quách Phẩm, still out, is three days overdue.
    expect(await rowsOf('2024-03-21T03:00:00Z')).toEqual([
      ['DU_TRANTHOI', 'submitted', 0],
      ['DU_TANHUNGDONG', 'submitted', 1],
      ['DU_QUACHPHAM', 'not_submitted', 3],
    ]);
  });

  it("shows a district only its own communes, with each one's completeness of the two indicators", async () => {
    const figures = createObservationRepository(db);
    for (const indicatorId of [tom.id, bhyt.id]) {
      await figures.insert(
        buildObservation({ unitId: units.tranThoi.id, indicatorId, period: '2024-M3', value: 90 }),
        system,
      );
    }
    await figures.insert(
      buildObservation({ unitId: units.tanHung.id, indicatorId: tom.id, period: '2024-M2', value: 90 }),
      system,
    );
    const board = await submissions.board(users.district, M3);
    expect(board.units.map((r) => [r.unit.code, r.completeness])).toEqual([
      ['DU_TRANTHOI', { reported: 2, expected: 2 }],
      ['DU_TANHUNGDONG', { reported: 0, expected: 2 }],
    ]);
  });

  it('walks submit → return → resubmit → approve, naming the approver on the board', async () => {
    const first = await submitAt('2024-03-17T02:00:00Z', users.tranThoi, units.tranThoi);
    expect([first.status, first.label, first.daysLate, first.version]).toEqual([
      'submitted',
      'đã nộp (đúng hạn)',
      0,
      1,
    ]);
    at('2024-03-18T02:00:00Z');
    const returned = await submissions.review(users.district, first.id, 'return', '  Thiếu số liệu BHYT ');
    expect([returned.status, returned.label, returned.locked]).toEqual([
      'returned',
      'bị trả lại: Thiếu số liệu BHYT',
      false,
    ]);
    const again = await submitAt('2024-03-20T02:00:00Z', users.tranThoi, units.tranThoi);
    expect([again.id, again.label, again.returnReason]).toEqual([first.id, 'đã nộp (trễ 2 ngày)', null]);
    at('2024-03-21T02:00:00Z');
    const approved = await submissions.review(users.district, first.id, 'approve');
    expect([approved.status, approved.locked, approved.approvedAt, approved.version]).toEqual([
      'approved',
      true,
      '2024-03-21T02:00:00.000Z',
      4,
    ]);
    expect(approved.history.map((h) => [h.action, h.userId, h.reason])).toEqual([
      ['submit', users.tranThoi.id, null],
      ['return', users.district.id, 'Thiếu số liệu BHYT'],
      ['submit', users.tranThoi.id, null],
      ['approve', users.district.id, null],
    ]);
    const [row] = (await submissions.board(users.district, M3)).units;
    expect(row).toEqual({
      submissionId: first.id,
      unit: { code: 'DU_TRANTHOI', name: 'Đảng ủy xã Trần Thới' },
      status: 'approved',
      submittedAt: '2024-03-20T02:00:00.000Z',
      daysLate: 2,
      completeness: { reported: 0, expected: 2 },
      approvedBy: 'nl.cainuoc',
      approvedAt: '2024-03-21T02:00:00.000Z',
      locked: true,
    });
  });

  it('unlocks an approval with a reason back to submitted, and refuses a second unlock', async () => {
    const { id } = await submitAt('2024-03-17T02:00:00Z', users.tranThoi, units.tranThoi);
    await submissions.review(users.district, id, 'approve');
    const unlocked = await submissions.review(users.province, id, 'unlock', 'Huyện xin sửa số');
    expect([unlocked.status, unlocked.locked, unlocked.approvedAt]).toEqual(['submitted', false, null]);
    await expect(submissions.review(users.province, id, 'unlock', 'lần nữa')).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'số liệu của báo cáo chưa bị khóa',
    });
  });

  it.each([
    ['approving twice', 'approve', '', 'báo cáo đã duyệt, không duyệt được'],
    ['returning without a reason', 'return', ' ', 'reason: cần ghi lý do'],
    ['unlocking without a reason', 'unlock', '', 'reason: cần ghi lý do'],
  ] as const)('refuses %s, saying why', async (_, action, reason, message) => {
    const { id } = await submitAt('2024-03-17T02:00:00Z', users.tranThoi, units.tranThoi);
    await submissions.review(users.district, id, 'approve');
    await expect(submissions.review(users.district, id, action, reason)).rejects.toMatchObject({
      code: 'invalid_input',
      message,
    });
  });

  it('refuses a resubmission of what is already submitted or approved', async () => {
    const { id } = await submitAt('2024-03-17T02:00:00Z', users.tranThoi, units.tranThoi);
    await expect(submitAt('2024-03-17T03:00:00Z', users.tranThoi, units.tranThoi)).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'báo cáo đã nộp, không nộp lại được',
    });
    await submissions.review(users.district, id, 'approve');
    await expect(submitAt('2024-03-17T04:00:00Z', users.tranThoi, units.tranThoi)).rejects.toMatchObject({
      message: 'báo cáo đã duyệt, không nộp lại được',
    });
  });

  describe('who may act', () => {
    it('lets a commune submit its own report only, and never a viewer', async () => {
      await expect(submitAt('2024-03-17T02:00:00Z', users.tanHung, units.tranThoi)).rejects.toMatchObject({
        code: 'forbidden',
        message: 'unit: đơn vị "Đảng ủy xã Trần Thới" nằm ngoài phạm vi của bạn',
      });
      await expect(submitAt('2024-03-17T02:00:00Z', users.viewer, units.tranThoi)).rejects.toMatchObject({
        code: 'forbidden',
        message: 'Vai trò chỉ xem không được nộp hay duyệt báo cáo',
      });
    });

    it('lets the district that approves, or the province above, act; not the commune, not the other district', async () => {
      const { id } = await submitAt('2024-03-17T02:00:00Z', users.tranThoi, units.tranThoi);
      await expect(submissions.review(users.tranThoi, id, 'approve')).rejects.toMatchObject({
        code: 'forbidden',
        message: 'Đơn vị "Đảng ủy xã Trần Thới" không tự duyệt báo cáo của mình',
      });
      await expect(submissions.review(users.damDoi, id, 'approve')).rejects.toMatchObject({
        code: 'forbidden',
        message:
          'Chỉ cấp duyệt của chế độ KTXH_THANG (Huyện ủy Cái Nước, Huyện ủy Đầm Dơi) hoặc cấp trên được duyệt, trả lại hay mở khóa báo cáo của "Đảng ủy xã Trần Thới"',
      });
      await expect(submissions.review(users.viewer, id, 'return', 'x')).rejects.toMatchObject({
        code: 'forbidden',
      });
      expect((await submissions.review(users.province, id, 'approve')).status).toBe('approved');
    });

    it('shows a submission and a board only within scope', async () => {
      const { id } = await submitAt('2024-03-17T02:00:00Z', users.tranThoi, units.tranThoi);
      await expect(submissions.show(users.damDoi, id)).rejects.toMatchObject({ code: 'forbidden' });
      expect((await submissions.show(users.viewer, id)).unit.code).toBe('DU_TRANTHOI');
      await expect(submissions.board(users.damDoi, { ...M3, unit: 'HU_CAINUOC' })).rejects.toMatchObject({
        code: 'forbidden',
        message: 'unit: đơn vị "Huyện ủy Cái Nước" nằm ngoài phạm vi của bạn',
      });
      const own = await submissions.board(users.damDoi, M3);
      expect(own.units.map((r) => r.unit.code)).toEqual(['DU_QUACHPHAM']);
    });
  });

  describe('bad input', () => {
    it.each([
      ['a quarter for a monthly regime', { period: '2024-Q1' }, 'invalid_period'],
      ['a unit merged away before the period ends', { unit: 'DU_TTCAINUOC' }, 'invalid_input'],
      ['a district, not of the reporting kind', { unit: 'HU_CAINUOC' }, 'invalid_input'],
      ['an unknown unit', { unit: 'DU_KHONGCO' }, 'unknown_unit'],
      ['an unknown regime', { regime: 'KHONGCO' }, 'not_found'],
    ])('refuses a submission for %s', async (_, change, code) => {
      const input = { ...M3, unit: 'DU_TRANTHOI', ...change };
      await expect(submissions.submit(users.province, input)).rejects.toMatchObject({ code });
    });

    it('names the unit and period when a unit does not report under the regime', async () => {
      await expect(submissions.submit(users.province, { ...M3, unit: 'DU_TTCAINUOC' })).rejects.toMatchObject(
        {
          message:
            'unit: đơn vị "Đảng ủy thị trấn Cái Nước" không phải đơn vị báo cáo của chế độ KTXH_THANG kỳ 2024-M3',
        },
      );
    });

    it('refuses a board of a unit with no reporting units below it, and an unknown submission', async () => {
      await expect(submissions.board(users.province, { ...M3, unit: 'DU_TTCAINUOC' })).rejects.toMatchObject({
        code: 'invalid_input',
        message: 'unit: không có đơn vị báo cáo nào của chế độ KTXH_THANG thuộc "Đảng ủy thị trấn Cái Nước"',
      });
      await expect(submissions.review(users.province, 999, 'approve')).rejects.toMatchObject({
        code: 'not_found',
        message: 'id: không có báo cáo nộp id 999',
      });
    });
  });
});
