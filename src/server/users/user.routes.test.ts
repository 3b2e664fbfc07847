import { describe, expect, it } from 'vitest';
import { createAuditRepository } from '../../db/audit.repository';
import { testDatabases } from '../../db/testing';
import { buildApp } from '../app';
import { testConfig } from '../config';
import { addEditors, type Client, login, openTestApp, PASSWORD, useTestApp } from '../testing';

describe.each(testDatabases())('sessions after an account change on $name', ({ open }) => {
  const testApp = useTestApp(open, ['admin']);
  const { database, seed, loginAs } = testApp;
  const [admin] = testApp.clients;

  const me = async (client: Client) =>
    (await client.request({ method: 'GET', url: '/api/auth/me' })).statusCode;

  /** A fresh district editor signed in twice (two browsers), and their id. */
  async function editorWithTwoSessions(username: string) {
    await addEditors(database.db, [[username, seed.units.district]]);
    const first = await loginAs(username);
    const second = await loginAs(username);
    const id = (await first.request({ method: 'GET', url: '/api/auth/me' })).json().user.id as number;
    return { id, sessions: [first, second] };
  }

  const patchUser = (id: number, payload: Record<string, unknown>, by: Client = admin) =>
    by.request({ method: 'PATCH', url: `/api/users/${id}`, payload });

  it('ends every session of a user whose password an admin resets; the new password signs in', async () => {
    const { id, sessions } = await editorWithTwoSessions('doi.matkhau');
    expect((await patchUser(id, { password: 'mat-khau-moi-2024' })).statusCode).toBe(200);
    expect([await me(sessions[0]!), await me(sessions[1]!)]).toEqual([401, 401]);
    expect(await me(await loginAs('doi.matkhau', 'mat-khau-moi-2024'))).toBe(200);
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
    const here = await loginAs('qt.cainuoc');
    const elsewhere = await loginAs('qt.cainuoc');
    const changed = await patchUser(seed.users.districtAdmin.id, { password: 'mat-khau-rieng-2024' }, here);
    expect(changed.statusCode).toBe(200);
    expect([await me(here), await me(elsewhere)]).toEqual([200, 401]);
  });

  const postUser = (payload: Record<string, unknown>) =>
    admin.request({ method: 'POST', url: '/api/users', payload });

  const changeOwnPassword = (client: Client, currentPassword: string, newPassword: string) =>
    client.request({ method: 'POST', url: '/api/auth/password', payload: { currentPassword, newPassword } });

  it('lets an editor change their own password with the current one; their other sessions end', async () => {
    const { sessions } = await editorWithTwoSessions('tu.doi');
    const [here, elsewhere] = sessions as [Client, Client];
    expect((await changeOwnPassword(here, PASSWORD, 'mat-khau-cua-toi-2024')).statusCode).toBe(204);
    expect([await me(here), await me(elsewhere)]).toEqual([200, 401]);
    expect(await me(await loginAs('tu.doi', 'mat-khau-cua-toi-2024'))).toBe(200);
    await expect(loginAs('tu.doi', PASSWORD)).rejects.toThrow('login tu.doi: 401');
  });

  it('refuses a wrong current password (403) and a short new one (400), and the password stays', async () => {
    const { sessions } = await editorWithTwoSessions('sai.matkhau');
    const wrong = await changeOwnPassword(sessions[0]!, 'khong-phai-mat-khau', 'mat-khau-moi-2024');
    expect([wrong.statusCode, wrong.json().message]).toEqual([
      403,
      'currentPassword: mật khẩu hiện tại không đúng',
    ]);
    const short = await changeOwnPassword(sessions[0]!, PASSWORD, 'ngan');
    expect([short.statusCode, short.json().error]).toEqual([400, 'invalid_input']);
    expect([await me(sessions[0]!), await me(sessions[1]!)]).toEqual([200, 200]);
    expect(await me(await loginAs('sai.matkhau'))).toBe(200);
  });

  it('refuses an editor or viewer with no unit as scope, on POST and on PATCH (400)', async () => {
    const viewerOfAll = { username: 'xem.tatca', displayName: 'Xem tất cả', role: 'viewer' };
    const created = await postUser({ ...viewerOfAll, password: PASSWORD, scopeUnitId: null });
    expect([created.statusCode, created.json().message]).toEqual([
      400,
      'scopeUnitId: tài khoản chỉ xem cần một đơn vị làm phạm vi; chỉ quản trị viên có phạm vi toàn bộ',
    ]);
    const { id } = await editorWithTwoSessions('mat.phamvi');
    const changed = await patchUser(id, { scopeUnitId: null });
    expect([changed.statusCode, changed.json().field]).toEqual([400, 'scopeUnitId']);
    const listed = (await admin.request({ method: 'GET', url: '/api/users' })).json().users as Array<{
      username: string;
      scopeUnitId: number | null;
    }>;
    expect(listed.filter((u) => ['xem.tatca', 'mat.phamvi'].includes(u.username))).toEqual([
      expect.objectContaining({ username: 'mat.phamvi', scopeUnitId: seed.units.district.id }),
    ]);
  });
});

