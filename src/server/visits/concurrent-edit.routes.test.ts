// Two people changing one directive or visit at once (issue 16: "directives 5/10, visits 10/10 lost"): with
// the version they read, one wins and the other gets 409 stale_version in Vietnamese; without one, each
// change keeps what the other wrote; two decisions on one extension request decide it once.
import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../db/testing';
import { staleMessage } from '../../db/versioned';
import { type Client, useTestApp } from '../testing';

const ROUNDS = 10;

describe.each(testDatabases())('concurrent edits of directives and visits on $name', ({ open }) => {
  const testApp = useTestApp(open, ['nl.tinhuy', 'nl.tinhuy', 'nl.cainuoc'], { visitEditors: true });
  const { seed } = testApp;
  const [province, provinceAgain, district] = testApp.clients;

  const send = (client: Client, method: 'POST' | 'PATCH', url: string, payload: object) =>
    client.request({ method, url, payload });

  async function newDirective(): Promise<number> {
    // The province gives the district a directive due 31/12/2023.
    const { province: issuer, district: lead } = seed.units;
    const parties = { issuerUnitId: issuer.id, leadUnitId: lead.id, deadline: '2023-12-31' };
    const text = 'Rà soát, bổ sung quy chế làm việc';
    const source = { kind: 'document', number: '12-KL/TU' };
    const directives = [{ text, source, ...parties, createdOn: '2023-11-17' }];
    const created = await send(province, 'POST', '/api/directives', { directives });
    expect(created.statusCode).toBe(201);
    return created.json().directives[0].id;
  }

  async function newVisit(): Promise<number> {
    const created = await send(province, 'POST', '/api/visits', {
      date: '2023-11-17',
      leader: { name: 'Phạm Thành Ngại', title: 'Phó Bí thư Thường trực Tỉnh ủy' },
      organiserUnitId: seed.units.province.id,
      hostUnitIds: [seed.units.district.id],
    });
    expect(created.statusCode).toBe(201);
    return created.json().visit.id;
  }

  /** Two PATCHes of one record, both from version 1: one is answered 200, the other (returned) 409. */
  async function oneStale(url: string, first: object, second: object) {
    const answers = await Promise.all([
      send(province, 'PATCH', url, { ...first, version: 1 }),
      send(provinceAgain, 'PATCH', url, { ...second, version: 1 }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    return answers.find((a) => a.statusCode === 409)!;
  }

  it('answers one 200 and one 409 to two edits of a directive from version 1, in Vietnamese', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const id = await newDirective();
      const url = `/api/directives/${id}`;
      const stale = await oneStale(url, { text: 'Rà soát quy chế làm việc' }, { deadline: '2024-06-30' });
      expect(stale.json()).toMatchObject({
        error: 'stale_version',
        message: staleMessage('directive', id, 2, 1),
        current: { id, version: 2 },
      });
    }
  });

  it('keeps both of two edits of different fields of a directive sent without a version', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const id = await newDirective();
      const url = `/api/directives/${id}`;
      const answers = await Promise.all([
        send(province, 'PATCH', url, { text: 'Rà soát quy chế làm việc' }),
        send(provinceAgain, 'PATCH', url, { deadline: '2024-06-30' }),
        send(district, 'POST', `${url}/updates`, { text: 'Đã rà soát 6/12', percent: 50 }),
      ]);
      expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 201]);
      const after = (await province.request({ method: 'GET', url })).json().directive;
      expect({ round, ...after }).toMatchObject({
        round,
        text: 'Rà soát quy chế làm việc',
        deadline: '2024-06-30',
        progressPercent: 50,
        version: 4,
      });
    }
  });

  it('decides an extension request once when two decisions arrive together', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const id = await newDirective();
      const url = `/api/directives/${id}`;
      const asked = await send(district, 'POST', `${url}/extensions`, {
        proposedDeadline: '2024-03-31',
        reason: 'Chờ hướng dẫn của Trung ương',
      });
      expect(asked.statusCode).toBe(201);
      const decision = `${url}/extensions/${asked.json().extension.id}/decision`;
      const answers = await Promise.all([
        send(province, 'POST', decision, { decision: 'approved' }),
        send(provinceAgain, 'POST', decision, { decision: 'rejected' }),
        send(provinceAgain, 'PATCH', url, { text: 'Rà soát quy chế làm việc' }),
      ]);
      expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 409]);
      const detail = (await province.request({ method: 'GET', url })).json();
      const [extension] = detail.extensions;
      expect(detail.directive.deadline).toBe(extension.status === 'approved' ? '2024-03-31' : '2023-12-31');
      expect(detail.directive.text).toBe('Rà soát quy chế làm việc');
    }
  });

  it('answers one 200 and one 409 to two edits of a visit from version 1; without one, both stay', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const id = await newVisit();
      const url = `/api/visits/${id}`;
      const stale = await oneStale(url, { date: '2023-11-18' }, { status: 'held' });
      expect(stale.json().message).toBe(staleMessage('visit', id, 2, 1));
      await Promise.all([
        send(province, 'PATCH', url, { minutes: 'Đoàn làm việc với Ban Thường vụ' }),
        send(provinceAgain, 'PATCH', url, { members: ['Lâm Văn Bi'] }),
      ]);
      const after = (await province.request({ method: 'GET', url })).json().visit;
      expect(after).toMatchObject({
        minutes: 'Đoàn làm việc với Ban Thường vụ',
        members: ['Lâm Văn Bi'],
        version: 4,
      });
    }
  });
});
