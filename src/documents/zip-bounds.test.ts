import { describe, expect, it } from 'vitest';
import { buildImportTemplateXlsx } from './import-template';
import { deflatedRepeat, writeZip, type ZipEntry } from './zip-bomb.testing';
import { checkZipBounds } from './zip-bounds';

const stored = (name: string, text: string): ZipEntry => ({
  name,
  data: Buffer.from(text),
  unpackedSize: text.length,
  stored: true,
});

describe('checkZipBounds', () => {
  it('passes a real workbook and bytes that are not a zip at all', async () => {
    await expect(checkZipBounds(await buildImportTemplateXlsx({ units: [], indicators: [] }))).resolves.toBe(
      undefined,
    );
    await expect(checkZipBounds(Buffer.from('Loại dòng;Mã đơn vị'))).resolves.toBe(undefined);
  });

  it('counts what an entry inflates to, not what the directory claims: 8 MB claimed as 100 bytes', async () => {
    const liar = writeZip([
      { name: 'xl/worksheets/sheet1.xml', data: await deflatedRepeat(8), unpackedSize: 100 },
    ]);
    await expect(checkZipBounds(liar, { maxUnpackedBytes: 4 * 1024 * 1024, maxEntries: 10 })).rejects.toThrow(
      expect.objectContaining({
        code: 'too_large_unpacked',
        message: 'file: tệp nén giải nén ra hơn 4 MB; hãy chia nhỏ tệp rồi tải lại',
      }),
    );
    await expect(checkZipBounds(liar, { maxUnpackedBytes: 9 * 1024 * 1024, maxEntries: 10 })).resolves.toBe(
      undefined,
    );
  });

  it('adds the entries up, stored ones included', async () => {
    const two = writeZip([stored('a.xml', 'x'.repeat(600)), stored('b.xml', 'y'.repeat(600))]);
    await expect(checkZipBounds(two, { maxUnpackedBytes: 1000, maxEntries: 10 })).rejects.toThrow(
      expect.objectContaining({ code: 'too_large_unpacked' }),
    );
    await expect(checkZipBounds(two, { maxUnpackedBytes: 1200, maxEntries: 10 })).resolves.toBe(undefined);
  });

  it('refuses more than 2.000 entries before inflating any', async () => {
    const many = writeZip(Array.from({ length: 2001 }, (_, i) => stored(`x/${i}.xml`, '<a/>')));
    await expect(checkZipBounds(many)).rejects.toThrow(
      expect.objectContaining({ message: 'file: tệp nén có hơn 2.000 mục; hãy chia nhỏ tệp rồi tải lại' }),
    );
  });
});
