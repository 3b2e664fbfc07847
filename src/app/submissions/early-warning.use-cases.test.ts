// Early warnings on a real database: the figures, targets and submissions of two communes of Cái Nước
// under a monthly regime due on the 18th, read on 20/03/2024 (two days after the deadline).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Unit, User } from '../../core/types';
import type { Db } from '../../db/database';
import { buildIndicator, buildObservation, buildRegime, buildTarget, buildUnit } from '../../db/factories';
import { createIndicatorRepository } from '../../db/indicator.repository';
import { createObservationRepository } from '../../db/observation.repository';
import { createRegimeRepository } from '../../db/regime.repository';
import { createTargetRepository } from '../../db/target.repository';
import { testDatabases } from '../../db/testing';
import { createUnitRepository } from '../../db/unit.repository';
import { createUserRepository } from '../../db/user.repository';
import { createEarlyWarningUseCases, type EarlyWarningUseCases } from './early-warning.use-cases';
import { createSubmissionUseCases } from './submission.use-cases';

const system = { userId: null };
const M3 = { regime: 'KTXH_THANG', period: '2024-M3' };

describe.each(testDatabases())('early warning use cases on $name', ({ open }) => {
  let db: Db;
  let close: () => Promise<void>;
  let now = new Date('2024-03-16T02:00:00Z');
  let warnings: EarlyWarningUseCases;
  let users: Record<'province' | 'district' | 'tranThoi' | 'damDoi', User>;

  beforeAll(async () => {
    ({ db, close } = await open());
    const repo = createUnitRepository(db);
    const add = (code: string, name: string, kind: Unit['kind'], parentId: number | null) =>
      repo.create(buildUnit({ code, name, kind, parentId }), system);
    const province = await add('TU_CAMAU', 'Tỉnh ủy Cà Mau', 'province_party', null);
    const district = await add('HU_CAINUOC', 'Huyện ủy Cái Nước', 'district_party', province.id);
    const damDoi = await add('HU_DAMDOI', 'Huyện ủy Đầm Dơi', 'district_party', province.id);
    const tranThoi = await add('DU_TRANTHOI', 'Đảng ủy xã Trần Thới', 'commune_party', district.id);
    const tanHung = await add('DU_TANHUNGDONG', 'Đảng ủy xã Tân Hưng Đông', 'commune_party', district.id);
    await add('DU_QUACHPHAM', 'Đảng ủy xã Quách Phẩm', 'commune_party', damDoi.id);
    const tom = await createIndicatorRepository(db).create(buildIndicator(), system);
    await createRegimeRepository(db).create(
      buildRegime({
        reportingRootUnitId: province.id,
        approvalUnitIds: [district.id],
        indicatorIds: [tom.id],
      }),
      system,
    );
    const targets = createTargetRepository(db);
    const figures = createObservationRepository(db);
    for (const [unit, actual] of [
      [tranThoi, 20],
      [tanHung, 30],
    ] as const) {
      const year = { fromYear: 2024, toYear: 2024 };
      await targets.create(
        buildTarget({ unitId: unit.id, indicatorId: tom.id, ...year, value: 100 }),
        system,
      );
      const input = buildObservation({
        unitId: unit.id,
        indicatorId: tom.id,
        period: '2024-3M',
        value: actual,
      });
      await figures.insert(input, system);
    }
    const accounts = createUserRepository(db);
    const user = (username: string, unit: Unit) =>
      accounts.create(
        { username, displayName: username, passwordHash: 'x', role: 'editor', scopeUnitId: unit.id },
        system,
      );
    users = {
      province: await user('nl.tinhuy', province),
      district: await user('nl.cainuoc', district),
      tranThoi: await user('nl.tranthoi', tranThoi),
      damDoi: await user('nl.damdoi', damDoi),
    };
    const submissions = createSubmissionUseCases(db, { now: () => now });
    await submissions.submit(users.district, { ...M3, unit: 'DU_TANHUNGDONG' });
    warnings = createEarlyWarningUseCases(db, { now: () => now });
  });
  afterAll(() => close());

  it('names, on 20/03, the commune at risk and late, the one waiting for approval, and the one not in', async () => {
    now = new Date('2024-03-20T03:00:00Z');
    const board = await warnings.forBoard(users.province, M3);
    expect([board.deadline, board.asOf]).toEqual(['2024-03-18', '2024-03-20']);
    expect(
      board.units.map((u) => [u.unit.code, u.status, u.warnings.map((w) => `${w.kind}: ${w.reason}`)]),
    ).toEqual([
      [
        'DU_TRANTHOI',
        'not_submitted',
        [
          'at_risk: ước cả năm 80,44 tấn (ước theo tiến độ), dưới chỉ tiêu 100 tấn',
          'late: quá hạn 2 ngày (hạn 18/03/2024), chưa nộp báo cáo',
        ],
      ],
      ['DU_TANHUNGDONG', 'submitted', ['not_approved: nộp ngày 16/03/2024, chưa được duyệt']],
      ['DU_QUACHPHAM', 'not_submitted', ['late: quá hạn 2 ngày (hạn 18/03/2024), chưa nộp báo cáo']],
    ]);
  });

  it('keeps to the district a district editor asks about, and to the commune of a commune editor', async () => {
    now = new Date('2024-03-20T03:00:00Z');
    const district = await warnings.forBoard(users.district, M3);
    expect(district.units.map((u) => u.unit.code)).toEqual(['DU_TRANTHOI', 'DU_TANHUNGDONG']);
    const own = await warnings.forBoard(users.tranThoi, M3);
    expect(own.units.map((u) => [u.unit.code, u.warnings.length])).toEqual([['DU_TRANTHOI', 2]]);
  });

  it('refuses a higher unit outside the actor’s scope', async () => {
    await expect(warnings.forBoard(users.damDoi, { ...M3, unit: 'HU_CAINUOC' })).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringContaining('Huyện ủy Cái Nước'),
    });
  });

  it('says only what is at risk before the deadline passes', async () => {
    now = new Date('2024-03-17T03:00:00Z');
    const board = await warnings.forBoard(users.province, M3);
    expect(board.units.map((u) => [u.unit.code, u.warnings.map((w) => w.kind)])).toEqual([
      ['DU_TRANTHOI', ['at_risk']],
    ]);
  });
});
