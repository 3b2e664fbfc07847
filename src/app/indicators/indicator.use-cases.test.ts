// The indicator use cases on a real database: admins change the catalog, others are refused; each change
// bumps the version, and two corrections from the same version let exactly one through.
import { describe, expect, it } from 'vitest';
import { buildIndicator } from '../../db/factories';
import { seededDatabase, testDatabases } from '../../db/testing';
import { addAccount } from '../testing/ca-mau';
import { createIndicatorUseCases } from './indicator.use-cases';

describe.each(testDatabases())('indicator use cases on $name', (database) => {
  const world = seededDatabase(database, async (db) => ({
    admin: await addAccount(db, 'admin', 'admin', null),
    editor: await addAccount(db, 'nl', 'editor', null),
    indicators: createIndicatorUseCases(db),
  }));

  it('creates at version 1, bumps it on each change, and refuses a stale one with the current record', async () => {
    const tom = await world.indicators.create(world.admin, buildIndicator());
    expect(tom).toMatchObject({ code: 'TS_TOM', version: 1 });
    const outcomes = await Promise.allSettled([
      world.indicators.change(world.admin, tom.id, { nameVi: 'Sản lượng tôm nuôi', version: 1 }),
      world.indicators.change(world.admin, tom.id, { decimals: 1, version: 1 }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const lost = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ code: 'stale_version' });
    expect(lost.reason.details.current).toEqual(await world.indicators.get(world.editor, tom.id));
    expect((await world.indicators.get(world.editor, tom.id)).version).toBe(2);
    await expect(world.indicators.remove(world.admin, tom.id, 1)).rejects.toMatchObject({
      code: 'stale_version',
    });
    await world.indicators.remove(world.admin, tom.id, 2);
    await expect(world.indicators.get(world.editor, tom.id)).rejects.toMatchObject({
      code: 'unknown_indicator',
      field: 'id',
    });
  });

  it('refuses an editor every change of the catalog, and changes nothing', async () => {
    const lua = await world.indicators.create(
      world.admin,
      buildIndicator({ code: 'SL_LUA', nameVi: 'Sản lượng lúa' }),
    );
    await expect(
      world.indicators.create(world.editor, buildIndicator({ code: 'SL_NGO' })),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(world.indicators.change(world.editor, lua.id, { nameVi: 'Lúa' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(world.indicators.remove(world.editor, lua.id)).rejects.toMatchObject({ code: 'forbidden' });
    expect((await world.indicators.list(world.editor)).map((i) => [i.code, i.nameVi, i.version])).toEqual([
      ['SL_LUA', 'Sản lượng lúa', 1],
    ]);
  });
});
