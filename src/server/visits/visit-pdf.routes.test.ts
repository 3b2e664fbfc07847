// PDF copies of the briefing pack and the news brief, converted by LibreOffice where it is installed (CI
// installs it: there the conversion must run), and a 503 in Vietnamese where it is not.
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testDatabases } from '../../db/testing';
import { findSoffice } from '../../documents/docx-to-pdf';
import { DEMO_BRIEF_HEADER_LINES } from '../../documents/party-docx.testing';
import { planCaiNuocVisit, useTestApp } from '../testing';

/** Without LibreOffice a developer's run skips the conversion; CI installs it, so there it always runs. */
const converts = it.skipIf(findSoffice() === null && !process.env.CI);

async function pdfLines(bytes: Buffer): Promise<string[]> {
  const { text } = await extractText(new Uint8Array(bytes), { mergePages: true });
  return text.split('\n').map((l) => l.trim());
}

describe.each(testDatabases())('visit documents as PDF on $name', ({ open }) => {
  const testApp = useTestApp(open, ['admin'], { timeout: 120_000 });
  const { seed } = testApp;
  const [admin] = testApp.clients;
  let visitId: number;

  beforeAll(async () => {
    visitId = await planCaiNuocVisit(admin, seed.units, ['party_building', 'party_finance']);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  converts(
    'converts the briefing pack to a PDF that keeps the Vietnamese text',
    async () => {
      const response = await admin.request({
        method: 'GET',
        url: `/api/visits/${visitId}/briefing-pack.pdf?number=12-BC/TU&date=2023-11-10`,
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe(
        'attachment; filename="tai-lieu-doan-cong-tac-2023-11-17.pdf"',
      );
      expect(response.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const lines = await pdfLines(response.rawPayload);
      expect(lines.slice(0, 6)).toEqual(DEMO_BRIEF_HEADER_LINES);
      expect(lines).toEqual(
        expect.arrayContaining([
          'II. HUYỆN ỦY CÁI NƯỚC',
          'III. ĐẢNG ỦY XÃ TRẦN THỚI',
          'Không còn kết quả kiểm tra, giám sát chưa khắc phục.',
        ]),
      );
    },
    120_000,
  );

  converts(
    'converts the news brief to a PDF',
    async () => {
      const response = await admin.request({
        method: 'GET',
        url: `/api/visits/${visitId}/brief.pdf?number=15-TB/TU&date=2023-11-18`,
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-disposition']).toBe(
        'attachment; filename="thong-bao-doan-cong-tac-2023-11-17.pdf"',
      );
      const lines = await pdfLines(response.rawPayload);
      expect(lines).toEqual(expect.arrayContaining(['THÔNG BÁO', 'Số 15-TB/TU']));
      expect(lines.join(' ')).toContain('Phạm Thành Ngại');
    },
    120_000,
  );

  it('answers 503 in Vietnamese where LibreOffice is not installed, and the .docx still downloads', async () => {
    vi.stubEnv('PATH', '/nonexistent');
    try {
      for (const path of ['briefing-pack', 'brief']) {
        const response = await admin.request({ method: 'GET', url: `/api/visits/${visitId}/${path}.pdf` });
        expect(response.statusCode).toBe(503);
        expect(response.json()).toEqual({
          error: 'pdf_unavailable',
          message: 'Máy chủ chưa cài LibreOffice (soffice) nên chưa xuất được PDF; hãy tải bản .docx',
        });
      }
      const docx = await admin.request({ method: 'GET', url: `/api/visits/${visitId}/briefing-pack.docx` });
      expect(docx.statusCode).toBe(200);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('answers 404 for an unknown visit before converting anything', async () => {
    const response = await admin.request({ method: 'GET', url: '/api/visits/999999/brief.pdf' });
    expect(response.statusCode).toBe(404);
  });
});
