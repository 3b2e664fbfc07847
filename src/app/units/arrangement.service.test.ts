import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { User } from '../../core/types';
import type { Db } from '../../db/database';
import { buildIndicator, buildObservation } from '../../db/factories';
import { createIndicatorRepository } from '../../db/indicator.repository';
import { createObservationRepository } from '../../db/observation.repository';
import { testDatabases } from '../../db/testing';
import { createUnitRepository } from '../../db/unit.repository';
import { createUserRepository } from '../../db/user.repository';
import { createArrangementService } from './arrangement.service';
import { seedCaiNuocPredecessors } from './arrangement.testing';

const admin: User = { id: 0, username: 'admin', displayName: 'Admin', role: 'admin', scopeUnitId: null };
const file = { name: '1655-cai-nuoc.csv', bytes: readFileSync('fixtures/arrangements/1655-cai-nuoc.csv') };

describe.each(testDatabases())('arrangement import on $name', ({ open }) => {
  let db: Db;
  let close: () => Promise<void>;

  // Applying the file creates units: each test starts from a database of its own.
  beforeEach(async () => {
    ({ db, close } = await open());
    const units = createUnitRepository(db);
    const by = { userId: null };
    const account = {
      username: 'admin',
      displayName: 'Admin',
      passwordHash: 'x',
      role: 'admin' as const,
      scopeUnitId: null,
    };
    admin.id = (await createUserRepository(db).create(account, by)).id;
    await seedCaiNuocPredecessors(units);
  });
  afterEach(() => close());

  const arrangements = () => createArrangementService(db);

  it('refuses a scoped administrator before reading the file', async () => {
    await expect(
      arrangements().arrange({ ...admin, scopeUnitId: 1 }, file, { dryRun: true }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('a bad file writes nothing and names every bad row and column', async () => {
    const bad =
      'Mã đơn vị mới;Tên đơn vị mới;Loại đơn vị mới;predecessor_code;Phạm vi;Tỷ lệ;Ngày hiệu lực\nDU_XA_CAINUOC;Đảng ủy xã Cái Nước;commune_party;KHONG_CO;toàn bộ;;01/07/2025\nDU_XA_CAINUOC;Đảng ủy xã Cái Nước;commune_party;DU_DONGTHOI;một phần;140%;01/07/2025\n';
    await expect(
      arrangements().arrange(admin, { name: 'x.csv', bytes: Buffer.from(bad) }, { dryRun: false }),
    ).rejects.toMatchObject({
      code: 'invalid_rows',
      extra: {
        rows: [
          { row: 2, field: 'Mã đơn vị cũ', reason: 'không có đơn vị mã KHONG_CO' },
          { row: 3, field: 'Tỷ lệ', reason: 'tỷ lệ 140% phải lớn hơn 0 và không quá 1 (100%)' },
        ],
      },
    });
    expect(await createUnitRepository(db).findByCode('DU_XA_CAINUOC')).toBeNull();
  });

  it('a file without a required column names it by its Vietnamese heading on row 1', async () => {
    const noScope = 'successor_code;predecessor_code;effective_on\nDU_XA_CAINUOC;DU_TRANTHOI;01/07/2025\n';
    await expect(
      arrangements().arrange(admin, { name: 'x.csv', bytes: Buffer.from(noScope) }, { dryRun: false }),
    ).rejects.toMatchObject({
      code: 'invalid_rows',
      message: 'Tệp có 1 lỗi, chưa ghi dòng nào: dòng 1 (Phạm vi): thiếu cột bắt buộc Phạm vi',
      extra: { rows: [{ row: 1, field: 'Phạm vi', reason: 'thiếu cột bắt buộc Phạm vi' }] },
    });
  });

  it('reads the XLSX annex with Vietnamese headings into the same plan as the CSV', async () => {
    const xlsx = {
      name: '1655-cai-nuoc.xlsx',
      bytes: readFileSync('fixtures/arrangements/1655-cai-nuoc.xlsx'),
    };
    const fromXlsx = await arrangements().arrange(admin, xlsx, { dryRun: true });
    const fromCsv = await arrangements().arrange(admin, file, { dryRun: true });
    expect(fromXlsx).toEqual(fromCsv);
    expect(fromXlsx.links.map((l) => [l.predecessorCode, l.population, l.areaKm2])).toEqual([
      ['DU_TTCAINUOC', 19048, 25.5],
      ['DU_TRANTHOI', 15717, 42.2],
      ['DU_DONGTHOI', 9958, 25.55],
      ['DU_TANHUNGDONG', 7682, 20.3],
    ]);
  });

  it('previews NQ 1655 for xã Cái Nước without writing, then applies it, then says it is already applied', async () => {
    const preview = await arrangements().arrange(admin, file, { dryRun: true });
    expect([
      preview.applied,
      preview.newUnits.map((u) => u.code),
      preview.endingUnits.length,
      preview.links.length,
    ]).toEqual([false, ['DU_XA_CAINUOC'], 4, 4]);
    expect(await createUnitRepository(db).findByCode('DU_XA_CAINUOC')).toBeNull();

    const applied = await arrangements().arrange(admin, file, { dryRun: false });
    expect(applied.applied).toBe(true);
    const units = createUnitRepository(db);
    const xa = (await units.findByCode('DU_XA_CAINUOC'))!;
    expect([xa.name, xa.validFrom, xa.parentId]).toEqual([
      'Đảng ủy xã Cái Nước',
      '2025-07-01',
      (await units.findByCode('TU_CAMAU_MOI'))!.id,
    ]);
    expect((await units.findByCode('DU_DONGTHOI'))!.validTo).toBe('2025-06-30');
    const { predecessors } = await units.findLinks(xa.id);
    expect(predecessors.map((l) => [l.scope, l.share, l.document])).toEqual([
      ['whole', null, '1655/NQ-UBTVQH15'],
      ['whole', null, '1655/NQ-UBTVQH15'],
      ['part', null, '1655/NQ-UBTVQH15'],
      ['part', null, '1655/NQ-UBTVQH15'],
    ]);

    const again = await arrangements().arrange(admin, file, { dryRun: false });
    expect([again.applied, again.alreadyApplied, again.links.length]).toEqual([false, true, 0]);
  });

  it('previews the figures each link hands on and the accounts whose unit ends', async () => {
    const units = createUnitRepository(db);
    const tom = await createIndicatorRepository(db).create(buildIndicator(), { userId: null });
    const figures = createObservationRepository(db);
    const tranThoi = (await units.findByCode('DU_TRANTHOI'))!.id;
    const dongThoi = (await units.findByCode('DU_DONGTHOI'))!.id;
    for (const [unitId, period] of [
      [tranThoi, '2024-M1'],
      [tranThoi, '2024-M2'],
      [tranThoi, '2024-M3'],
      [dongThoi, '2024-M1'],
    ] as const)
      await figures.insert(buildObservation({ unitId, indicatorId: tom.id, period }), { userId: null });
    await createUserRepository(db).create(
      {
        username: 'nl.dongthoi',
        displayName: 'Cán bộ Đông Thới',
        passwordHash: 'x',
        role: 'editor',
        scopeUnitId: dongThoi,
      },
      { userId: null },
    );
    const preview = await arrangements().arrange(admin, file, { dryRun: true });
    const gap = 'một phần, không có tỷ lệ: số liệu không được cộng vào đơn vị mới';
    expect(preview.inheritedFigures.map((f) => [f.predecessorCode, f.figures, f.inherited, f.gap])).toEqual([
      ['DU_TTCAINUOC', 0, true, null],
      ['DU_TRANTHOI', 3, true, null],
      ['DU_DONGTHOI', 1, false, gap],
      ['DU_TANHUNGDONG', 0, false, gap],
    ]);
    expect(preview.endingAccounts).toEqual([
      { username: 'nl.dongthoi', displayName: 'Cán bộ Đông Thới', scopeCode: 'DU_DONGTHOI' },
    ]);
  });

  it('a file applied in part before records only its new links, none twice', async () => {
    const [heading, ...rows] = file.bytes.toString('utf8').trim().split('\n');
    const firstTwo = { name: 'dau.csv', bytes: Buffer.from([heading, ...rows.slice(0, 2)].join('\n')) };
    expect((await arrangements().arrange(admin, firstTwo, { dryRun: false })).applied).toBe(true);

    const whole = await arrangements().arrange(admin, file, { dryRun: false });
    expect([
      whole.applied,
      whole.recordedRows,
      whole.links.map((l) => l.predecessorCode),
      whole.newUnits,
      whole.endingUnits.map((u) => u.code),
    ]).toEqual([true, [2, 3], ['DU_DONGTHOI', 'DU_TANHUNGDONG'], [], ['DU_DONGTHOI', 'DU_TANHUNGDONG']]);
    const units = createUnitRepository(db);
    const xa = (await units.findByCode('DU_XA_CAINUOC'))!;
    const { predecessors } = await units.findLinks(xa.id);
    const codes = await units.findNames(predecessors.map((l) => l.predecessorId));
    expect(predecessors.map((l) => codes.get(l.predecessorId))).toEqual([
      'Đảng ủy thị trấn Cái Nước',
      'Đảng ủy xã Trần Thới',
      'Đảng ủy xã Đông Thới',
      'Đảng ủy xã Tân Hưng Đông',
    ]);
  });
});
