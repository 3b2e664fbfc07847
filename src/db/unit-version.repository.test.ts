// Optimistic locking of units in the repository: the units route sends the version it read (body or
// If-Match) and a stale one is refused with the current row, as targets and figures are.
import { describe, expect, it } from 'vitest';
import { buildUnit } from './factories';
import { openedDatabase, testDatabases } from './testing';
import { createUnitRepository } from './unit.repository';

const system = { userId: null };

describe.each(testDatabases())('unit versions on $name', (database) => {
  const world = openedDatabase(database);

  it('starts at 1, bumps on update, lets one of two concurrent renames from version 1 through', async () => {
    const units = createUnitRepository(world.db);
    const unit = await units.create(
      buildUnit({ code: 'XA_TRANTHOI', name: 'Xã Trần Thới', kind: 'commune_party' }),
      system,
    );
    expect(await units.versionOf(unit.id)).toBe(1);
    const outcomes = await Promise.allSettled([
      units.update(unit.id, { name: 'Đảng ủy xã Trần Thới', version: 1 }, system),
      units.update(unit.id, { code: 'DU_TRANTHOI', version: 1 }, system),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const lost = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({
      code: 'stale_version',
      details: { current: { id: unit.id, version: 2 } },
    });
    expect(await units.versionOf(unit.id)).toBe(2);
    await expect(units.delete(unit.id, system, world.db, 1)).rejects.toMatchObject({ code: 'stale_version' });
    await units.update(unit.id, { validTo: '2024-12-31' }, system);
    expect(await units.versionOf(unit.id)).toBe(3);
    await units.delete(unit.id, system, world.db, 3);
    expect(await units.versionOf(unit.id)).toBeNull();
  });
});
