// A double click on "Lưu": the same Idempotency-Key twice (one after the other, or both at once) creates one
// visit or one report, and the repeat gets the first answer; a key reused on another request is refused.
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyAllButSeed, testDatabases } from '../../db/testing';
import { useTestApp } from '../testing';

const TEXT = 'Sản lượng tôm 24.937 tấn, đạt 85,98% Nghị quyết.';

describe.each(testDatabases())('idempotent creates on $name', ({ open }) => {
  const testApp = useTestApp(open, ['nl.cainuoc', 'qt.cainuoc']);
  const { seed, database } = testApp;
  const [editor, other] = testApp.clients;

  beforeEach(() => emptyAllButSeed(database.db));

  const visit = () => ({
    date: '2023-11-17',
    leader: { name: 'Nguyễn Văn A', title: 'Bí thư Huyện ủy' },
    organiserUnitId: seed.units.district.id,
    hostUnitIds: [seed.units.tranThoi.id],
    topicCodes: ['party_building'],
  });
  const postVisit = (key: string | null, client = editor) =>
    client.request({
      method: 'POST',
      url: '/api/visits',
      payload: visit(),
      headers: key ? { 'idempotency-key': key } : {},
    });
  const visitCount = async () =>
    (await editor.request({ method: 'GET', url: '/api/visits' })).json().visits.length;
  const figureCount = async () =>
    (
      await editor.request({ method: 'GET', url: `/api/observations?unitId=${seed.units.district.id}` })
    ).json().observations.length;

  it('creates one visit for a key sent twice, and answers the repeat with the same visit', async () => {
    const first = await postVisit('visit-2023-11-17-a');
    const again = await postVisit('visit-2023-11-17-a');
    expect([first.statusCode, again.statusCode]).toEqual([201, 201]);
    expect(again.json().visit.id).toBe(first.json().visit.id);
    expect([first.headers['idempotent-replayed'], again.headers['idempotent-replayed']]).toEqual([
      undefined,
      'true',
    ]);
    expect(await visitCount()).toBe(1);
  });

  it('creates one visit for a key sent twice at once (a double click)', async () => {
    const [a, b] = await Promise.all([postVisit('double-click-1'), postVisit('double-click-1')]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json().visit.id).toBe(b.json().visit.id);
    expect(await visitCount()).toBe(1);
  });

  it("creates two for two keys, for no key, and keeps each user's keys apart", async () => {
    await postVisit('key-one-aaaa');
    await postVisit('key-two-bbbb');
    await postVisit(null);
    await postVisit(null);
    await postVisit('key-one-aaaa', other);
    expect(await visitCount()).toBe(5);
  });

  it('creates one report for a key sent twice, its figures once', async () => {
    const statements = (
      await editor.request({ method: 'POST', url: '/api/extract', payload: { text: TEXT } })
    ).json().statements;
    const report = {
      unitId: seed.units.district.id,
      period: '2023-9M',
      title: 'Báo cáo 9 tháng năm 2023',
      text: TEXT,
      statements,
    };
    const send = () =>
      editor.request({
        method: 'POST',
        url: '/api/reports',
        payload: report,
        headers: { 'idempotency-key': 'report-9m-2023' },
      });
    const [a, b] = await Promise.all([send(), send()]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(b.json().report.id).toBe(a.json().report.id);
    expect(await figureCount()).toBe(1);
  });

  it('refuses a key reused on another request, and a key too short, with a 4xx naming the header', async () => {
    await postVisit('shared-key-1');
    const reused = await editor.request({
      method: 'POST',
      url: '/api/reports',
      payload: { unitId: seed.units.district.id, period: '2023', title: 'x', text: TEXT, statements: [] },
      headers: { 'idempotency-key': 'shared-key-1' },
    });
    expect([reused.statusCode, reused.json().message]).toEqual([
      422,
      'Idempotency-Key: khóa "shared-key-1" đã dùng cho yêu cầu khác (POST /api/visits)',
    ]);
    const short = await postVisit('abc');
    expect(short.statusCode).toBe(400);
    expect(short.json().message).toContain('Idempotency-Key: cần ít nhất 8 ký tự');
    expect(await visitCount()).toBe(1);
  });
});
