// A PATCH changes only what it sends (issue 16): a target's new value keeps its document, years and
// derivation; a visit's new date keeps its hosts, topics, leader and attachments; a directive's new deadline
// keeps its text and links. A year sent alone is checked against the year stored, not left to the database.
import { describe, expect, it } from 'vitest';
import { testDatabases } from '../db/testing';
import { type Client, useTestApp } from './testing';

type Answer = { visit: { id: number }; directives: { id: number }[] };

describe.each(testDatabases())('partial changes on $name', ({ open }) => {
  const testApp = useTestApp(open, ['nl.cainuoc', 'nl.tinhuy'], { visitEditors: true });
  const { seed } = testApp;
  const [editor, province] = testApp.clients;

  const send = (client: Client, method: 'POST' | 'PATCH', url: string, payload: object) =>
    client.request({ method, url, payload });
  const term = () => ({
    unitId: seed.units.district.id,
    indicatorId: seed.indicators.tom.id,
    fromYear: 2021,
    toYear: 2025,
    value: 29_004,
    source: 'resolution',
    document: 'Nghị quyết số 12-NQ/HU',
    derivedFrom: 'Đạt 85,3% Nghị quyết',
  });

  /** Creates a record at `url` and sends one change to it: the created id and the answer to the change. */
  async function createThenPatch(
    url: string,
    body: object,
    read: (created: Answer) => { id: number },
    change: object,
  ) {
    const created = await send(province, 'POST', url, body);
    expect(created.statusCode).toBe(201);
    const { id } = read(created.json());
    const patched = await send(province, 'PATCH', `${url}/${id}`, change);
    expect(patched.statusCode).toBe(200);
    return { id, patched: patched.json() };
  }

  async function newTarget() {
    const created = await send(editor, 'POST', '/api/targets', term());
    expect(created.statusCode).toBe(201);
    return created.json().target as { id: number };
  }

  it('changes only the value of a target: document, years and derivation stay', async () => {
    const { id } = await newTarget();
    const patched = await send(editor, 'PATCH', `/api/targets/${id}`, { value: 31_000 });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().target).toEqual({ ...term(), id, value: 31_000, version: 2 });
  });

  it('refuses a last year sent alone that falls before the stored first year, naming toYear', async () => {
    const { id } = await newTarget();
    const patched = await send(editor, 'PATCH', `/api/targets/${id}`, { toYear: 2020 });
    expect([patched.statusCode, patched.json()]).toEqual([
      400,
      {
        error: 'invalid_input',
        field: 'toYear',
        message: 'toYear: năm cuối 2020 trước năm đầu 2021',
      },
    ]);
    const first = await send(editor, 'PATCH', `/api/targets/${id}`, { fromYear: 2026 });
    expect([first.statusCode, first.json().field]).toEqual([400, 'toYear']);
    const after = await editor.request({
      method: 'GET',
      url: `/api/targets?unitId=${seed.units.district.id}&year=2023`,
    });
    expect(after.json().targets.find((t: { id: number }) => t.id === id)).toMatchObject({
      fromYear: 2021,
      toYear: 2025,
      version: 1,
    });
  });

  it('changes only the date of a visit: hosts, topics, leader and attachments stay', async () => {
    const visit = {
      date: '2023-11-17',
      leader: { name: 'Phạm Thành Ngại', title: 'Phó Bí thư Thường trực Tỉnh ủy' },
      organiserUnitId: seed.units.province.id,
      hostUnitIds: [seed.units.district.id, seed.units.tranThoi.id],
      topicCodes: ['party_building'],
      attachments: [{ name: 'Biên bản.docx', mediaType: 'application/msword', size: 2048 }],
    };
    const change = { date: '2023-11-18' };
    const { id, patched } = await createThenPatch('/api/visits', visit, (a) => a.visit, change);
    expect(patched.visit).toEqual({
      ...visit,
      id,
      date: '2023-11-18',
      members: [],
      status: 'planned',
      minutes: null,
      version: 2,
    });
  });

  it('changes only the deadline of a directive: text, lead, coordinators and indicators stay', async () => {
    const { province: issuer, district: lead, tranThoi, thiTran } = seed.units;
    const links = { issuerUnitId: issuer.id, leadUnitId: lead.id, indicatorIds: [seed.indicators.tom.id] };
    const text = 'Rà soát, bổ sung quy chế làm việc của Ban Chấp hành';
    const due = { coordinatingUnitIds: [tranThoi.id, thiTran.id], deadline: '2024-03-31' };
    const directive = { text, source: { kind: 'document', number: '45-KL/TU' }, ...links, ...due };
    const body = { directives: [{ ...directive, createdOn: '2023-11-17' }] };
    const change = { deadline: null };
    const { patched } = await createThenPatch(
      '/api/directives',
      body,
      (a) => a.directives[0] ?? { id: 0 },
      change,
    );
    expect(patched.directive).toMatchObject({
      ...directive,
      coordinatingUnitIds: [tranThoi.id, thiTran.id].sort((a, b) => a - b),
      deadline: null,
      createdOn: '2023-11-17',
      version: 2,
    });
  });
});
