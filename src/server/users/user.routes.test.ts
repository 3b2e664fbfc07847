import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenTestDatabase, testDatabases } from '../../db/testing';
import { addEditors, type Client, login, openTestApp, type Seed } from '../testing';

describe.each(testDatabases())('sessions after an account change on $name', ({ open }) => {
  let database: OpenTestDatabase;
  let app: FastifyInstance;
  let seed: Seed;
  let admin: Client;

  beforeAll(async () => {
    database = await open();
    ({ app, seed } = await openTestApp(database));
    admin = await login(app, 'admin');
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const me = async (client: Client) =>
    (await client.request({ method: 'GET', url: '/api/auth/me' })).statusCode;

  /** A fresh district editor signed in twice (two browsers), and their id. */
  async function editorWithTwoSessions(username: string) {
    await addEditors(database.db, [[username, seed.units.district]]);
    const first = await login(app, username);
    const second = await login(app, username);
    const id = (await first.request({ method: 'GET', url: '/api/auth/me' })).json().user.id as number;
    return { id, sessions: [first, second] };
  }

  const patchUser = (id: number, payload: Record<string, unknown>, by: Client = admin) =>
    by.request({ method: 'PATCH', url: `/api/users/${id}`, payload });

  it('ends every session of a user whose password an admin resets; the new password signs in', async () => {
    const { id, sessions } = await editorWithTwoSessions('doi.matkhau');
    expect((await patchUser(id, { password: 'mat-khau-moi-2024' })).statusCode).toBe(200);
    expect([await me(sessions[0]!), await me(sessions[1]!)]).toEqual([401, 401]);
    expect(await me(await login(app, 'doi.matkhau', 'mat-khau-moi-2024'))).toBe(200);
  });

  it('ends the sessions of a user demoted from editor to viewer', async () => {
    const { id, sessions } = await editorWithTwoSessions('ha.vaitro');
    expect((await patchUser(id, { role: 'viewer' })).statusCode).toBe(200);
    expect([await me(sessions[0]!), await me(sessions[1]!)]).toEqual([401, 401]);
  });

  it('ends the sessions of a user moved to another scope', async () => {
    const { id, sessions } = await editorWithTwoSessions('doi.phamvi');
    expect((await patchUser(id, { scopeUnitId: seed.units.tranThoi.id })).statusCode).toBe(200);
    expect([await me(sessions[0]!), await me(sessions[1]!)]).toEqual([401, 401]);
  });

  it('keeps the sessions on a new display name, a promotion or the same scope sent again', async () => {
    const { id, sessions } = await editorWithTwoSessions('giu.phien');
    const renamed = await patchUser(id, { displayName: 'Tên mới', scopeUnitId: seed.units.district.id });
    const promoted = await patchUser(id, { role: 'admin' });
    expect([renamed.statusCode, promoted.statusCode]).toEqual([200, 200]);
    expect([await me(sessions[0]!), await me(sessions[1]!)]).toEqual([200, 200]);
  });

  it('keeps the session of an admin changing their own password, and ends their other ones', async () => {
    const here = await login(app, 'qt.cainuoc');
    const elsewhere = await login(app, 'qt.cainuoc');
    const changed = await patchUser(seed.users.districtAdmin.id, { password: 'mat-khau-rieng-2024' }, here);
    expect(changed.statusCode).toBe(200);
    expect([await me(here), await me(elsewhere)]).toEqual([200, 401]);
  });
});
