// Optimistic locking of targets over HTTP: the answer carries `version`; two editors sending the version
// they read get one 200 and one 409 stale_version with the current target, whether in body or If-Match.
import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../db/testing';
import { shrimpTarget, useTestApp } from '../testing';

describe.each(testDatabases())('target versions on $name', ({ open }) => {
  const testApp = useTestApp(open, ['nl.cainuoc']);
  const { seed } = testApp;
  const [editor] = testApp.clients;

  async function newTarget(value: number) {
    const created = await editor.request({
      method: 'POST',
      url: '/api/targets',
      payload: shrimpTarget(seed, { fromYear: 2024, value, source: 'plan' }),
    });
    expect(created.statusCode).toBe(201);
    return created.json().target as { id: number; version: number };
  }

  it('answers one 200 and one 409 to two concurrent edits from version 1, and loses neither', async () => {
    const target = await newTarget(30_000);
    expect(target.version).toBe(1);
    const [a, b] = await Promise.all([
      editor.request({
        method: 'PATCH',
        url: `/api/targets/${target.id}`,
        payload: { value: 31_000, version: 1 },
      }),
      editor.request({
        method: 'PATCH',
        url: `/api/targets/${target.id}`,
        headers: { 'if-match': '"1"' },
        payload: { document: 'Kế hoạch 45-KH/UBND' },
      }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const stale = a.statusCode === 409 ? a : b;
    expect(stale.json()).toMatchObject({ error: 'stale_version', current: { id: target.id, version: 2 } });
    const retry =
      stale === a ? { value: 31_000, version: 2 } : { document: 'Kế hoạch 45-KH/UBND', version: 2 };
    const merged = await editor.request({
      method: 'PATCH',
      url: `/api/targets/${target.id}`,
      payload: retry,
    });
    expect(merged.statusCode).toBe(200);
    expect(merged.json().target).toMatchObject({
      value: 31_000,
      document: 'Kế hoạch 45-KH/UBND',
      version: 3,
    });
  });

  it('refuses a stale or malformed version on delete and deletes with the current one', async () => {
    const target = await newTarget(12_000);
    const stale = await editor.request({ method: 'DELETE', url: `/api/targets/${target.id}?version=7` });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: 'stale_version', current: { version: 1, value: 12_000 } });
    const malformed = await editor.request({
      method: 'DELETE',
      url: `/api/targets/${target.id}`,
      headers: { 'if-match': 'abc' },
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ error: 'invalid_input', field: 'headers.if-match' });
    const versionOnly = await editor.request({
      method: 'PATCH',
      url: `/api/targets/${target.id}`,
      payload: { version: 1 },
    });
    expect(versionOnly.statusCode).toBe(400);
    const deleted = await editor.request({
      method: 'DELETE',
      url: `/api/targets/${target.id}`,
      headers: { 'if-match': 'W/"1"' },
    });
    expect(deleted.statusCode).toBe(204);
  });
});
