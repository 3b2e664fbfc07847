// The scorecard over HTTP: figures as core computes them, compressed for browsers that ask, and the same
// bytes again until a write changes the data version.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { emptyAllButSeed, testDatabases } from '../../db/testing';
import { freshRead, useTestApp } from '../testing';

interface Row {
  indicator: { code: string };
  actual: { value: number } | null;
  achievement: { source: string; percent: number }[];
}

describe.each(testDatabases())('scorecard route on $name', ({ open }) => {
  const testApp = useTestApp(open, ['nl.cainuoc']);
  const { seed, database, loginAs } = testApp;
  const [editor] = testApp.clients;
  let url: string;

  beforeAll(async () => {
    url = `/api/units/${seed.units.district.id}/scorecard?year=2023`;
  });

  // Each test starts from the district's resolution target of 29.004 tấn of shrimp and 24.937 tấn to September.
  beforeEach(async () => {
    await emptyAllButSeed(database.db);
    const district = seed.units.district.id;
    const tom = seed.indicators.tom.id;
    const target = {
      unitId: district,
      indicatorId: tom,
      fromYear: 2023,
      value: 29_004,
      source: 'resolution',
    };
    expect((await editor.request({ method: 'POST', url: '/api/targets', payload: target })).statusCode).toBe(
      201,
    );
    const figure = { unitId: district, indicatorId: tom, period: '2023-9M', kind: 'actual', value: 24_937 };
    expect(
      (await editor.request({ method: 'POST', url: '/api/observations', payload: figure })).statusCode,
    ).toBe(201);
    // The scorecard recomputed with them, so each test starts from a fresh one.
    expect((await freshRead(editor, { method: 'GET', url })).headers['x-scorecard-stale']).toBe('false');
  });

  const tomOf = (body: string) =>
    (JSON.parse(body) as { rows: Row[] }).rows.find((r) => r.indicator.code === 'TS_TOM');

  it('answers 24.937 tấn at 85,98% of the resolution target, uncompressed when not asked', async () => {
    const response = await editor.request({ method: 'GET', url, headers: { 'accept-encoding': 'identity' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    const tom = tomOf(response.body);
    expect(tom?.actual?.value).toBe(24_937);
    expect(tom?.achievement.map((a) => [a.source, a.percent.toFixed(2)])).toEqual([['resolution', '85.98']]);
  });

  it('sends the same JSON brotli- or gzip-compressed as the browser asks, and says it varies on that', async () => {
    const plain = (await editor.request({ method: 'GET', url, headers: { 'accept-encoding': 'identity' } }))
      .body;
    const br = await editor.request({
      method: 'GET',
      url,
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('accept-encoding');
    expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(plain);
    expect(br.rawPayload.length).toBeLessThan(Buffer.byteLength(plain));
    const gzip = await freshRead(editor, { method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString('utf8')).toBe(plain);
  });

  it('answers 304 without a body to a browser holding the current version, 200 once a figure changes', async () => {
    const first = await editor.request({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
    const etag = first.headers.etag as string;
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const again = await editor.request({ method: 'GET', url, headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    const target = {
      unitId: seed.units.district.id,
      indicatorId: seed.indicators.thuySan.id,
      fromYear: 2023,
    };
    const created = await editor.request({
      method: 'POST',
      url: '/api/targets',
      payload: { ...target, value: 45_000, source: 'resolution' },
    });
    expect(created.statusCode).toBe(201);
    const changed = await freshRead(editor, { method: 'GET', url, headers: { 'if-none-match': etag } });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    const stranger = await loginAs('nl.tranthoi');
    const refused = await stranger.request({ method: 'GET', url, headers: { 'if-none-match': etag } });
    expect(refused.statusCode).toBe(403);
  });

  it('shows a corrected figure on the next read, in every encoding', async () => {
    const listed = await editor.request({
      method: 'GET',
      url: `/api/observations?unitId=${seed.units.district.id}`,
    });
    const figure = listed.json().observations[0] as { id: number; version: number };
    const corrected = await editor.request({
      method: 'PATCH',
      url: `/api/observations/${figure.id}`,
      payload: { value: 29_004, version: figure.version },
    });
    expect(corrected.statusCode).toBe(200);
    const gzip = await freshRead(editor, { method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    const tom = tomOf(gunzipSync(gzip.rawPayload).toString('utf8'));
    expect(tom?.actual?.value).toBe(29_004);
    expect(tom?.achievement[0]?.percent).toBe(100);
  });

  it('reads a unit renamed or moved out of scope on the very next request', async () => {
    const admin = await loginAs('admin');
    const commune = seed.units.thiTran;
    const communeUrl = `/api/units/${commune.id}/scorecard?year=2023`;
    const before = await editor.request({ method: 'GET', url: communeUrl });
    expect([before.statusCode, before.json().unit.name]).toEqual([200, 'Đảng ủy thị trấn Cái Nước']);
    const rename = { name: 'Đảng ủy thị trấn Cái Nước (mới)' };
    const renamed = await admin.request({
      method: 'PATCH',
      url: `/api/units/${commune.id}`,
      payload: rename,
    });
    expect(renamed.statusCode).toBe(200);
    expect((await freshRead(editor, { method: 'GET', url: communeUrl })).json().unit.name).toBe(rename.name);
    const moved = await admin.request({
      method: 'PATCH',
      url: `/api/units/${commune.id}`,
      payload: { parentId: seed.units.otherDistrict.id },
    });
    expect(moved.statusCode).toBe(200);
    const refused = await editor.request({ method: 'GET', url: communeUrl });
    expect([refused.statusCode, refused.json().message]).toEqual([
      403,
      `id: đơn vị "${rename.name}" nằm ngoài phạm vi của bạn`,
    ]);
  });
});
