// Evidence files of progress updates over HTTP: the district uploads, whoever reads the directive downloads
// the same bytes under its Vietnamese name; every bad upload is a 4xx saying what and where.
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAuditRepository } from '../../db/audit.repository';
import { emptyAllButSeed, testDatabases } from '../../db/testing';
import { createDirectiveRepository } from '../../db/visit-directive.repository';
import { renderPartyDocx } from '../../documents/party-docx';
import { SIGNATURE, TINH_UY_HEADER } from '../../documents/party-docx.testing';
import { type Client, multipartFile, useTestApp } from '../testing';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('0000IHDR', 'latin1'),
]);
const JPG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
/** "Biên bản họp chi bộ.pdf" as a Mac sends it: decomposed (NFD). */
const NFD_NAME = 'Biên bản họp chi bộ.pdf'.normalize('NFD');

function multipartField(name: string, value: string) {
  const boundary = '----tiendo-field';
  return {
    payload: `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n--${boundary}--\r\n`,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe.each(testDatabases())('directive evidence API on $name', ({ open }) => {
  const testApp = useTestApp(open, ['nl.cainuoc', 'xem.cainuoc', 'nl.tranthoi', 'nl.damdoi', 'nl.tinhuy'], {
    visitEditors: true,
    timeout: 120_000,
  });
  const { database, seed } = testApp;
  const [district, viewer, commune, damDoi, province] = testApp.clients;
  let directiveId: number;
  let otherDirectiveId: number;
  let updateId: number;
  let otherUpdateId: number;

  const upload = (client: Client, name: string, content: Buffer | string, update = updateId) =>
    client.request({
      method: 'POST',
      url: `/api/directives/${directiveId}/updates/${update}/evidence`,
      ...multipartFile(name, content),
    });

  // Each test starts from two directives of the district, each with one progress report and no evidence.
  beforeEach(async () => {
    await emptyAllButSeed(database.db);
    const given = await createDirectiveRepository(database.db).createMany(
      ['Hoàn thành khắc phục kết quả kiểm tra năm 2022', 'Rà soát quy chế làm việc'].map((text) => ({
        text,
        source: { kind: 'document', number: '45-KL/TU' },
        issuerUnitId: seed.units.province.id,
        leadUnitId: seed.units.district.id,
        coordinatingUnitIds: [seed.units.tranThoi.id],
        deadline: '2023-12-31',
        indicatorIds: [],
        createdOn: '2023-11-17',
      })),
      { userId: null },
    );
    [directiveId, otherDirectiveId] = given.map((d) => d.id) as [number, number];
    const report = async (id: number) => {
      const r = await district.request({
        method: 'POST',
        url: `/api/directives/${id}/updates`,
        payload: { text: 'Đã họp chi bộ, có biên bản', percent: 50, reportedOn: '2023-12-01' },
      });
      expect(r.statusCode).toBe(201);
      return r.json().update.id as number;
    };
    updateId = await report(directiveId);
    otherUpdateId = await report(otherDirectiveId);
  });

  /** The district uploads the minutes as a PDF under its decomposed Mac name; the stored evidence. */
  const uploadPdf = async (): Promise<{ id: number; uploadedAt: string }> => {
    const response = await upload(district, NFD_NAME, PDF);
    expect(response.statusCode).toBe(201);
    return response.json().evidence;
  };

  /** The district uploads a report as DOCX and two photos, PNG and JPG; the answers. */
  const uploadDocxAndPhotos = async () => {
    const docx = await renderPartyDocx({
      header: TINH_UY_HEADER,
      kind: 'BÁO CÁO',
      title: 'kết quả khắc phục',
      blocks: [{ kind: 'paragraph', text: 'Đã khắc phục.' }],
      recipients: [],
      signature: SIGNATURE,
    });
    return [
      await upload(district, 'Báo cáo khắc phục.docx', Buffer.from(docx)),
      await upload(district, 'Ảnh hội nghị.PNG', PNG),
      await upload(district, 'anh.jpeg', JPG),
    ];
  };

  it('stores a PDF the district uploads, its name in NFC, and answers the contract', async () => {
    const response = await upload(district, NFD_NAME, PDF);
    expect(response.statusCode).toBe(201);
    const { evidence } = response.json();
    expect(Object.keys(evidence).sort()).toEqual(
      ['contentType', 'fileName', 'id', 'size', 'updateId', 'uploadedAt'].sort(),
    );
    expect(evidence).toMatchObject({
      fileName: 'Biên bản họp chi bộ.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
      updateId,
    });
    expect(evidence.fileName).toBe(evidence.fileName.normalize('NFC'));
    expect(evidence.uploadedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('accepts DOCX, PNG and JPG told by their bytes', async () => {
    const answers = await uploadDocxAndPhotos();
    expect(answers.map((a) => [a.statusCode, a.json().evidence.contentType])).toEqual([
      [201, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [201, 'image/png'],
      [201, 'image/jpeg'],
    ]);
  });

  it('lists the evidence, metadata only, with the directive', async () => {
    const pdf = await uploadPdf();
    await uploadDocxAndPhotos();
    const response = await province.request({ method: 'GET', url: `/api/directives/${directiveId}` });
    expect(response.statusCode).toBe(200);
    const list = response.json().evidence as Array<Record<string, unknown>>;
    expect(list.map((e) => e.fileName)).toEqual([
      'Biên bản họp chi bộ.pdf',
      'Báo cáo khắc phục.docx',
      'Ảnh hội nghị.PNG',
      'anh.jpeg',
    ]);
    expect(list[0]).toEqual({
      id: pdf.id,
      fileName: 'Biên bản họp chi bộ.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
      updateId,
      uploadedAt: pdf.uploadedAt,
    });
    expect(list.some((e) => 'content' in e)).toBe(false);
    const other = await province.request({ method: 'GET', url: `/api/directives/${otherDirectiveId}` });
    expect(other.json().evidence).toEqual([]);
  });

  it('sends the same bytes back under the Vietnamese name (RFC 5987) to whoever reads the directive', async () => {
    const pdfId = (await uploadPdf()).id;
    for (const client of [province, district, viewer, commune]) {
      const response = await client.request({
        method: 'GET',
        url: `/api/directives/${directiveId}/evidence/${pdfId}`,
      });
      expect(response.statusCode).toBe(200);
      expect(response.rawPayload.equals(PDF)).toBe(true);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="Bien ban hop chi bo.pdf"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20h%E1%BB%8Dp%20chi%20b%E1%BB%99.pdf`,
      );
    }
  });

  it('lets only the lead unit upload: a viewer and a coordinating commune get 403, another district 403', async () => {
    const pdfId = (await uploadPdf()).id;
    const byViewer = await upload(viewer, 'x.pdf', PDF);
    expect(byViewer.statusCode).toBe(403);
    expect(byViewer.json()).toMatchObject({ error: 'forbidden', reason: 'not_lead_unit' });
    const byCommune = await upload(commune, 'x.pdf', PDF);
    expect(byCommune.json()).toMatchObject({ error: 'forbidden', reason: 'not_lead_unit' });
    const byDamDoi = await upload(damDoi, 'x.pdf', PDF);
    expect(byDamDoi.statusCode).toBe(403);
    expect(byDamDoi.json().message).toBe(`id: kết luận ${directiveId} nằm ngoài phạm vi của bạn`);
    const download = await damDoi.request({
      method: 'GET',
      url: `/api/directives/${directiveId}/evidence/${pdfId}`,
    });
    expect(download.statusCode).toBe(403);
  });

  it('refuses a missing, empty, oversized or mistyped file with what and where', async () => {
    const cases = [
      [
        await upload(district, '', ''),
        400,
        'invalid_input',
        'file: thiếu tệp minh chứng trong trường "file"',
      ],
      [await upload(district, 'rong.pdf', ''), 400, 'invalid_input', 'file: tệp "rong.pdf" rỗng (0 byte)'],
      [
        await upload(district, 'lon.pdf', Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)])),
        413,
        'too_large',
        'file: tệp minh chứng vượt quá 10 MB',
      ],
      [
        await upload(district, 'virus.exe', Buffer.from('MZ\x90\x00')),
        415,
        'unsupported_media_type',
        'file: "virus.exe" không phải PDF, DOCX, XLSX, PNG, JPG',
      ],
      [
        await upload(district, 'anh.png', PDF),
        415,
        'unsupported_media_type',
        'file: "anh.png" mang đuôi .png nhưng nội dung là tệp PDF',
      ],
      [
        await upload(district, 'gia.pdf', Buffer.from('<html>not a pdf</html>')),
        415,
        'unsupported_media_type',
        'file: "gia.pdf" mang đuôi .pdf nhưng nội dung không phải tệp PDF, DOCX, XLSX, PNG, JPG',
      ],
    ] as const;
    expect(cases.map(([r, , ,]) => [r.statusCode, r.json().error, r.json().message])).toEqual(
      cases.map(([, status, error, message]) => [status, error, message]),
    );
    expect(cases.every(([r]) => r.json().field === 'file')).toBe(true);
    const fieldOnly = await district.request({
      method: 'POST',
      url: `/api/directives/${directiveId}/updates/${updateId}/evidence`,
      ...multipartField('note', 'không có tệp'),
    });
    expect(fieldOnly.statusCode).toBe(400);
    expect(fieldOnly.json()).toMatchObject({ error: 'invalid_input', field: 'file' });
    const json = await district.request({
      method: 'POST',
      url: `/api/directives/${directiveId}/updates/${updateId}/evidence`,
      payload: { file: 'base64...' },
    });
    expect(json.statusCode).toBe(415);
  });

  it('answers 404 for an unknown directive, update or file, and for an update of another directive', async () => {
    const pdfId = (await uploadPdf()).id;
    const post = (id: number, update: number) =>
      district.request({
        method: 'POST',
        url: `/api/directives/${id}/updates/${update}/evidence`,
        ...multipartFile('x.pdf', PDF),
      });
    const unknownDirective = await post(999_999, updateId);
    expect(unknownDirective.statusCode).toBe(404);
    expect(unknownDirective.json().message).toBe('id: không có kết luận, chỉ đạo id 999999');
    const unknownUpdate = await post(directiveId, 999_999);
    expect(unknownUpdate.statusCode).toBe(404);
    expect(unknownUpdate.json()).toMatchObject({
      field: 'updateId',
      message: `updateId: kết luận ${directiveId} không có báo cáo tiến độ id 999999`,
    });
    expect((await post(directiveId, otherUpdateId)).statusCode).toBe(404);
    const wrongDirective = await district.request({
      method: 'GET',
      url: `/api/directives/${otherDirectiveId}/evidence/${pdfId}`,
    });
    expect(wrongDirective.statusCode).toBe(404);
    expect(wrongDirective.json().message).toBe(`id: không có tệp minh chứng id ${pdfId}`);
  });

  it('writes the upload in the audit log with its checksum, not its bytes', async () => {
    const pdfId = (await uploadPdf()).id;
    const history = await createAuditRepository(database.db).historyOf('directive_evidence', pdfId);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: 'create', userId: seed.users.districtEditor.id });
    expect(history[0]!.after).toMatchObject({
      fileName: 'Biên bản họp chi bộ.pdf',
      size: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    expect(history[0]!.after).not.toHaveProperty('content');
  });
});
