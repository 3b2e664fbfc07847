// The state-format report over HTTP: whoever may read the unit downloads it, headed by the people's
// committee of the same place; a unit whose name does not say its level must be told its issuer.
import { extractText } from 'unpdf';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyAllButSeed, testDatabases } from '../../db/testing';
import { createUnitRepository } from '../../db/unit.repository';
import { docxToPdf, findSoffice } from '../../documents/docx-to-pdf';
import { openDocx } from '../../documents/party-docx.testing';
import { useTestApp } from '../testing';

/** Without LibreOffice a developer's run skips the conversion; CI installs it, so there it always runs. */
const converts = it.skipIf(findSoffice() === null && !process.env.CI);

describe.each(testDatabases())('state-format report on $name', ({ open }) => {
  const testApp = useTestApp(open, ['nl.cainuoc', 'xem.cainuoc', 'nl.tranthoi', 'admin']);
  const { database, seed } = testApp;
  const [editor, viewer, commune, admin] = testApp.clients;
  const url = (unitId: number, query = 'year=2023&number=12/BC-UBND&date=2023-11-10') =>
    `/api/units/${unitId}/state-report.docx?${query}`;

  // Each test starts from the district's plan of 29.004 tấn of shrimp and 24.937 tấn done in nine months.
  beforeEach(async () => {
    await emptyAllButSeed(database.db);
    const unitId = seed.units.district.id;
    const indicatorId = seed.indicators.tom.id;
    const target = { unitId, indicatorId, fromYear: 2023, value: 29_004, source: 'plan' };
    const figure = { unitId, indicatorId, period: '2023-9M', kind: 'actual', value: 24_937 };
    for (const [path, payload] of [
      ['/api/targets', target],
      ['/api/observations', figure],
    ] as const) {
      expect((await editor.request({ method: 'POST', url: path, payload })).statusCode).toBe(201);
    }
  });

  it('gives the viewer the district’s report, signed by its people’s committee, with shrimp at 85,98%', async () => {
    const response = await viewer.request({ method: 'GET', url: url(seed.units.district.id) });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="bao-cao-HU_CAINUOC-2023.docx"',
    );
    const doc = await openDocx(response.rawPayload);
    expect(doc.lines.slice(0, 3)).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN CÁI NƯỚC', 'Số: 12/BC-UBND']);
    expect(doc.lines).toContain('Cái Nước, ngày 10 tháng 11 năm 2023');
    const shrimp = doc.lines.indexOf('Sản lượng tôm');
    // Row 2 under the total it belongs to: TT, name, measure, plan, done, period, (no last year), ratio.
    expect(doc.lines.slice(shrimp - 1, shrimp + 6)).toEqual([
      '2',
      'Sản lượng tôm',
      'tấn',
      '29.004',
      '24.937',
      '9 tháng đầu năm 2023',
      '85,98',
    ]);
  });

  it('refuses the report of a unit outside the user’s scope', async () => {
    const response = await commune.request({ method: 'GET', url: url(seed.units.district.id) });
    expect(response.statusCode).toBe(403);
  });

  it('answers 400 naming the field for an impossible date', async () => {
    const response = await viewer.request({
      method: 'GET',
      url: url(seed.units.district.id, 'year=2023&number=12/BC-UBND&date=2023-02-30'),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('date');
  });

  it('asks for the issuer of a unit whose name does not say its level, and uses it when given', async () => {
    const board = await createUnitRepository(database.db).create(
      {
        code: 'BTG_TU',
        name: 'Ban Tuyên giáo Tỉnh ủy',
        kind: 'province_party',
        parentId: seed.units.province.id,
      },
      { userId: null },
    );
    const refused = await admin.request({ method: 'GET', url: url(board.id) });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toBe(
      'issuer: tên đơn vị "Ban Tuyên giáo Tỉnh ủy" không cho biết cấp hành chính: ghi cơ quan ban hành, ví dụ "XÃ TRẦN THỚI"',
    );
    const named = await admin.request({
      method: 'GET',
      url: url(board.id, 'year=2023&number=3/BC-UBND&date=2023-11-10&issuer=tỉnh Cà Mau&place=Cà Mau'),
    });
    expect(named.statusCode).toBe(200);
    const doc = await openDocx(named.rawPayload);
    expect(doc.lines.slice(0, 3)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH CÀ MAU', 'Số: 03/BC-UBND']);
  });

  converts(
    'opens in LibreOffice with its Vietnamese header intact',
    async () => {
      const response = await viewer.request({ method: 'GET', url: url(seed.units.district.id) });
      const pdf = await docxToPdf(response.rawPayload);
      const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
      const lines = text.split('\n').map((l) => l.trim());
      expect(lines).toEqual(
        expect.arrayContaining([
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
          'Độc lập - Tự do - Hạnh phúc',
          'Cái Nước, ngày 10 tháng 11 năm 2023',
          'BÁO CÁO',
        ]),
      );
    },
    120_000,
  );
});
