// The indicator catalog over HTTP: every answer carries `version`; two admins sending the version they
// read get one 200 and one 409 stale_version with the current indicator; an empty PATCH is a 400; only
// admins change the catalog.
import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../db/testing';
import { useTestApp } from '../testing';

describe.each(testDatabases())('indicator routes on $name', ({ open }) => {
  const testApp = useTestApp(open, ['admin', 'nl.cainuoc']);
  const { seed } = testApp;
  const [admin, editor] = testApp.clients;

  async function newIndicator(code: string) {
    const created = await admin.request({
      method: 'POST',
      url: '/api/indicators',
      payload: {
        code,
        nameVi: 'Diện tích nuôi tôm quảng canh cải tiến',
        measure: 'ha',
        nature: 'stock',
        aggregation: { kind: 'sum' },
        polarity: 'higher_is_better',
      },
    });
    expect(created.statusCode).toBe(201);
    return created.json().indicator as { id: number; version: number };
  }

  it('answers the version in the list, the record and a creation', async () => {
    const list = await editor.request({ method: 'GET', url: '/api/indicators' });
    const tom = list.json().indicators.find((i: { id: number }) => i.id === seed.indicators.tom.id);
    expect(tom).toMatchObject({ code: seed.indicators.tom.code, version: 1 });
    const one = await editor.request({ method: 'GET', url: `/api/indicators/${seed.indicators.bhyt.id}` });
    expect(one.json().indicator).toMatchObject({ code: 'BHYT_TYLE', maxValue: 100, version: 1 });
    expect((await newIndicator('DT_TOM_QCCT')).version).toBe(1);
  });

  it('answers one 200 and one 409 to two concurrent edits from version 1, and loses neither', async () => {
    const indicator = await newIndicator('DT_TOM_CN');
    const url = `/api/indicators/${indicator.id}`;
    const [a, b] = await Promise.all([
      admin.request({ method: 'PATCH', url, payload: { nameVi: 'Diện tích tôm công nghiệp', version: 1 } }),
      admin.request({ method: 'PATCH', url, headers: { 'if-match': '"1"' }, payload: { decimals: 1 } }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const stale = a.statusCode === 409 ? a : b;
    expect(stale.json()).toMatchObject({
      error: 'stale_version',
      current: { id: indicator.id, code: 'DT_TOM_CN', version: 2 },
    });
    const retry =
      stale === a ? { nameVi: 'Diện tích tôm công nghiệp', version: 2 } : { decimals: 1, version: 2 };
    const merged = await admin.request({ method: 'PATCH', url, payload: retry });
    expect(merged.statusCode).toBe(200);
    expect(merged.json().indicator).toMatchObject({
      nameVi: 'Diện tích tôm công nghiệp',
      decimals: 1,
      version: 3,
    });
    const unchecked = await admin.request({ method: 'PATCH', url, payload: { measure: 'nghìn ha' } });
    expect(unchecked.json().indicator).toMatchObject({ measure: 'nghìn ha', version: 4 });
  });

  it('refuses an empty PATCH or one with only a version with 400, changing nothing', async () => {
    const indicator = await newIndicator('DT_LUA');
    const url = `/api/indicators/${indicator.id}`;
    for (const payload of [{}, { version: 1 }]) {
      const response = await admin.request({ method: 'PATCH', url, payload });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: 'invalid_input' });
    }
    const after = await admin.request({ method: 'GET', url });
    expect(after.json().indicator.version).toBe(1);
  });

  it('deletes only at the version read, and only for an admin', async () => {
    const indicator = await newIndicator('DT_RUNG');
    const url = `/api/indicators/${indicator.id}`;
    const refused = await editor.request({ method: 'DELETE', url });
    expect(refused.statusCode).toBe(403);
    const stale = await admin.request({ method: 'DELETE', url: `${url}?version=5` });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: 'stale_version', current: { code: 'DT_RUNG', version: 1 } });
    expect((await admin.request({ method: 'DELETE', url: `${url}?version=1` })).statusCode).toBe(204);
    expect((await admin.request({ method: 'GET', url })).statusCode).toBe(404);
  });

  it('refuses an editor a change of the catalog with 403, naming the role', async () => {
    const response = await editor.request({
      method: 'PATCH',
      url: `/api/indicators/${seed.indicators.tom.id}`,
      payload: { nameVi: 'Sản lượng tôm nuôi' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().message).toBe('Chỉ quản trị viên được làm việc này (vai trò hiện tại: nhập liệu)');
  });

  it('stores a category typed as its Vietnamese name under its code, and refuses one not in the list', async () => {
    const created = await newIndicator('DT_MUOI');
    const url = `/api/indicators/${created.id}`;
    expect((await admin.request({ method: 'GET', url })).json().indicator.category).toBe('khac');
    const named = await admin.request({
      method: 'PATCH',
      url,
      payload: { category: 'Tài nguyên – môi trường' },
    });
    expect(named.json().indicator).toMatchObject({ category: 'moi_truong', version: 2 });
    const unknown = await admin.request({ method: 'PATCH', url, payload: { category: 'Kinh tế biển' } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().message).toContain(
      'Lĩnh vực "Kinh tế biển" không có trong danh mục: kinh_te (Kinh tế)',
    );
    expect((await admin.request({ method: 'GET', url })).json().indicator.version).toBe(2);
  });
});
