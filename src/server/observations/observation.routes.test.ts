import { beforeEach, describe, expect, it } from 'vitest';
import { emptyAllButSeed, testDatabases } from '../../db/testing';
import { useTestApp } from '../testing';

describe.each(testDatabases())('observations on $name', ({ open }) => {
  const testApp = useTestApp(open, ['nl.cainuoc']);
  const { database, seed } = testApp;
  const [editor] = testApp.clients;

  const figure = (overrides: Record<string, unknown> = {}) => ({
    unitId: seed.units.district.id,
    indicatorId: seed.indicators.tom.id,
    period: '2023-YTD-2023-11-17',
    kind: 'actual',
    value: 24937,
    ...overrides,
  });
  const post = (payload: unknown, client = editor) =>
    client.request({ method: 'POST', url: '/api/observations', payload: payload as object });

  // Lists and duplicates depend on what is stored: each test starts with no figure.
  beforeEach(async () => {
    await emptyAllButSeed(database.db);
  });

  it('records a figure of 24.937 tấn as entered by the editor, version 1', async () => {
    const response = await post(figure({ period: '2023-m9', value: 20000 }));
    expect(response.statusCode).toBe(201);
    expect(response.json().observation).toMatchObject({
      period: '2023-M9',
      value: 20000,
      version: 1,
      provenance: { kind: 'entered', userId: seed.users.districtEditor.id },
    });
  });

  it('answers malformed JSON with 400 malformed_json', async () => {
    const response = await editor.request({
      method: 'POST',
      url: '/api/observations',
      headers: { 'content-type': 'application/json' },
      payload: '{"unitId": 1, "value": 24.937,',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toBe('malformed_json');
  });

  it('answers a wrong type with 400 invalid_input naming the field', async () => {
    const response = await post(figure({ value: '24.937' }));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'invalid_input', field: 'body.value' });
    expect(response.json().message).toMatch(/^body\.value: /);
  });

  it('answers an unknown unit with 404 unknown_unit and an unknown indicator with 404 unknown_indicator', async () => {
    const unit = await post(figure({ unitId: 9999 }));
    expect(unit.statusCode).toBe(404);
    expect(unit.json()).toMatchObject({
      error: 'unknown_unit',
      field: 'unitId',
      message: 'unitId: không có đơn vị id 9999',
    });
    const indicator = await post(figure({ indicatorId: 9999 }));
    expect(indicator.statusCode).toBe(404);
    expect(indicator.json()).toMatchObject({ error: 'unknown_indicator', field: 'indicatorId' });
  });

  it('answers a period that does not parse with 400 invalid_period', async () => {
    const response = await post(figure({ period: '2023-Q5' }));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'invalid_period', field: 'period' });
    expect(response.json().message).toMatch(/^period: '2023-Q5' is not a period code/);
  });

  it('answers a negative output and a coverage above 100% with 422 out_of_range', async () => {
    const negative = await post(figure({ value: -5 }));
    expect(negative.statusCode).toBe(422);
    expect(negative.json()).toMatchObject({ error: 'out_of_range', field: 'value', min: 0, value: -5 });
    const coverage = await post(
      figure({ indicatorId: seed.indicators.bhyt.id, period: '2023', value: 100.5 }),
    );
    expect(coverage.statusCode).toBe(422);
    expect(coverage.json()).toMatchObject({ error: 'out_of_range', max: 100, value: 100.5 });
  });

  it('answers a second figure for the same unit, indicator, period and kind with 409 duplicate', async () => {
    expect((await post(figure())).statusCode).toBe(201);
    const again = await post(figure({ value: 25000 }));
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toBe('duplicate');
    expect((await post(figure({ kind: 'estimate', value: 27000 }))).statusCode).toBe(201);
  });

  it('answers a stale version with 409 stale_version and the current figure', async () => {
    const created = (await post(figure({ period: '2023-Q1', value: 6000 }))).json().observation;
    const patch = (value: number, version: number) =>
      editor.request({
        method: 'PATCH',
        url: `/api/observations/${created.id}`,
        payload: { value, version },
      });
    const first = await patch(6100, 1);
    expect(first.statusCode).toBe(200);
    expect(first.json().observation).toMatchObject({ value: 6100, version: 2 });
    const stale = await patch(6200, 1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      error: 'stale_version',
      current: { id: created.id, value: 6100, version: 2 },
    });
  });

  it('keeps the audit history of a figure: who, when, before and after', async () => {
    const created = (await post(figure({ period: '2023-Q2', value: 7000 }))).json().observation;
    await editor.request({
      method: 'PATCH',
      url: `/api/observations/${created.id}`,
      payload: { value: 7100, version: 1, note: 'sửa theo báo cáo quý' },
    });
    const history = await editor.request({ method: 'GET', url: `/api/observations/${created.id}/history` });
    const entries = history.json().entries;
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['create', 'update']);
    expect(entries[1]).toMatchObject({
      who: 'nl.cainuoc',
      before: { value: 7000, version: 1 },
      after: { value: 7100, version: 2, note: 'sửa theo báo cáo quý' },
    });
    const provenance = await editor.request({
      method: 'GET',
      url: `/api/observations/${created.id}/provenance`,
    });
    expect(provenance.json()).toMatchObject({
      provenance: { kind: 'entered', userId: seed.users.districtEditor.id },
      user: { username: 'nl.cainuoc' },
      report: null,
    });
  });

  it('deletes with the version read, and refuses a stale one', async () => {
    const created = (await post(figure({ period: '2023-Q3', value: 8000 }))).json().observation;
    const stale = await editor.request({
      method: 'DELETE',
      url: `/api/observations/${created.id}?version=7`,
    });
    expect(stale.statusCode).toBe(409);
    const done = await editor.request({ method: 'DELETE', url: `/api/observations/${created.id}?version=1` });
    expect(done.statusCode).toBe(204);
    const gone = await editor.request({ method: 'DELETE', url: `/api/observations/${created.id}?version=1` });
    expect(gone.statusCode).toBe(404);
  });

  it('filters figures by unit, year and period', async () => {
    expect((await post(figure())).statusCode).toBe(201);
    expect((await post(figure({ kind: 'estimate', value: 27000 }))).statusCode).toBe(201);
    expect((await post(figure({ period: '2023-Q3', value: 8000 }))).statusCode).toBe(201);
    expect((await post(figure({ unitId: seed.units.tranThoi.id, value: 9000 }))).statusCode).toBe(201);
    const response = await editor.request({
      method: 'GET',
      url: `/api/observations?unitId=${seed.units.district.id}&period=2023-YTD-2023-11-17`,
    });
    expect(
      response.json().observations.map((o: { kind: string; value: number }) => [o.kind, o.value]),
    ).toEqual([
      ['actual', 24937],
      ['estimate', 27000],
    ]);
    const bad = await editor.request({ method: 'GET', url: '/api/observations?year=hai-nghin' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('query.year');
  });

  it('reads a long list a page at a time, in key order, and refuses a page size or cursor it did not give', async () => {
    const commune = seed.units.tranThoi.id;
    for (const month of [1, 2, 3, 4, 5]) {
      const created = await post(figure({ unitId: commune, period: `2021-M0${month}`, value: month * 100 }));
      expect(created.statusCode).toBe(201);
    }
    const pageOf = (query: string) =>
      editor.request({ method: 'GET', url: `/api/observations?unitId=${commune}&year=2021&${query}` });
    const values = (body: { observations: { period: string; value: number }[] }) =>
      body.observations.map((o) => [o.period, o.value]);

    const first = (await pageOf('limit=2')).json();
    expect(values(first)).toEqual([
      ['2021-M1', 100],
      ['2021-M2', 200],
    ]);
    // The cursor names the last row given, by the list's key.
    expect(JSON.parse(Buffer.from(first.next, 'base64url').toString())).toEqual([
      commune,
      seed.indicators.tom.id,
      '2021-M2',
      'actual',
    ]);
    const second = (await pageOf(`limit=2&after=${first.next}`)).json();
    expect(values(second)).toEqual([
      ['2021-M3', 300],
      ['2021-M4', 400],
    ]);
    const last = (await pageOf(`limit=2&after=${second.next}`)).json();
    expect([values(last), last.next]).toEqual([[['2021-M5', 500]], null]);
    const whole = (await pageOf('')).json();
    expect([whole.observations.length, whole.next]).toEqual([5, null]);

    for (const [query, field] of [
      ['limit=0', 'query.limit'],
      ['limit=5001', 'query.limit'],
      ['after=khong-phai-con-tro', 'after'],
      [`after=${Buffer.from('[1,2,"2021-M01","forged"]').toString('base64url')}`, 'after'],
    ] as const) {
      const refused = await pageOf(query);
      expect([query, refused.statusCode, refused.json().field]).toEqual([query, 400, field]);
    }
  });
});
