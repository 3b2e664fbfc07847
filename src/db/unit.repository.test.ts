import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { buildUnitLink } from '../core/testing/factories';
import { createAuditRepository } from './audit.repository';
import type { Db } from './database';
import { buildUnit } from './factories';
import { testDatabases } from './testing';
import { createUnitRepository } from './unit.repository';

const admin = { userId: null };

describe.each(testDatabases())('unit repository on $name', ({ open }) => {
  let db: Db;
  let close: () => Promise<void>;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    ({ db, close } = await open());
    const units = createUnitRepository(db);
    const province = await units.create(
      buildUnit({ code: 'TU_CAMAU', name: 'Tỉnh ủy Cà Mau', kind: 'province_party' }),
      admin,
    );
    const district = await units.create(buildUnit({ parentId: province.id }), admin);
    const commune = await units.create(
      buildUnit({
        code: 'DU_TRANTHOI',
        name: 'Đảng ủy xã Trần Thới',
        kind: 'commune_party',
        parentId: district.id,
      }),
      admin,
    );
    const town = await units.create(
      buildUnit({
        code: 'DU_TTCAINUOC',
        name: 'Đảng ủy thị trấn Cái Nước',
        kind: 'commune_party',
        parentId: district.id,
      }),
      admin,
    );
    Object.assign(ids, { province: province.id, district: district.id, commune: commune.id, town: town.id });
  });
  afterAll(() => close());

  it('finds a subtree at any depth with a recursive query', async () => {
    const units = createUnitRepository(db);
    expect(await units.findSubtreeIds(ids.province!)).toEqual([
      ids.province,
      ids.district,
      ids.commune,
      ids.town,
    ]);
    expect(await units.findSubtreeIds(ids.commune!)).toEqual([ids.commune]);
    expect(await units.findSubtreeIds(999_999)).toEqual([]);
  });

  it('answers scope checks up the tree, not down', async () => {
    const units = createUnitRepository(db);
    expect(await units.isInSubtree(ids.district!, ids.commune!)).toBe(true);
    expect(await units.isInSubtree(ids.commune!, ids.district!)).toBe(false);
    expect(await units.isInSubtree(ids.commune!, ids.town!)).toBe(false);
  });

  it('finds "cai nuoc" without diacritics, the exact name before longer ones', async () => {
    const units = createUnitRepository(db);
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
    const children = await createUnitRepository(db).findChildren(ids.district!);
    expect(children.map((u) => u.code)).toEqual(['DU_TRANTHOI', 'DU_TTCAINUOC']);
  });

  it('rejects a duplicate code and an unknown parent with domain codes', async () => {
    const units = createUnitRepository(db);
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
    const units = createUnitRepository(db);
    // The name search finds the town by its name: the other tests meet it as the seed above has it.
    onTestFinished(async () => {
      await units.update(ids.town!, { name: 'Đảng ủy thị trấn Cái Nước' }, admin);
    });
    const renamed = await units.update(
      ids.town!,
      { name: 'Đảng ủy thị trấn Cái Nước (mới)' },
      { userId: null },
    );
    expect(renamed.name).toBe('Đảng ủy thị trấn Cái Nước (mới)');
    const history = await createAuditRepository(db).historyOf('unit', ids.town!);
    expect(history.map((h) => h.action)).toEqual(['create', 'update']);
    expect(history[1]).toMatchObject({
      before: { name: 'Đảng ủy thị trấn Cái Nước' },
      after: { name: 'Đảng ủy thị trấn Cái Nước (mới)' },
    });
    await expect(units.update(ids.district!, { parentId: ids.commune! }, admin)).rejects.toMatchObject({
      code: 'invalid_value',
    });
  });

  it('links a merged unit to its successor and reads the links from both sides', async () => {
    const units = createUnitRepository(db);
    await units.linkSuccessor(
      { predecessorId: ids.district!, successorId: ids.province!, kind: 'merge', effectiveOn: '2025-07-01' },
      admin,
    );
    const links = buildUnitLink({ predecessorId: ids.district!, successorId: ids.province! });
    expect((await units.findLinks(ids.district!)).successors).toEqual([links]);
    expect((await units.findLinks(ids.province!)).predecessors).toEqual([links]);
  });

  it('refuses to delete a unit that still has children, and deletes a leaf', async () => {
    const units = createUnitRepository(db);
    await expect(units.delete(ids.district!, admin)).rejects.toMatchObject({ code: 'in_use' });
    const leaf = await units.create(buildUnit({ code: 'LEAF', name: 'Lá', parentId: ids.commune! }), admin);
    await units.delete(leaf.id, admin);
    expect(await units.findById(leaf.id)).toBeNull();
    await expect(units.delete(leaf.id, admin)).rejects.toMatchObject({ code: 'unknown_unit' });
  });
});
