// Reports over HTTP: figures extracted from a text or a file, a reviewed report stored with its figures in
// one transaction, a unit's reports listed within scope, and every refusal a 4xx naming what is wrong.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { emptyAllButSeed, testDatabases } from '../../db/testing';
import { multipartFile, useTestApp } from '../testing';

const TEXT =
  'Tổng sản lượng thủy sản thu hoạch 40.945 tấn, đạt 85,3% Nghị quyết; trong đó sản lượng tôm 24.937 tấn, đạt 85,98% Nghị quyết, tăng 1,25% so với cùng kỳ.';

describe.each(testDatabases())('reports on $name', ({ open }) => {
  const testApp = useTestApp(open, ['nl.cainuoc', 'nl.damdoi'], { visitEditors: true });
  const { seed, database, loginAs } = testApp;
  const [editor, otherDistrict] = testApp.clients;
  let statements: { indicatorCode?: string; value: number; span: [number, number] }[];

  const report = (overrides: Record<string, unknown> = {}) => ({
    unitId: seed.units.district.id,
    period: '2023-9M',
    title: 'Báo cáo 9 tháng năm 2023',
    text: TEXT,
    statements,
    ...overrides,
  });
  const store = (payload: object, client = editor) =>
    client.request({ method: 'POST', url: '/api/reports', payload });
  const storeEmpty = async (title: string, period: string) => {
    const response = await store(report({ title, period, statements: [] }));
    expect(response.statusCode).toBe(201);
    return response.json() as { report: { id: number } };
  };
  const figureCount = async () =>
    (
      await editor.request({ method: 'GET', url: `/api/observations?unitId=${seed.units.district.id}` })
    ).json().observations.length;

  beforeAll(async () => {
    // The statements a reviewed report is stored with, as the extractor gives them for TEXT.
    statements = (
      await editor.request({ method: 'POST', url: '/api/extract', payload: { text: TEXT } })
    ).json().statements;
  });
  // Stored reports and figures refuse a second copy: each test starts without any.
  beforeEach(() => emptyAllButSeed(database.db));

  it('extracts the figures of a text and matches to the catalog only what it is sure of', async () => {
    const response = await editor.request({ method: 'POST', url: '/api/extract', payload: { text: TEXT } });
    expect(response.statusCode).toBe(200);
    const extracted: typeof statements = response.json().statements;
    // The test catalog names "Tổng sản lượng thủy sản" without the report's "thu hoạch" and no synonyms:
    // left for the reviewer rather than guessed.
    expect(extracted.map((s) => [s.indicatorCode, s.value])).toEqual([
      [undefined, 40945],
      ['TS_TOM', 24937],
    ]);
    expect(TEXT.slice(...extracted[1]!.span)).toBe(
      'sản lượng tôm 24.937 tấn, đạt 85,98% Nghị quyết, tăng 1,25% so với cùng kỳ',
    );
  });

  it('reads an uploaded text file and refuses one it cannot read with 422', async () => {
    const upload = (name: string, content: Buffer | string) =>
      editor.request({ method: 'POST', url: '/api/extract', ...multipartFile(name, content) });
    const fromFile = await upload('bao-cao.txt', TEXT);
    expect(fromFile.json().statements).toHaveLength(2);
    const binary = await upload('bao-cao.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 1, 2, 3]));
    expect(binary.statusCode).toBe(422);
    expect(binary.json()).toMatchObject({ error: 'unsupported_format', field: 'file' });
  });

  it('refuses an empty body with 400 naming the field', async () => {
    const response = await editor.request({ method: 'POST', url: '/api/extract', payload: {} });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'invalid_input', field: 'body.text' });
  });

  it('stores the report and its figures, each traced to its sentence', async () => {
    const response = await store(report());
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.observations.map((o: { value: number }) => o.value)).toEqual([24937, 24937 / 1.0125]);
    expect(body.skipped).toEqual([
      {
        index: 0,
        indicator: 'tổng sản lượng thủy sản thu hoạch',
        reason: expect.stringContaining('no indicatorCode'),
      },
    ]);
    expect(body.observations[0].provenance).toMatchObject({
      kind: 'extracted',
      reportId: body.report.id,
      span: statements[1]!.span,
    });
    const read = await editor.request({ method: 'GET', url: `/api/reports/${body.report.id}` });
    expect(read.json().statements).toHaveLength(2);
    expect(read.json().statements[1].observationId).toBe(body.observations[0].id);
  });

  it('refuses the same figures again with 409 and writes nothing', async () => {
    expect((await store(report())).statusCode).toBe(201);
    const before = await figureCount();
    expect(before).toBe(2);
    const response = await store(report({ title: 'Báo cáo nộp lại' }));
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toBe('duplicate');
    expect(await figureCount()).toBe(before);
  });

  it('refuses a span outside the text with 400 naming the statement', async () => {
    const bad = [{ ...statements[0]!, span: [0, TEXT.length + 5] }];
    const response = await store(report({ statements: bad, period: '2023-H1' }));
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('statements.0.span');
  });

  describe('statements checked against the text', () => {
    const SMALL = 'Sản lượng tôm 100 tấn.';
    const extracted = async (text: string) =>
      (await editor.request({ method: 'POST', url: '/api/extract', payload: { text } })).json().statements;

    it('refuses a statement claiming 999.999 for a sentence that says 100 tấn, naming the statement', async () => {
      const [tom] = await extracted(SMALL);
      const before = await figureCount();
      const response = await store(
        report({ text: SMALL, period: '2023-M01', statements: [{ ...tom, value: 999999 }] }),
      );
      expect(response.statusCode).toBe(422);
      expect(response.json()).toEqual({
        error: 'statement_not_in_text',
        field: 'statements.0',
        index: 0,
        message:
          'statements.0: số liệu 999.999 tấn không phải điều câu "Sản lượng tôm 100 tấn" nêu (100 tấn); sửa có chủ ý thì đánh dấu correction: true',
      });
      expect(await figureCount()).toBe(before);
    });

    it('refuses a changed unit, a changed share and a span that states no figure', async () => {
      const [, tom] = statements;
      const period = '2023-M02';
      const unit = await store(report({ period, statements: [{ ...tom!, unit: 'kg' }] }));
      const share = await store(
        report({ period, statements: [{ ...tom!, achievement: { percent: 50, against: 'nghị quyết' } }] }),
      );
      const span = await store(report({ period, statements: [{ ...tom!, span: [0, 5] }] }));
      expect([unit.statusCode, share.statusCode, span.statusCode]).toEqual([422, 422, 422]);
      expect([unit.json().field, share.json().field]).toEqual(['statements.0', 'statements.0']);
      expect(span.json().message).toBe('statements.0.span: đoạn [0, 5) của báo cáo không nêu số liệu nào');
    });

    it('stores a reviewer’s correction marked as one, with the mark on its statement', async () => {
      const [, tom] = statements;
      const response = await store(
        report({ period: '2023-M03', statements: [{ ...tom!, value: 25000, correction: true }] }),
      );
      expect(response.statusCode).toBe(201);
      expect(response.json().observations[0].value).toBe(25000);
      const read = await editor.request({ method: 'GET', url: `/api/reports/${response.json().report.id}` });
      expect(read.json().statements[0].statement).toMatchObject({ value: 25000, correction: true });
    });
  });

  it('keeps other units and viewers out: 403, and 401 without a session', async () => {
    const commune = await loginAs('nl.tranthoi');
    const outside = await store(report({ unitId: seed.units.tanHungDong.id, period: '2023-Q1' }), commune);
    expect(outside.statusCode).toBe(403);
    const viewer = await loginAs('xem.cainuoc');
    expect((await store(report({ period: '2023-Q1' }), viewer)).statusCode).toBe(403);
    const anonymous = await testApp.app.inject({
      method: 'POST',
      url: '/api/extract',
      payload: { text: TEXT },
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('lists a unit’s reports newest first, without their text', async () => {
    const first = await storeEmpty('Báo cáo quý I', '2023-Q1');
    const second = await storeEmpty('Báo cáo quý II', '2023-Q2');
    const response = await editor.request({
      method: 'GET',
      url: `/api/reports?unitId=${seed.units.district.id}`,
    });
    expect(response.statusCode).toBe(200);
    const listed = response.json().reports;
    expect(
      listed.map((r: { id: number; title: string; period: string }) => [r.id, r.title, r.period]),
    ).toEqual([
      [second.report.id, 'Báo cáo quý II', '2023-Q2'],
      [first.report.id, 'Báo cáo quý I', '2023-Q1'],
    ]);
    expect(Object.keys(listed[0]).sort()).toEqual([
      'createdAt',
      'createdBy',
      'fileName',
      'id',
      'period',
      'title',
      'unitId',
    ]);
  });

  it('refuses the list to an editor of another district (403) and a unit id that is not one (400)', async () => {
    await storeEmpty('Báo cáo quý I', '2023-Q1');
    const outside = await otherDistrict.request({
      method: 'GET',
      url: `/api/reports?unitId=${seed.units.district.id}`,
    });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error).toBe('forbidden');
    const bad = await editor.request({ method: 'GET', url: '/api/reports?unitId=abc' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'invalid_input', field: 'query.unitId' });
  });
});
