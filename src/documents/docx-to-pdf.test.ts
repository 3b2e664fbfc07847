import { describe, expect, it } from 'vitest';
import { docxToPdf, findSoffice, PdfConversionError } from './docx-to-pdf';

describe('docx to PDF', () => {
  it('finds no soffice on a PATH without it, and says so in Vietnamese', async () => {
    expect(findSoffice({ PATH: '/nonexistent' })).toBeNull();
    const refused = docxToPdf(new Uint8Array([1]), { env: { PATH: '' } });
    await expect(refused).rejects.toBeInstanceOf(PdfConversionError);
    await expect(refused).rejects.toMatchObject({
      code: 'pdf_unavailable',
      message: 'Máy chủ chưa cài LibreOffice (soffice) nên chưa xuất được PDF; hãy tải bản .docx',
    });
  });
});
