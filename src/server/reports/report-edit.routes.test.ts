// Stored reports over HTTP: corrected (title, period, unit) and deleted by the editors
// of their unit, each change in the audit trail under its author; a report whose figures remain stays.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAuditRepository } from '../../db/audit.repository';
import { emptyAllButSeed, testDatabases } from '../../db/testing';
import { login, type StartedTestApp, startTestApp } from '../testing';

const TEXT = 'Sản lượng tôm 24.937 tấn, đạt 85,98% Nghị quyết.';
const KEPT =
  'Báo cáo "Báo cáo có số liệu" đã thành 1 số liệu trong bảng chỉ tiêu; xóa báo cáo thì các số liệu đó mất nguồn hoặc sai kỳ, đơn vị. Hãy xóa các số liệu đó trước (Nhập số liệu), rồi làm lại';

describe.each(testDatabases())('report edit and delete on $name', ({ open }) => {
  let t: StartedTestApp<readonly ['nl.cainuoc', 'nl.damdoi']>;
  let statements: unknown[];
  const seed = () => t.seed;
  const editor = () => t.clients[0];
  const otherDistrict = () => t.clients[1];

  const store = async (title: string, period: string, withFigures = false) => {
    const payload = {
      unitId: seed().units.district.id,
      period,
      title,
      text: TEXT,
      statements: withFigures ? statements : [],
    };
    const response = await editor().request({ method: 'POST', url: '/api/reports', payload });
    expect(response.statusCode).toBe(201);
    return response.json() as { report: { id: number }; observations: { id: number }[] };
  };
  const read = (id: number) => editor().request({ method: 'GET', url: `/api/reports/${id}` });
  const patch = (id: number, payload: object, client = editor()) =>
    client.request({ method: 'PATCH', url: `/api/reports/${id}`, payload });
  const remove = (id: number, client = editor()) =>
    client.request({ method: 'DELETE', url: `/api/reports/${id}` });
  const history = async (id: number) =>
    (await createAuditRepository(t.database.db).historyOf('report', id)).map((e) => ({
      action: e.action,
      userId: e.userId,
      before: e.before,
      after: e.after,
    }));

  beforeAll(async () => {
    t = await startTestApp(open, ['nl.cainuoc', 'nl.damdoi'], { visitEditors: true });
    const extracted = await editor().request({
      method: 'POST',
      url: '/api/extract',
      payload: { text: TEXT },
    });
    statements = extracted.json().statements;
    expect(statements).toHaveLength(1);
    return t.close;
  });
  beforeEach(() => emptyAllButSeed(t.database.db));

  it('corrects a title and records who did it, before and after, without the text', async () => {
    const { report } = await store('Báo cáo quý I', '2023-Q1');
    const response = await patch(report.id, { title: 'Báo cáo quý I năm 2023' });
    expect(response.statusCode).toBe(200);
    expect(response.json().report).toMatchObject({
      id: report.id,
      title: 'Báo cáo quý I năm 2023',
      text: TEXT,
    });
    expect((await read(report.id)).json().report.title).toBe('Báo cáo quý I năm 2023');
    const [created, updated] = await history(report.id);
    expect(created).toMatchObject({ action: 'create', userId: seed().users.districtEditor.id });
    expect(updated).toMatchObject({
      action: 'update',
      userId: seed().users.districtEditor.id,
      before: { title: 'Báo cáo quý I', period: '2023-Q1' },
      after: { title: 'Báo cáo quý I năm 2023', period: '2023-Q1' },
    });
    expect(updated?.after).not.toHaveProperty('text');
  });

  it('moves a report without figures to another period and unit in scope', async () => {
    const { report } = await store('Báo cáo quý I', '2023-Q1');
    const response = await patch(report.id, { period: '2023-q2', unitId: seed().units.tranThoi.id });
    expect(response.statusCode).toBe(200);
    expect(response.json().report).toMatchObject({ period: '2023-Q2', unitId: seed().units.tranThoi.id });
  });

  it('refuses to move a report whose figures remain, with 409 in Vietnamese, and changes nothing', async () => {
    const { report } = await store('Báo cáo có số liệu', '2023-Q1', true);
    const response = await patch(report.id, { period: '2023-Q3' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual({
      error: 'in_use',
      figures: 1,
      message: KEPT.replace('xóa báo cáo thì', 'đổi kỳ hoặc đơn vị thì'),
    });
    expect((await read(report.id)).json().report.period).toBe('2023-Q1');
    // The title is the report's alone: it changes whatever became of the figures.
    expect((await patch(report.id, { title: 'Báo cáo có số liệu (sửa)' })).statusCode).toBe(200);
  });

  it('refuses a change from another district (403) or out of scope (403) and leaves the report as it was', async () => {
    const { report } = await store('Báo cáo quý I', '2023-Q1');
    const outside = await patch(report.id, { title: 'Đổi từ Đầm Dơi' }, otherDistrict());
    expect(outside.statusCode).toBe(403);
    const look = await otherDistrict().request({ method: 'GET', url: `/api/reports/${report.id}` });
    expect(look.statusCode).toBe(403);
    const away = await patch(report.id, { unitId: seed().units.otherDistrict.id });
    expect(away.statusCode).toBe(403);
    const viewer = await login(t.app, 'xem.cainuoc');
    expect((await patch(report.id, { title: 'Người xem đổi' }, viewer)).statusCode).toBe(403);
    expect((await read(report.id)).json().report).toMatchObject({
      title: 'Báo cáo quý I',
      unitId: seed().units.district.id,
    });
    expect((await history(report.id)).map((e) => e.action)).toEqual(['create']);
  });

  it('refuses bad input with 400 naming the field, and an unknown report with 404', async () => {
    const { report } = await store('Báo cáo quý I', '2023-Q1');
    const empty = await patch(report.id, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ error: 'invalid_input', field: 'body' });
    const blank = await patch(report.id, { title: '  ' });
    expect(blank.json()).toMatchObject({ error: 'invalid_input', field: 'body.title' });
    const period = await patch(report.id, { period: '2023-Q5' });
    expect(period.statusCode).toBe(400);
    expect(period.json()).toMatchObject({ error: 'invalid_period', field: 'period' });
    const unknown = await patch(999, { title: 'Không có' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toBe('id: không có báo cáo id 999');
    expect((await remove(999)).statusCode).toBe(404);
  });

  it('deletes a report without figures and records who did', async () => {
    const { report } = await store('Báo cáo quý I', '2023-Q1');
    const response = await remove(report.id);
    expect(response.statusCode).toBe(204);
    expect((await read(report.id)).statusCode).toBe(404);
    const entries = await history(report.id);
    expect(entries.map((e) => [e.action, e.userId])).toEqual([
      ['create', seed().users.districtEditor.id],
      ['delete', seed().users.districtEditor.id],
    ]);
    expect(entries[1]?.before).toMatchObject({ title: 'Báo cáo quý I', period: '2023-Q1' });
  });

  it('keeps a report whose figures remain (409), and deletes it once they are gone', async () => {
    const { report, observations } = await store('Báo cáo có số liệu', '2023-Q1', true);
    const refused = await remove(report.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toEqual({ error: 'in_use', figures: 1, message: KEPT });
    expect((await read(report.id)).statusCode).toBe(200);
    const figure = await editor().request({
      method: 'DELETE',
      url: `/api/observations/${observations[0]!.id}`,
    });
    expect(figure.statusCode).toBe(204);
    expect((await remove(report.id)).statusCode).toBe(204);
  });

  it('refuses a delete from another district and from a viewer, and keeps the report', async () => {
    const { report } = await store('Báo cáo quý I', '2023-Q1');
    expect((await remove(report.id, otherDistrict())).statusCode).toBe(403);
    const viewer = await login(t.app, 'xem.cainuoc');
    expect((await remove(report.id, viewer)).statusCode).toBe(403);
    expect((await read(report.id)).statusCode).toBe(200);
    expect((await history(report.id)).map((e) => e.action)).toEqual(['create']);
  });
});
