import { describe, expect, it, onTestFinished } from 'vitest';
import { buildUnitLink } from '../core/testing/factories';
import { createAuditRepository } from './audit.repository';
import { seedProvinceAndDistrict } from './ca-mau.testing';
import { buildCommune, buildUnit } from './factories';
import { seededDatabase, testDatabases } from './testing';
import { createUnitRepository } from './unit.repository';

const admin = { userId: null };

describe.each(testDatabases())('unit repository on $name', (database) => {
  const world = seededDatabase(database, async (db) => {
    const { units, province, district } = await seedProvinceAndDistrict(db, admin);
    const commune = await units.create(buildCommune({ parentId: district.id }), admin);
    const town = await units.create(
      buildCommune({ code: 'DU_TTCAINUOC', name: 'Đảng ủy thị trấn Cái Nước', parentId: district.id }),
      admin,
    );
    const ids: Record<string, number> = {
      province: province.id,
      district: district.id,
      commune: commune.id,
      town: town.id,
    };
    return { ids };
  });

  it('finds a subtree at any depth with a recursive query', async () => {
    const units = createUnitRepository(world.db);
    expect(await units.findSubtreeIds(world.ids.province!)).toEqual([
      world.ids.province,
      world.ids.district,
      world.ids.commune,
      world.ids.town,
    ]);
    expect(await units.findSubtreeIds(world.ids.commune!)).toEqual([world.ids.commune]);
    expect(await units.findSubtreeIds(999_999)).toEqual([]);
  });

  it('answers scope checks up the tree, not down', async () => {
    const units = createUnitRepository(world.db);
    expect(await units.isInSubtree(world.ids.district!, world.ids.commune!)).toBe(true);
    expect(await units.isInSubtree(world.ids.commune!, world.ids.district!)).toBe(false);
    expect(await units.isInSubtree(world.ids.commune!, world.ids.town!)).toBe(false);
  });

  it('finds "cai nuoc" without diacritics, the exact name before longer ones', async () => {
    const units = createUnitRepository(world.db);
    const found = await units.findByCodeOrName('cai nuoc');
    expect(found.map((u) => u.name)).toEqual(['Huyện ủy Cái Nước', 'Đảng ủy thị trấn Cái Nước']);
    expect((await units.findByCodeOrName('CÁI NƯỚC')).length).toBe(2);
    expect((await units.findByCodeOrName('dang uy xa tran thoi')).map((u) => u.code)).toEqual([
      'DU_TRANTHOI',
    ]);
    expect((await units.findByCodeOrName('TU_CAMAU')).map((u) => u.name)).toEqual(['Tỉnh ủy Cà Mau']);
    expect(await units.findByCodeOrName('%')).toEqual([]);
  });

  it('lists children in creation order', async () => {
    const children = await createUnitRepository(world.db).findChildren(world.ids.district!);
    expect(children.map((u) => u.code)).toEqual(['DU_TRANTHOI', 'DU_TTCAINUOC']);
  });

  it('rejects a duplicate code and an unknown parent with domain codes', async () => {
    const units = createUnitRepository(world.db);
    await expect(units.create(buildUnit(), admin)).rejects.toMatchObject({
      code: 'duplicate',
      message: 'code: a unit with code HU_CAINUOC already exists',
    });
    await expect(units.create(buildUnit({ code: 'X', parentId: 424242 }), admin)).rejects.toMatchObject({
      code: 'unknown_unit',
      message: 'parentId: no unit with id 424242',
    });
  });

  it('updates with an audit entry holding before and after, and refuses a cycle', async () => {
    const units = createUnitRepository(world.db);
    // The name search finds the town by its name: the other tests meet it as the seed above has it.
    onTestFinished(async () => {
      await units.update(world.ids.town!, { name: 'Đảng ủy thị trấn Cái Nước' }, admin);
    });
    const renamed = await units.update(
      world.ids.town!,
      { name: 'Đảng ủy thị trấn Cái Nước (mới)' },
      { userId: null },
    );
    expect(renamed.name).toBe('Đảng ủy thị trấn Cái Nước (mới)');
    const history = await createAuditRepository(world.db).historyOf('unit', world.ids.town!);
    expect(history.map((h) => h.action)).toEqual(['create', 'update']);
    expect(history[1]).toMatchObject({
      before: { name: 'Đảng ủy thị trấn Cái Nước' },
      after: { name: 'Đảng ủy thị trấn Cái Nước (mới)' },
    });
    await expect(
      units.update(world.ids.district!, { parentId: world.ids.commune! }, admin),
    ).rejects.toMatchObject({
      code: 'invalid_value',
    });
  });

  it('links a merged unit to its successor and reads the links from both sides', async () => {
    const units = createUnitRepository(world.db);
    await units.linkSuccessor(
      {
        predecessorId: world.ids.district!,
        successorId: world.ids.province!,
        kind: 'merge',
        effectiveOn: '2025-07-01',
      },
      admin,
    );
    const links = buildUnitLink({ predecessorId: world.ids.district!, successorId: world.ids.province! });
    expect((await units.findLinks(world.ids.district!)).successors).toEqual([links]);
    expect((await units.findLinks(world.ids.province!)).predecessors).toEqual([links]);
  });

  it('refuses to delete a unit that still has children, and deletes a leaf', async () => {
    const units = createUnitRepository(world.db);
    await expect(units.delete(world.ids.district!, admin)).rejects.toMatchObject({ code: 'in_use' });
    const leaf = await units.create(
      buildUnit({ code: 'LEAF', name: 'Lá', parentId: world.ids.commune! }),
      admin,
    );
    await units.delete(leaf.id, admin);
    expect(await units.findById(leaf.id)).toBeNull();
    await expect(units.delete(leaf.id, admin)).rejects.toMatchObject({ code: 'unknown_unit' });
  });
});
