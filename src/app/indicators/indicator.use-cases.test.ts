// The indicator use cases on a real database: admins change the catalog, others are refused; each change
// bumps the version, and two corrections from the same version let exactly one through.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../core/types';
import type { Db } from '../../db/database';
import { buildIndicator } from '../../db/factories';
import { testDatabases } from '../../db/testing';
import { createUserRepository } from '../../db/user.repository';
import { createIndicatorUseCases, type IndicatorUseCases } from './indicator.use-cases';

const system = { userId: null };

describe.each(testDatabases())('indicator use cases on $name', ({ open }) => {
  let db: Db;
  let close: () => Promise<void>;
  let admin: User;
  let editor: User;
  let indicators: IndicatorUseCases;

  beforeAll(async () => {
    ({ db, close } = await open());
    const users = createUserRepository(db);
    const account = { passwordHash: 'x', displayName: 'Cán bộ' };
    admin = await users.create({ ...account, username: 'admin', role: 'admin', scopeUnitId: null }, system);
    editor = await users.create({ ...account, username: 'nl', role: 'editor', scopeUnitId: null }, system);
    indicators = createIndicatorUseCases(db);
  });
  afterAll(() => close());

  it('creates at version 1, bumps it on each change, and refuses a stale one with the current record', async () => {
    const tom = await indicators.create(admin, buildIndicator());
    expect(tom).toMatchObject({ code: 'TS_TOM', version: 1 });
    const outcomes = await Promise.allSettled([
      indicators.change(admin, tom.id, { nameVi: 'Sản lượng tôm nuôi', version: 1 }),
      indicators.change(admin, tom.id, { decimals: 1, version: 1 }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const lost = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ code: 'stale_version' });
    expect(lost.reason.details.current).toEqual(await indicators.get(editor, tom.id));
    expect((await indicators.get(editor, tom.id)).version).toBe(2);
    await expect(indicators.remove(admin, tom.id, 1)).rejects.toMatchObject({ code: 'stale_version' });
    await indicators.remove(admin, tom.id, 2);
    await expect(indicators.get(editor, tom.id)).rejects.toMatchObject({
      code: 'unknown_indicator',
      field: 'id',
    });
  });

  it('refuses an editor every change of the catalog, and changes nothing', async () => {
    const lua = await indicators.create(admin, buildIndicator({ code: 'SL_LUA', nameVi: 'Sản lượng lúa' }));
    await expect(indicators.create(editor, buildIndicator({ code: 'SL_NGO' }))).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(indicators.change(editor, lua.id, { nameVi: 'Lúa' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(indicators.remove(editor, lua.id)).rejects.toMatchObject({ code: 'forbidden' });
    expect((await indicators.list(editor)).map((i) => [i.code, i.nameVi, i.version])).toEqual([
      ['SL_LUA', 'Sản lượng lúa', 1],
    ]);
  });
});
