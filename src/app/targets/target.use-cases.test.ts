// The target use cases on a real database: scope refusals, one transaction per change, and two editors
// correcting the same target from the same version (one wins, the other is told, nothing lost).
import { describe, expect, it } from 'vitest';
import { createTargetRepository } from '../../db/target.repository';
import { seededDatabase, testDatabases } from '../../db/testing';
import { seedCaiNuocDesk } from '../testing/ca-mau';
import { createTargetUseCases } from './target.use-cases';

describe.each(testDatabases())('target use cases on $name', (database) => {
  const world = seededDatabase(database, async (db) => ({
    ...(await seedCaiNuocDesk(db)),
    targets: createTargetUseCases(db),
  }));

  const base = () => ({
    indicatorId: world.tom.id,
    fromYear: 2023,
    value: 29_004,
    source: 'resolution' as const,
    document: null,
    derivedFrom: null,
  });

  it('sets a year target at version 1 and bumps the version on each correction', async () => {
    const created = await world.targets.create(world.editor, { ...base(), unitId: world.district.id });
    expect(created).toMatchObject({ toYear: 2023, value: 29_004, version: 1 });
    const changed = await world.targets.change(world.editor, created.id, { value: 29_500, version: 1 });
    expect(changed).toMatchObject({ value: 29_500, version: 2 });
    expect(
      (await world.targets.list(world.editor, { unitId: world.district.id, year: 2023 })).map((t) => [
        t.value,
        t.version,
      ]),
    ).toEqual([[29_500, 2]]);
    await world.targets.remove(world.editor, created.id, 2);
  });

  it('refuses a viewer, a unit out of scope and a move out of scope, writing nothing', async () => {
    await expect(
      world.targets.create(world.viewer, { ...base(), unitId: world.district.id }),
    ).rejects.toMatchObject({
      code: 'forbidden',
      message: 'Vai trò chỉ xem không được thay đổi dữ liệu',
    });
    await expect(
      world.targets.create(world.editor, { ...base(), unitId: world.other.id }),
    ).rejects.toMatchObject({
      code: 'forbidden',
      message: 'unitId: đơn vị "Huyện ủy Đầm Dơi" nằm ngoài phạm vi của bạn',
    });
    await expect(
      world.targets.list(world.editor, { unitId: world.other.id, year: 2023 }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    const mine = await world.targets.create(world.editor, {
      ...base(),
      unitId: world.district.id,
      value: 100,
    });
    await expect(
      world.targets.change(world.editor, mine.id, { unitId: world.other.id, value: 200 }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(world.targets.change(world.editor, mine.id, { value: -1 })).rejects.toMatchObject({
      code: 'out_of_range',
    });
    await expect(world.targets.remove(world.editor, 999_999)).rejects.toMatchObject({
      code: 'not_found',
      field: 'id',
    });
    const stored = await createTargetRepository(world.db).findById(mine.id);
    expect(stored).toMatchObject({ unitId: world.district.id, value: 100, version: 1 });
    expect(
      await createTargetRepository(world.db).findForUnitYear({ unitId: world.other.id, year: 2023 }),
    ).toEqual([]);
    await world.targets.remove(world.editor, mine.id);
  });

  it('lets exactly one of two concurrent corrections from version 1 through and keeps its value', async () => {
    const target = await world.targets.create(world.editor, {
      ...base(),
      unitId: world.district.id,
      value: 1_000,
    });
    const outcomes = await Promise.allSettled([
      world.targets.change(world.editor, target.id, { value: 1_100, version: 1 }),
      world.targets.change(world.editor, target.id, { document: 'Kế hoạch 45-KH/UBND', version: 1 }),
    ]);
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.filter((o) => o.status === 'rejected');
    expect([won.length, lost.length]).toEqual([1, 1]);
    expect((lost[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'stale_version' });
    const current = (lost[0] as PromiseRejectedResult).reason.details.current;
    expect(current.version).toBe(2);
    const stored = await createTargetRepository(world.db).findById(target.id);
    expect(stored).toEqual(current);
    // the loser re-reads version 2 and applies its change on top: nothing is lost
    const merged = await world.targets.change(
      world.editor,
      target.id,
      outcomes[0].status === 'rejected'
        ? { value: 1_100, version: 2 }
        : { document: 'Kế hoạch 45-KH/UBND', version: 2 },
    );
    expect(merged).toMatchObject({ value: 1_100, document: 'Kế hoạch 45-KH/UBND', version: 3 });
    await expect(world.targets.remove(world.editor, target.id, 2)).rejects.toMatchObject({
      code: 'stale_version',
    });
    await world.targets.remove(world.editor, target.id, 3);
    expect(await createTargetRepository(world.db).findById(target.id)).toBeNull();
  });
});
