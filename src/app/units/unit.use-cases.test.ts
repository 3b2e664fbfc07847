// The unit use cases on a real database: each user lists their subtree; a district admin changes the
// structure only inside it (no new root, no move out), and a refused change writes nothing.
import { describe, expect, it } from 'vitest';
import { buildUnit } from '../../db/factories';
import { seededDatabase, testDatabases } from '../../db/testing';
import { createUnitRepository } from '../../db/unit.repository';
import { addAccount, addTranThoi, SYSTEM, seedCaMau } from '../testing/ca-mau';
import { createUnitUseCases } from './unit.use-cases';

describe.each(testDatabases())('unit use cases on $name', (database) => {
  const world = seededDatabase(database, async (db) => {
    const caMau = await seedCaMau(db);
    return {
      ...caMau,
      commune: await addTranThoi(db, caMau.district),
      root: await addAccount(db, 'admin', 'admin', null),
      districtAdmin: await addAccount(db, 'qt.cainuoc', 'admin', caMau.district),
      editor: await addAccount(db, 'nl.cainuoc', 'editor', caMau.district),
      units: createUnitUseCases(db),
    };
  });

  it('lists the subtree of the user, and every unit for a user of everything', async () => {
    expect((await world.units.list(world.editor)).map((u) => u.code)).toEqual(['HU_CAINUOC', 'DU_TRANTHOI']);
    expect((await world.units.list(world.root)).map((u) => u.code)).toEqual([
      'TU_CAMAU',
      'HU_CAINUOC',
      'HU_DAMDOI',
      'DU_TRANTHOI',
    ]);
    await expect(world.units.get(world.editor, world.other.id)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await world.units.get(world.editor, world.commune.id)).toEqual({
      unit: world.commune,
      predecessors: [],
      successors: [],
      linked: [],
    });
  });

  it('lets a district admin add a commune under the district, but not a root or a unit elsewhere', async () => {
    const added = await world.units.create(
      world.districtAdmin,
      buildUnit({
        code: 'DU_PHUHUNG',
        name: 'Đảng ủy xã Phú Hưng',
        kind: 'commune_party',
        parentId: world.district.id,
      }),
    );
    expect(added).toMatchObject({ code: 'DU_PHUHUNG', parentId: world.district.id });
    await expect(
      world.units.create(
        world.districtAdmin,
        buildUnit({ code: 'TU_BACLIEU', name: 'Tỉnh ủy Bạc Liêu', parentId: null }),
      ),
    ).rejects.toMatchObject({ code: 'forbidden', field: 'parentId' });
    await expect(
      world.units.create(
        world.districtAdmin,
        buildUnit({ code: 'DU_TANDUYET', name: 'Xã Tân Duyệt', parentId: world.other.id }),
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      world.units.create(world.editor, buildUnit({ code: 'DU_X', parentId: world.district.id })),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(await createUnitRepository(world.db).findByCode('DU_TANDUYET')).toBeNull();
    // Leaves the tree as it found it: the other tests run in any order over the same units.
    await world.units.remove(world.districtAdmin, added.id);
    expect(await createUnitRepository(world.db).findByCode('DU_PHUHUNG')).toBeNull();
  });

  it('refuses moving a unit out of the admin scope, and leaves it where it was', async () => {
    await expect(
      world.units.change(world.districtAdmin, world.commune.id, { parentId: world.other.id }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect((await createUnitRepository(world.db).findById(world.commune.id))?.parentId).toBe(
      world.district.id,
    );
    const own = await createUnitRepository(world.db).create(
      buildUnit({
        code: 'DU_TANHUNGDONG',
        name: 'Đảng ủy xã Tân Hưng Đông',
        kind: 'commune_party',
        parentId: world.district.id,
      }),
      SYSTEM,
    );
    const renamed = await world.units.change(world.districtAdmin, own.id, {
      name: 'Đảng ủy xã Tân Hưng Đông (mới)',
    });
    expect(renamed).toMatchObject({ name: 'Đảng ủy xã Tân Hưng Đông (mới)', parentId: world.district.id });
    await world.units.remove(world.districtAdmin, own.id);
  });

  it('merges and deletes only units the admin holds', async () => {
    await expect(
      world.units.merge(world.districtAdmin, world.commune.id, {
        successorId: world.other.id,
        effectiveOn: '2025-07-01',
        kind: 'merge',
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(world.units.remove(world.districtAdmin, world.other.id)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(world.units.remove(world.districtAdmin, 987_654)).rejects.toMatchObject({
      code: 'unknown_unit',
      field: 'id',
    });
    expect(await createUnitRepository(world.db).findById(world.other.id)).toMatchObject({
      code: 'HU_DAMDOI',
    });
  });
});

// A world of its own: the new xã would show in the other describe's lists of every unit.
describe.each(testDatabases())('unit lineage use case on $name', (database) => {
  const world = seededDatabase(database, async (db) => {
    const caMau = await seedCaMau(db);
    return { db, province: caMau.province, tranThoi: await addTranThoi(db, caMau.district) };
  });

  it("names a new xã's predecessors to its editor, though they stand outside the editor's scope", async () => {
    const repo = createUnitRepository(world.db);
    const xa = await repo.create(
      buildUnit({
        code: 'DU_XA_CAINUOC',
        name: 'Đảng ủy xã Cái Nước',
        kind: 'commune_party',
        parentId: world.province.id,
        validFrom: '2025-07-01',
      }),
      SYSTEM,
    );
    const link = await repo.linkSuccessor(
      {
        predecessorId: world.tranThoi.id,
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
    const xaEditor = await addAccount(world.db, 'nl.xacainuoc', 'editor', xa);
    expect(await createUnitUseCases(world.db).get(xaEditor, xa.id)).toEqual({
      unit: xa,
      predecessors: [link],
      successors: [],
      linked: [world.tranThoi],
    });
    // The names of the lineage are answered, not the right to read the predecessor itself.
    await expect(createUnitUseCases(world.db).get(xaEditor, world.tranThoi.id)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
