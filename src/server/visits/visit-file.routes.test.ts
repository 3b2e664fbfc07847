// Files kept with a visit over HTTP: the organising province uploads the minutes, the hosts read them back
// byte for byte; nobody else uploads, and a file of the wrong kind is refused saying so.
import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../db/testing';
import { type Client, multipartFile, planCaiNuocVisit, useTestApp } from '../testing';

const MINUTES = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');

describe.each(testDatabases())('visit files on $name', ({ open }) => {
  const testApp = useTestApp(open, ['nl.tinhuy', 'nl.cainuoc', 'nl.damdoi'], { visitEditors: true });
  const { seed } = testApp;
  const [province, district, damDoi] = testApp.clients;
  let visitId: number;

  const upload = (client: Client, name: string, content: Buffer | string) =>
    client.request({ method: 'POST', url: `/api/visits/${visitId}/files`, ...multipartFile(name, content) });

  beforeAll(async () => {
    visitId = await planCaiNuocVisit(province, seed.units, ['party_building']);
  });

  it('keeps the minutes the province uploads, and the district downloads the same bytes by name', async () => {
    const name = 'Biên bản làm việc 17-11-2023.pdf'.normalize('NFD');
    const created = await upload(province, name, MINUTES);
    expect(created.statusCode).toBe(201);
    const file = created.json().file;
    expect(file).toMatchObject({
      visitId,
      fileName: 'Biên bản làm việc 17-11-2023.pdf',
      contentType: 'application/pdf',
      size: MINUTES.length,
    });
    const listed = await district.request({ method: 'GET', url: `/api/visits/${visitId}/files` });
    expect(listed.json().files.map((f: { id: number }) => f.id)).toEqual([file.id]);
    const download = await district.request({
      method: 'GET',
      url: `/api/visits/${visitId}/files/${file.id}`,
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('Biên bản làm việc 17-11-2023.pdf')}`,
    );
    expect(Buffer.compare(download.rawPayload, MINUTES)).toBe(0);
  });

  it('lets only the organiser upload, and keeps other units out of the visit’s files', async () => {
    const byHost = await upload(district, 'bao-cao.pdf', MINUTES);
    expect(byHost.statusCode).toBe(403);
    expect(byHost.json().message).toBe('organiserUnitId: đơn vị "Tỉnh ủy Cà Mau" nằm ngoài phạm vi của bạn');
    const stranger = await damDoi.request({ method: 'GET', url: `/api/visits/${visitId}/files` });
    expect(stranger.statusCode).toBe(403);
  });

  it('refuses a file whose bytes are not what its name says, an empty one and a missing one', async () => {
    const wrong = await upload(province, 'anh.png', MINUTES);
    expect(wrong.statusCode).toBe(415);
    expect(wrong.json().message).toBe('file: "anh.png" mang đuôi .png nhưng nội dung là tệp PDF');
    const empty = await upload(province, 'trong.pdf', Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().message).toBe('file: tệp "trong.pdf" rỗng (0 byte)');
    const none = await province.request({ method: 'POST', url: `/api/visits/${visitId}/files` });
    expect(none.statusCode).toBe(415);
    const unknown = await district.request({ method: 'GET', url: `/api/visits/${visitId}/files/999999` });
    expect(unknown.statusCode).toBe(404);
  });
});
