// Scope on every route: an editor of xã Trần Thới sees and changes only Trần Thới; a viewer changes
// nothing; the structure belongs to admins within their subtree.
import { beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { emptyAllButSeed, testDatabases } from '../../db/testing';
import { type Client, post, shrimpTarget, useTestApp } from '../testing';

describe.each(testDatabases())('scope on $name', ({ open }) => {
  const testApp = useTestApp(open, ['nl.tranthoi', 'xem.cainuoc', 'qt.cainuoc']);
  const { database, seed, loginAs } = testApp;
  const [commune, viewer, districtAdmin] = testApp.clients;

  // Figures entered by one test must not show in another's list: each starts from the seed's units and users.
  beforeEach(async () => {
    await emptyAllButSeed(database.db);
  });

  const figure = (unitId: number, value = 1200) => ({
    unitId,
    indicatorId: seed.indicators.tom.id,
    period: '2023-9M',
    kind: 'actual',
    value,
  });
  const enter = async (client: Client, unitId: number, value = 1200) => {
    const created = await client.request({
      method: 'POST',
      url: '/api/observations',
      payload: figure(unitId, value),
    });
    expect(created.statusCode).toBe(201);
    return created.json().observation.id as number;
  };

  it('lists only the units of the user subtree', async () => {
    const mine = (await commune.request({ method: 'GET', url: '/api/units' })).json().units;
    expect(mine.map((u: { code: string }) => u.code)).toEqual(['DU_TRANTHOI']);
    const district = (await viewer.request({ method: 'GET', url: '/api/units' })).json().units;
    expect(district.map((u: { code: string }) => u.code)).toEqual([
      'HU_CAINUOC',
      'DU_TRANTHOI',
      'DU_TANHUNGDONG',
      'DU_TTCAINUOC',
    ]);
  });

  it('lets the Trần Thới editor enter its own figure', async () => {
    const response = await commune.request({
      method: 'POST',
      url: '/api/observations',
      payload: figure(seed.units.tranThoi.id),
    });
    expect(response.statusCode).toBe(201);
  });

  it('refuses the Trần Thới editor another commune: read and write answer 403', async () => {
    const other = seed.units.tanHungDong.id;
    const write = await commune.request({ method: 'POST', url: '/api/observations', payload: figure(other) });
    expect(write.statusCode).toBe(403);
    expect(write.json()).toEqual({
      error: 'forbidden',
      message: 'unitId: đơn vị "Đảng ủy xã Tân Hưng Đông" nằm ngoài phạm vi của bạn',
    });
    const reads = [
      `/api/units/${other}`,
      `/api/units/${other}/scorecard?year=2023`,
      `/api/units/${other}/scorecard.xlsx?year=2023`,
      `/api/targets?unitId=${other}&year=2023`,
      `/api/observations?unitId=${other}`,
      `/api/units/${seed.units.district.id}/scorecard?year=2023`,
    ];
    for (const url of reads) {
      expect([url, (await commune.request({ method: 'GET', url })).statusCode]).toEqual([url, 403]);
    }
  });

  it('hides the figures of another commune from the Trần Thới editor, even of the same indicator', async () => {
    const admin = await loginAs('admin');
    const own = await enter(commune, seed.units.tranThoi.id);
    const id = await enter(admin, seed.units.tanHungDong.id, 900);
    const listed = (await commune.request({ method: 'GET', url: '/api/observations?year=2023' })).json()
      .observations;
    expect(listed.map((o: { id: number; unitId: number }) => [o.id, o.unitId])).toEqual([
      [own, seed.units.tranThoi.id],
    ]);
    for (const request of [
      { method: 'GET' as const, url: `/api/observations/${id}/history` },
      { method: 'GET' as const, url: `/api/observations/${id}/provenance` },
      { method: 'PATCH' as const, url: `/api/observations/${id}`, payload: { value: 1, version: 1 } },
      { method: 'DELETE' as const, url: `/api/observations/${id}?version=1` },
    ]) {
      expect([request.url, (await commune.request(request)).statusCode]).toEqual([request.url, 403]);
    }
  });

  it('lets a viewer read the district scorecard but change nothing', async () => {
    const read = await viewer.request({
      method: 'GET',
      url: `/api/units/${seed.units.district.id}/scorecard?year=2023`,
    });
    expect(read.statusCode).toBe(200);
    const write = await viewer.request({
      method: 'POST',
      url: '/api/observations',
      payload: figure(seed.units.district.id),
    });
    expect(write.statusCode).toBe(403);
    expect(write.json().message).toBe('Vai trò chỉ xem không được thay đổi dữ liệu');
    const target = await viewer.request({
      method: 'POST',
      url: '/api/targets',
      payload: shrimpTarget(seed),
    });
    expect(target.statusCode).toBe(403);
  });

  it('keeps the structure for admins inside their subtree', async () => {
    const chiBoX = { code: 'CB_X', name: 'Chi bộ ấp X', kind: 'other', parentId: seed.units.tranThoi.id };
    const editorMakesUnit = await post(commune, '/api/units', chiBoX);
    expect(editorMakesUnit.statusCode).toBe(403);
    const inside = await post(districtAdmin, '/api/units', chiBoX);
    expect(inside.statusCode).toBe(201);
    // The other tests list the district's units as the seed has them.
    onTestFinished(async () => {
      const removed = await districtAdmin.request({
        method: 'DELETE',
        url: `/api/units/${inside.json().unit.id}`,
      });
      expect(removed.statusCode).toBe(204);
    });
    const outside = await post(districtAdmin, '/api/units', {
      code: 'CB_Y',
      name: 'Chi bộ ấp Y',
      kind: 'other',
      parentId: seed.units.otherDistrict.id,
    });
    expect(outside.statusCode).toBe(403);
    const root = await post(districtAdmin, '/api/units', {
      code: 'TU_KHAC',
      name: 'Tỉnh ủy khác',
      kind: 'province_party',
    });
    expect(root.statusCode).toBe(403);
  });

  it('lets an admin of the district manage only the users of the district', async () => {
    const listed = (await districtAdmin.request({ method: 'GET', url: '/api/users' })).json().users;
    expect(listed.map((u: { username: string }) => u.username)).toEqual([
      'qt.cainuoc',
      'nl.cainuoc',
      'nl.tranthoi',
      'xem.cainuoc',
    ]);
    const everything = await districtAdmin.request({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'qt.tinh',
        displayName: 'Quản trị tỉnh',
        password: 'mat-khau-dai',
        role: 'admin',
        scopeUnitId: null,
      },
    });
    expect(everything.statusCode).toBe(403);
    const created = await districtAdmin.request({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'nl.tanhungdong',
        displayName: 'Nhập liệu Tân Hưng Đông',
        password: 'mat-khau-dai',
        role: 'editor',
        scopeUnitId: seed.units.tanHungDong.id,
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().user).not.toHaveProperty('passwordHash');
    expect((await commune.request({ method: 'GET', url: '/api/users' })).statusCode).toBe(403);
  });

  it('answers a unit delete with figures 409 in_use', async () => {
    const admin = await loginAs('admin');
    await enter(commune, seed.units.tranThoi.id);
    const response = await admin.request({ method: 'DELETE', url: `/api/units/${seed.units.tranThoi.id}` });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toBe('in_use');
  });
});
