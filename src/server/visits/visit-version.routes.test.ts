// Issue 16: a visit or directive change names the version it read in the body or, as targets take it, in
// If-Match; a stale one is refused with 409 stale_version and the current record, a malformed header with 400.
import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../db/testing';
import { staleMessage } from '../../db/versioned';
import { caiNuocVisit, post } from '../requests.testing';
import { type Client, type Seed, startTestApp } from '../testing';

describe.each(testDatabases())('If-Match on visit and directive changes on $name', ({ open }) => {
  let seed: Seed;
  let province: Client;

  beforeAll(async () => {
    const started = await startTestApp(open, ['nl.tinhuy'], { visitEditors: true });
    ({ seed } = started);
    [province] = started.clients;
    return started.close;
  });

  async function newVisit(): Promise<string> {
    const visit = caiNuocVisit(seed.units, { hostUnitIds: [seed.units.district.id] });
    const created = await post(province, '/api/visits', visit);
    expect(created.statusCode).toBe(201);
    return `/api/visits/${created.json().visit.id}`;
  }

  async function newDirective(): Promise<string> {
    const directive = {
      text: 'Rà soát, bổ sung quy chế làm việc',
      source: { kind: 'document', number: '12-KL/TU' },
      issuerUnitId: seed.units.province.id,
      leadUnitId: seed.units.district.id,
      deadline: '2023-12-31',
      createdOn: '2023-11-17',
    };
    const created = await post(province, '/api/directives', { directives: [directive] });
    expect(created.statusCode).toBe(201);
    return `/api/directives/${created.json().directives[0].id}`;
  }

  const patch = (url: string, ifMatch: string, payload: object) =>
    province.request({ method: 'PATCH', url, headers: { 'if-match': ifMatch }, payload });

  it.each([
    { record: 'visit', create: newVisit, first: { date: '2023-11-18' }, second: { status: 'held' } },
    {
      record: 'directive',
      create: newDirective,
      first: { text: 'Rà soát quy chế làm việc' },
      second: { deadline: '2024-06-30' },
    },
  ] as const)('takes the $record version read from If-Match and refuses a stale one', async (row) => {
    const url = await row.create();
    const id = Number(url.split('/').pop());
    const changed = await patch(url, '"1"', row.first);
    expect([changed.statusCode, changed.json()[row.record].version]).toEqual([200, 2]);
    const stale = await patch(url, 'W/"1"', row.second);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      error: 'stale_version',
      message: staleMessage(row.record, id, 2, 1),
      current: { id, version: 2, ...row.first },
    });
    const current = await patch(url, '2', row.second);
    expect([current.statusCode, current.json()[row.record]]).toEqual([
      200,
      expect.objectContaining({ ...row.first, ...row.second, version: 3 }),
    ]);
  });

  it.each([
    { record: 'visit', create: newVisit, change: { minutes: 'Đoàn làm việc với Ban Thường vụ' } },
    { record: 'directive', create: newDirective, change: { text: 'Rà soát quy chế làm việc' } },
  ] as const)('refuses a malformed If-Match on a $record change and leaves it as it was', async (row) => {
    const url = await row.create();
    const malformed = await patch(url, 'abc', row.change);
    expect([malformed.statusCode, malformed.json()]).toEqual([
      400,
      expect.objectContaining({ error: 'invalid_input', field: 'headers.if-match' }),
    ]);
    const after = (await province.request({ method: 'GET', url })).json()[row.record];
    expect(after.version).toBe(1);
  });
});