describe.each(testDatabases())('deactivating an account on $name', ({ open }) => {
  it('ends its sessions, refuses its login in Vietnamese, audits the admin; reactivation restores it', async () => {
    const database = await open();
    const { app, seed } = await openTestApp(database);
    const admin = await login(app, 'admin');
    const editor = await login(app, 'nl.tranthoi');
    const id = seed.users.communeEditor.id;
    const setActive = (active: boolean, by: Client = admin) =>
      by.request({ method: 'PUT', url: `/api/users/${id}/active`, payload: { active } });
    const own = await setActive(false, editor);
    expect(own.statusCode).toBe(403);
    const off = await setActive(false);
    expect([off.statusCode, off.json().user.active]).toEqual([200, false]);
    expect((await editor.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    const refused = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'nl.tranthoi', password: PASSWORD },
    });
    expect([refused.statusCode, refused.json()]).toEqual([
      403,
      { error: 'account_deactivated', message: 'Tài khoản đã bị khóa; hãy liên hệ quản trị viên để mở lại' },
    ]);
    const listed = (await admin.request({ method: 'GET', url: '/api/users' })).json().users;
    expect(listed.find((u: { id: number }) => u.id === id).active).toBe(false);
    const trail = await createAuditRepository(database.db).historyOf('user', id);
    expect(trail.slice(-1).map((e) => [e.userId, e.before, e.after])).toEqual([
      [seed.users.admin.id, { active: true }, { active: false }],
    ]);
    expect((await setActive(true)).json().user.active).toBe(true);
    const back = await login(app, 'nl.tranthoi');
    expect((await back.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    await app.close();
    await database.close();
  });
});

describe.each(testDatabases())('password change rate limit on $name', ({ open }) => {
  it('answers 429 after 3 tries a minute for one user, with a Vietnamese message', async () => {
    const database = await open();
    const { app: first } = await openTestApp(database);
    await first.close();
    const app = await buildApp({ db: database.db, config: testConfig({ loginRateLimit: 3 }) });
    const client = await login(app, 'nl.tranthoi');
    const tries: number[] = [];
    for (let i = 0; i < 4; i++) {
      const payload = { currentPassword: `doan-sai-${i}`, newPassword: 'mat-khau-moi-2024' };
      tries.push((await client.request({ method: 'POST', url: '/api/auth/password', payload })).statusCode);
    }
    const last = await client.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: PASSWORD, newPassword: 'mat-khau-moi-2024' },
    });
    expect(tries).toEqual([403, 403, 403, 429]);
    expect(last.json().message).toMatch(/^Đổi mật khẩu quá nhiều lần; thử lại sau \d+ giây$/);
    await app.close();
    await database.close();
  });
});
