import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataVersionRepository } from '../../db/data-version.repository';
import type { Db } from '../../db/database';
import { buildUnit } from '../../db/factories';
import { testDatabases } from '../../db/testing';
import { createUnitRepository, type UnitRepository } from '../../db/unit.repository';
import { createVersionedUnitLookups } from './versioned-unit-lookups';

const admin = { userId: null };

/** The real repository, counting the reads that reach the database. */
function counting(units: UnitRepository) {
  const reads = { findById: 0, isInSubtree: 0 };
  const counted: UnitRepository = {
    ...units,
    findById: (id, ex) => {
      reads.findById += 1;
      return units.findById(id, ex);
    },
    isInSubtree: (root, id, ex) => {
      reads.isInSubtree += 1;
      return units.isInSubtree(root, id, ex);
    },
  };
  return { counted, reads };
}

describe.each(testDatabases())('unit lookups kept per data version on $name', ({ open }) => {
  let db: Db;
  let close: () => Promise<void>;
  let district: number;
  let commune: number;

  beforeAll(async () => {
    ({ db, close } = await open());
    const units = createUnitRepository(db);
    district = (await units.create(buildUnit({ code: 'HU_CAINUOC', name: 'Huyện ủy Cái Nước' }), admin)).id;
    commune = (
      await units.create(
        buildUnit({
          code: 'DU_TRANTHOI',
          name: 'Đảng ủy xã Trần Thới',
          kind: 'commune_party',
          parentId: district,
        }),
        admin,
      )
    ).id;
  });
  afterAll(() => close());

  it('asks the database once per version and reads a renamed unit at the next version', async () => {
    const units = createUnitRepository(db);
    const versions = createDataVersionRepository(db);
    const { counted, reads } = counting(units);
    const lookups = createVersionedUnitLookups(counted);
    const before = await versions.current();

    const first = await Promise.all([
      lookups.at(before).findById(commune),
      lookups.at(before).findById(commune),
    ]);
    expect(first.map((u) => u?.name)).toEqual(['Đảng ủy xã Trần Thới', 'Đảng ủy xã Trần Thới']);
    expect(await lookups.at(before).isInSubtree(district, commune)).toBe(true);
    expect(await lookups.at(before).isInSubtree(commune, district)).toBe(false);
    expect(await lookups.at(before).isInSubtree(district, commune)).toBe(true);
    expect(reads).toEqual({ findById: 1, isInSubtree: 2 });

    await units.update(commune, { name: 'Đảng ủy xã Trần Thới (mới)' }, admin);
    const after = await versions.current();
    // One statement on units, one bump.
    expect(after).toBe(before + 1);
    expect((await lookups.at(after).findById(commune))?.name).toBe('Đảng ủy xã Trần Thới (mới)');
    expect(reads.findById).toBe(2);

    // A request that read the older version is answered from the database, and leaves nothing behind.
    expect((await lookups.at(before).findById(commune))?.name).toBe('Đảng ủy xã Trần Thới (mới)');
    expect((await lookups.at(after).findById(district))?.name).toBe('Huyện ủy Cái Nước');
    await lookups.at(after).findById(district);
    expect(reads.findById).toBe(4);
  });

  it('does not keep a failed read', async () => {
    const units = createUnitRepository(db);
    let failing = true;
    const flaky: UnitRepository = {
      ...units,
      findById: (id, ex) => (failing ? Promise.reject(new Error('connection lost')) : units.findById(id, ex)),
    };
    const lookups = createVersionedUnitLookups(flaky);
    await expect(lookups.at(1_000_000).findById(district)).rejects.toThrow('connection lost');
    failing = false;
    expect((await lookups.at(1_000_000).findById(district))?.code).toBe('HU_CAINUOC');
  });
});
