// The unit use cases on a real database: each user lists their subtree; a district admin changes the
// structure only inside it (no new root, no move out), and a refused change writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Unit, User } from '../../core/types';
import type { Db } from '../../db/database';
import { buildUnit } from '../../db/factories';
import { testDatabases } from '../../db/testing';
import { createUnitRepository } from '../../db/unit.repository';
import { addAccount, addTranThoi, SYSTEM, seedCaMau } from '../testing/ca-mau';
import { createUnitUseCases, type UnitUseCases } from './unit.use-cases';

describe.each(testDatabases())('unit use cases on $name', ({ open }) => {
  let db: Db;
  let close: () => Promise<void>;
  let district: Unit;
  let other: Unit;
  let commune: Unit;
  let root: User;
  let districtAdmin: User;
  let editor: User;
  let units: UnitUseCases;

  beforeAll(async () => {
    ({ db, close } = await open());
    ({ district, other } = await seedCaMau(db));
    commune = await addTranThoi(db, district);
    root = await addAccount(db, 'admin', 'admin', null);
    districtAdmin = await addAccount(db, 'qt.cainuoc', 'admin', district);
    editor = await addAccount(db, 'nl.cainuoc', 'editor', district);
    units = createUnitUseCases(db);
  });
  afterAll(() => close());

  it('lists the subtree of the user, and every unit for a user of everything', async () => {
    expect((await units.list(editor)).map((u) => u.code)).toEqual(['HU_CAINUOC', 'DU_TRANTHOI']);
    expect((await units.list(root)).map((u) => u.code)).toEqual([
      'TU_CAMAU',
      'HU_CAINUOC',
      'HU_DAMDOI',
      'DU_TRANTHOI',
    ]);
    await expect(units.get(editor, other.id)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await units.get(editor, commune.id)).toEqual({
      unit: commune,
      predecessors: [],
      successors: [],
      linked: [],
    });
  });

  it('lets a district admin add a commune under the district, but not a root or a unit elsewhere', async () => {
    const added = await units.create(
      districtAdmin,
      buildUnit({
        code: 'DU_PHUHUNG',
        name: 'Đảng ủy xã Phú Hưng',
        kind: 'commune_party',
        parentId: district.id,
      }),
    );
    expect(added).toMatchObject({ code: 'DU_PHUHUNG', parentId: district.id });
    await expect(
      units.create(
        districtAdmin,
        buildUnit({ code: 'TU_BACLIEU', name: 'Tỉnh ủy Bạc Liêu', parentId: null }),
      ),
    ).rejects.toMatchObject({ code: 'forbidden', field: 'parentId' });
    await expect(
      units.create(
        districtAdmin,
        buildUnit({ code: 'DU_TANDUYET', name: 'Xã Tân Duyệt', parentId: other.id }),
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      units.create(editor, buildUnit({ code: 'DU_X', parentId: district.id })),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(await createUnitRepository(db).findByCode('DU_TANDUYET')).toBeNull();
    // Leaves the tree as it found it: the other tests run in any order over the same units.
    await units.remove(districtAdmin, added.id);
    expect(await createUnitRepository(db).findByCode('DU_PHUHUNG')).toBeNull();
  });

  it('refuses moving a unit out of the admin scope, and leaves it where it was', async () => {
    await expect(units.change(districtAdmin, commune.id, { parentId: other.id })).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect((await createUnitRepository(db).findById(commune.id))?.parentId).toBe(district.id);
    const own = await createUnitRepository(db).create(
      buildUnit({
        code: 'DU_TANHUNGDONG',
        name: 'Đảng ủy xã Tân Hưng Đông',
        kind: 'commune_party',
        parentId: district.id,
      }),
      SYSTEM,
    );
    const renamed = await units.change(districtAdmin, own.id, { name: 'Đảng ủy xã Tân Hưng Đông (mới)' });
    expect(renamed).toMatchObject({ name: 'Đảng ủy xã Tân Hưng Đông (mới)', parentId: district.id });
    await units.remove(districtAdmin, own.id);
  });

  it('merges and deletes only units the admin holds', async () => {
    await expect(
      units.merge(districtAdmin, commune.id, {
        successorId: other.id,
        effectiveOn: '2025-07-01',
        kind: 'merge',
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(units.remove(districtAdmin, other.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(units.remove(districtAdmin, 987_654)).rejects.toMatchObject({
      code: 'unknown_unit',
      field: 'id',
    });
    expect(await createUnitRepository(db).findById(other.id)).toMatchObject({ code: 'HU_DAMDOI' });
  });
});

// A world of its own: the new xã would show in the other describe's lists of every unit.
describe.each(testDatabases())('unit lineage use case on $name', ({ open }) => {
  let db: Db;
  let close: () => Promise<void>;
  let province: Unit;
  let tranThoi: Unit;

  beforeAll(async () => {
    ({ db, close } = await open());
    const world = await seedCaMau(db);
    province = world.province;
    tranThoi = await addTranThoi(db, world.district);
  });
  afterAll(() => close());

  it("names a new xã's predecessors to its editor, though they stand outside the editor's scope", async () => {
    const repo = createUnitRepository(db);
    const xa = await repo.create(
      buildUnit({
        code: 'DU_XA_CAINUOC',
        name: 'Đảng ủy xã Cái Nước',
        kind: 'commune_party',
        parentId: province.id,
        validFrom: '2025-07-01',
      }),
      SYSTEM,
    );
    const link = await repo.linkSuccessor(
      {
        predecessorId: tranThoi.id,
        successorId: xa.id,
        kind: 'merge',
        effectiveOn: '2025-07-01',
        scope: 'whole',
        share: null,
        basis: null,
        document: '1655/NQ-UBTVQH15',
      },
      SYSTEM,
    );
    const xaEditor = await addAccount(db, 'nl.xacainuoc', 'editor', xa);
    expect(await createUnitUseCases(db).get(xaEditor, xa.id)).toEqual({
      unit: xa,
      predecessors: [link],
      successors: [],
      linked: [tranThoi],
    });
    // The names of the lineage are answered, not the right to read the predecessor itself.
    await expect(createUnitUseCases(db).get(xaEditor, tranThoi.id)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
