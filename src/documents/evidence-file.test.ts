import { describe, expect, it } from 'vitest';
import { attachmentDisposition, cleanFileName, kindOfName, sniffEvidence } from './evidence-file';

describe('evidence files', () => {
  it('tells the kind by the first bytes, not the name', () => {
    expect(sniffEvidence(Buffer.from('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffEvidence(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('png');
    expect(sniffEvidence(Buffer.from([0xff, 0xd8, 0xff, 0xdb]))).toBe('jpg');
    const zip = (part: string) => Buffer.from(`PK\x03\x04....[Content_Types].xml....${part}`, 'latin1');
    expect(sniffEvidence(zip('word/document.xml'))).toBe('docx');
    expect(sniffEvidence(zip('xl/workbook.xml'))).toBe('xlsx');
    expect(sniffEvidence(zip('content.xml'))).toBeNull(); // an .odt or a plain zip
    expect(sniffEvidence(Buffer.from('MZ\x90\x00', 'latin1'))).toBeNull();
  });

  it('reads the claimed kind from the extension, .jpeg as .jpg', () => {
    expect(['a.PDF', 'b.jpeg', 'c.xlsx', 'd.doc', 'e'].map(kindOfName)).toEqual([
      'pdf',
      'jpg',
      'xlsx',
      null,
      null,
    ]);
  });

  it('keeps the last path segment in NFC without control characters, at most 200 characters', () => {
    expect(cleanFileName('C:\\fakepath\\Bie\u0302n ba\u0309n.pdf')).toBe('Biên bản.pdf');
    expect(cleanFileName('a\u0000b\n.png')).toBe('ab.png');
    const long = cleanFileName(`${'ả'.repeat(300)}.docx`);
    expect([long.length, long.endsWith('.docx')]).toEqual([200, true]);
  });

  it('gives an ASCII fallback and the exact name in filename*', () => {
    expect(attachmentDisposition('Đề án "số 1" (bản chính).pdf')).toBe(
      `attachment; filename="De an _so 1_ (ban chinh).pdf"; filename*=UTF-8''%C4%90%E1%BB%81%20%C3%A1n%20%22s%E1%BB%91%201%22%20%28b%E1%BA%A3n%20ch%C3%ADnh%29.pdf`,
    );
  });
});
