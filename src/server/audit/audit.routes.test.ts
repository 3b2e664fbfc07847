import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../db/testing';
import { type Client, shrimpTarget, useTestApp } from '../testing';

describe.each(testDatabases())('the change history of managed records on $name', ({ open }) => {
  const testApp = useTestApp(open, ['admin', 'nl.cainuoc', 'nl.damdoi', 'xem.cainuoc'], {
    visitEditors: true,
  });
  const { seed, loginAs } = testApp;
  const [admin, districtEditor, otherEditor, viewer] = testApp.clients;

  const history = (client: Client, entity: string, id: number | string) =>
    client.request({ method: 'GET', url: `/api/audit/${entity}/${id}` });

  const newShrimpTarget = async () => {
    const created = await districtEditor.request({
      method: 'POST',
      url: '/api/targets',
      payload: shrimpTarget(seed, { unitId: seed.units.tranThoi.id, document: 'Nghị quyết 12-NQ/HU' }),
    });
    expect(created.statusCode).toBe(201);
    return created.json().target as { id: number; version: number };
  };

  it("lists a target's creation and correction with who made each, before and after", async () => {
    const target = await newShrimpTarget();
    const patched = await districtEditor.request({
      method: 'PATCH',
      url: `/api/targets/${target.id}`,
      payload: { value: 29500 },
    });
    expect(patched.statusCode).toBe(200);

    const answer = await history(viewer, 'target', target.id);
    expect(answer.statusCode).toBe(200);
    const entries = answer.json().entries as {
      action: string;
      who: string | null;
      before: { value: number } | null;
      after: { value: number } | null;
    }[];
    expect(entries.map((e) => [e.action, e.who, e.before?.value ?? null, e.after?.value ?? null])).toEqual([
      ['create', 'nl.cainuoc', null, 29004],
      ['update', 'nl.cainuoc', 29004, 29500],
    ]);
  });

  it("refuses a target's history to an editor of another district (403) and to no one in scope", async () => {
    const target = await newShrimpTarget();
    expect((await history(otherEditor, 'target', target.id)).statusCode).toBe(403);
    expect((await history(districtEditor, 'target', target.id)).statusCode).toBe(200);
  });

  it("keeps a deleted target's trail for an admin of everything, ending with its deletion; 404 for others", async () => {
    const target = await newShrimpTarget();
    const deleted = await districtEditor.request({ method: 'DELETE', url: `/api/targets/${target.id}` });
    expect(deleted.statusCode).toBe(204);
    const answer = await history(admin, 'target', target.id);
    expect(answer.statusCode).toBe(200);
    expect(answer.json().entries.map((e: { action: string }) => e.action)).toEqual(['create', 'delete']);
    expect((await history(districtEditor, 'target', target.id)).statusCode).toBe(404);
  });

  it("shows a unit's renaming by the admin, after the seed's creation by the system", async () => {
    const unit = seed.units.thiTran;
    const renamed = await admin.request({
      method: 'PATCH',
      url: `/api/units/${unit.id}`,
      payload: { name: 'Đảng ủy thị trấn Cái Nước (đổi tên)' },
    });
    expect(renamed.statusCode).toBe(200);
    const entries = (await history(viewer, 'unit', unit.id)).json().entries as {
      action: string;
      who: string | null;
      before: { name: string } | null;
      after: { name: string } | null;
    }[];
    expect(entries.map((e) => [e.action, e.who, e.before?.name ?? null, e.after?.name ?? null])).toEqual([
      ['create', null, null, 'Đảng ủy thị trấn Cái Nước'],
      ['update', 'admin', 'Đảng ủy thị trấn Cái Nước', 'Đảng ủy thị trấn Cái Nước (đổi tên)'],
    ]);
    expect((await history(otherEditor, 'unit', unit.id)).statusCode).toBe(403);
  });

  it("shows an account's history to the account itself and to admins over its scope only", async () => {
    const editorId = seed.users.districtEditor.id;
    const adminId = seed.users.admin.id;
    expect((await history(districtEditor, 'user', editorId)).statusCode).toBe(200);
    expect((await history(districtEditor, 'user', adminId)).statusCode).toBe(403);
    const districtAdmin = await loginAs('qt.cainuoc');
    expect((await history(districtAdmin, 'user', editorId)).statusCode).toBe(200);
    expect((await history(districtAdmin, 'user', adminId)).statusCode).toBe(403);
    const own = (await history(admin, 'user', editorId)).json().entries as { action: string }[];
    expect(own.map((e) => e.action)).toEqual(['create']);
  });

  it('never leaks a password hash in an account history', async () => {
    const entries = (await history(admin, 'user', seed.users.viewer.id)).json().entries;
    expect(JSON.stringify(entries)).not.toMatch(/argon2|passwordHash/);
  });

  it('names the bad part of the path: an unknown kind of record, an id beyond int4, a unit that never was', async () => {
    const kind = await history(admin, 'observation_import', 1);
    expect(kind.statusCode).toBe(400);
    expect(kind.json().message).toContain('entity');
    const big = await history(admin, 'unit', 2147483648);
    expect(big.statusCode).toBe(400);
    expect(big.json().message).toContain('id');
    const never = await history(admin, 'unit', 999999);
    expect(never.statusCode).toBe(404);
    expect(never.json().message).toContain('999999');
  });
});
