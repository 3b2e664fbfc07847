// The target use cases on a real database: scope refusals, one transaction per change, and two editors
// correcting the same target from the same version (one wins, the other is told, nothing lost).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Indicator, Unit, User } from '../../core/types';
import type { Db } from '../../db/database';
import { buildIndicator } from '../../db/factories';
import { createIndicatorRepository } from '../../db/indicator.repository';
import { createTargetRepository } from '../../db/target.repository';
import { testDatabases } from '../../db/testing';
import { addAccount, seedCaMau } from '../testing/ca-mau';
import { createTargetUseCases, type TargetUseCases } from './target.use-cases';

const system = { userId: null };

describe.each(testDatabases())('target use cases on $name', ({ open }) => {
  let db: Db;
  let close: () => Promise<void>;
  let district: Unit;
  let other: Unit;
  let tom: Indicator;
  let editor: User;
  let viewer: User;
  let targets: TargetUseCases;

  beforeAll(async () => {
    ({ db, close } = await open());
    ({ district, other } = await seedCaMau(db));
    tom = await createIndicatorRepository(db).create(buildIndicator(), system);
    editor = await addAccount(db, 'nl.cainuoc', 'editor', district);
    viewer = await addAccount(db, 'xem.cainuoc', 'viewer', district);
    targets = createTargetUseCases(db);
  });
  afterAll(() => close());

  const base = () => ({
    indicatorId: tom.id,
    fromYear: 2023,
    value: 29_004,
    source: 'resolution' as const,
    document: null,
    derivedFrom: null,
  });

  it('sets a year target at version 1 and bumps the version on each correction', async () => {
    const created = await targets.create(editor, { ...base(), unitId: district.id });
    expect(created).toMatchObject({ toYear: 2023, value: 29_004, version: 1 });
    const changed = await targets.change(editor, created.id, { value: 29_500, version: 1 });
    expect(changed).toMatchObject({ value: 29_500, version: 2 });
    expect(
      (await targets.list(editor, { unitId: district.id, year: 2023 })).map((t) => [t.value, t.version]),
    ).toEqual([[29_500, 2]]);
    await targets.remove(editor, created.id, 2);
  });

  it('refuses a viewer, a unit out of scope and a move out of scope, writing nothing', async () => {
    await expect(targets.create(viewer, { ...base(), unitId: district.id })).rejects.toMatchObject({
      code: 'forbidden',
      message: 'Vai trò chỉ xem không được thay đổi dữ liệu',
    });
    await expect(targets.create(editor, { ...base(), unitId: other.id })).rejects.toMatchObject({
      code: 'forbidden',
      message: 'unitId: đơn vị "Huyện ủy Đầm Dơi" nằm ngoài phạm vi của bạn',
    });
    await expect(targets.list(editor, { unitId: other.id, year: 2023 })).rejects.toMatchObject({
      code: 'forbidden',
    });
    const mine = await targets.create(editor, { ...base(), unitId: district.id, value: 100 });
    await expect(targets.change(editor, mine.id, { unitId: other.id, value: 200 })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(targets.change(editor, mine.id, { value: -1 })).rejects.toMatchObject({
      code: 'out_of_range',
    });
    await expect(targets.remove(editor, 999_999)).rejects.toMatchObject({ code: 'not_found', field: 'id' });
    const stored = await createTargetRepository(db).findById(mine.id);
    expect(stored).toMatchObject({ unitId: district.id, value: 100, version: 1 });
    expect(await createTargetRepository(db).findForUnitYear({ unitId: other.id, year: 2023 })).toEqual([]);
    await targets.remove(editor, mine.id);
  });

  it('lets exactly one of two concurrent corrections from version 1 through and keeps its value', async () => {
    const target = await targets.create(editor, { ...base(), unitId: district.id, value: 1_000 });
    const outcomes = await Promise.allSettled([
      targets.change(editor, target.id, { value: 1_100, version: 1 }),
      targets.change(editor, target.id, { document: 'Kế hoạch 45-KH/UBND', version: 1 }),
    ]);
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.filter((o) => o.status === 'rejected');
    expect([won.length, lost.length]).toEqual([1, 1]);
    expect((lost[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'stale_version' });
    const current = (lost[0] as PromiseRejectedResult).reason.details.current;
    expect(current.version).toBe(2);
    const stored = await createTargetRepository(db).findById(target.id);
    expect(stored).toEqual(current);
    // the loser re-reads version 2 and applies its change on top: nothing is lost
    const merged = await targets.change(
      editor,
      target.id,
      outcomes[0].status === 'rejected'
        ? { value: 1_100, version: 2 }
        : { document: 'Kế hoạch 45-KH/UBND', version: 2 },
    );
    expect(merged).toMatchObject({ value: 1_100, document: 'Kế hoạch 45-KH/UBND', version: 3 });
    await expect(targets.remove(editor, target.id, 2)).rejects.toMatchObject({ code: 'stale_version' });
    await targets.remove(editor, target.id, 3);
    expect(await createTargetRepository(db).findById(target.id)).toBeNull();
  });
});
