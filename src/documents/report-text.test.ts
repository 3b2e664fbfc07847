import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { looksLikeTcvn3, looksLikeVni, ReportTextError, reportText } from './report-text';

const SENTENCE = 'Sản lượng tôm 24.937 tấn, đạt 85,98% Nghị quyết, tăng 1,25% so với cùng kỳ.';

function hex4(n: number): string {
  return n.toString(16).toUpperCase().padStart(4, '0');
}

/** A one-page PDF whose text layer is `lines`, through a Type0 font with a ToUnicode map, as Word writes. */
function makePdf(lines: string[]): Uint8Array {
  const chars = [...new Set(lines.join(''))];
  const cid = new Map(chars.map((c, k) => [c, k + 1]));
  const show = lines
    .map(
      (line, k) =>
        `1 0 0 1 50 ${800 - 20 * k} Tm <${[...line].map((c) => hex4(cid.get(c) ?? 0)).join('')}> Tj`,
    )
    .join('\n');
  const content = `BT /F1 12 Tf\n${show}\nET`;
  const bf = chars.map((c) => `<${hex4(cid.get(c) ?? 0)}> <${hex4(c.charCodeAt(0))}>`);
  const blocks: string[] = [];
  for (let k = 0; k < bf.length; k += 100) {
    const chunk = bf.slice(k, k + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar`);
  }
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    ...blocks,
    'endcmap CMapName currentdict /CMapResource defineresource pop end end',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /Arial /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>',
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Arial /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 500 >>',
    `<< /Length ${Buffer.byteLength(cmap)} >>\nstream\n${cmap}\nendstream`,
    '<< /Type /FontDescriptor /FontName /Arial /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>',
  ];
  let pdf = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, k) => {
    offsets.push(Buffer.byteLength(pdf));
    pdf += `${k + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf);
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}

async function errorOf(promise: Promise<unknown>): Promise<ReportTextError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReportTextError);
  return error as ReportTextError;
}

// "Tổng sản lượng thuỷ sản" as the bytes TCVN3 (ABC) writes.
const TCVN3_BYTES = Uint8Array.from([
  0x54, 0xe6, 0x6e, 0x67, 0x20, 0x73, 0xb6, 0x6e, 0x20, 0x6c, 0xad, 0xee, 0x6e, 0x67, 0x20, 0x74, 0x68, 0x75,
  0xfb, 0x20, 0x73, 0xb6, 0x6e, 0x20, 0x34, 0x30, 0x2e, 0x39, 0x34, 0x35, 0x20, 0x74, 0xe5, 0x6e,
]);

describe('reportText', () => {
  it('reads UTF-8 text, with or without a byte-order mark', async () => {
    const plain = await reportText(Buffer.from(SENTENCE), { filename: 'bao-cao.txt' });
    expect(plain).toEqual({ text: SENTENCE, format: 'txt' });
    const bom = await reportText(Buffer.from(`\uFEFF${SENTENCE}`), { filename: 'bao-cao.txt' });
    expect(bom.text).toBe(SENTENCE);
  });

  it('reads UTF-16 text saved by Notepad', async () => {
    const data = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')]);
    expect((await reportText(data, { filename: 'bao-cao.txt' })).text).toBe(SENTENCE);
  });

  it('reads the paragraphs of a .docx', async () => {
    const doc = new Document({
      sections: [{ children: [new Paragraph('BÁO CÁO KẾT QUẢ 9 THÁNG'), new Paragraph(SENTENCE)] }],
    });
    const data = await Packer.toBuffer(doc);
    const result = await reportText(data, { filename: 'bao-cao.docx' });
    expect(result.format).toBe('docx');
    expect(result.text).toContain(SENTENCE);
  });

  it('reads the text layer of a PDF with Vietnamese intact', async () => {
    const result = await reportText(makePdf(['Tổng sản lượng thủy sản 40.945 tấn.', SENTENCE]), {
      filename: 'bao-cao.pdf',
    });
    expect(result.format).toBe('pdf');
    expect(result.text.normalize('NFC')).toContain(SENTENCE);
  });

  it('reports TCVN3 text instead of passing it on mangled', async () => {
    const raw = await errorOf(reportText(TCVN3_BYTES, { filename: 'cu.txt' }));
    expect(raw.code).toBe('legacy_encoding');
    expect(raw.message).toContain('TCVN3');
    const asUnicode = Buffer.from(new TextDecoder('latin1').decode(TCVN3_BYTES));
    expect((await errorOf(reportText(asUnicode, { filename: 'cu.txt' }))).code).toBe('legacy_encoding');
    expect(looksLikeTcvn3('Tổng sản lượng thủy sản 40.945 tấn')).toBe(false);
  });

  it('reports VNI text by its name, as bytes and as a .docx typed in a VNI font', async () => {
    // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc / Sản lượng tôm 24.937 tấn" in VNI.
    const vni =
      'COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM\nÑoäc laäp - Töï do - Haïnh phuùc\nSaûn löôïng toâm 24.937 taán';
    const message =
      'cu.txt: văn bản dùng bảng mã cũ VNI (phông VNI-…); hãy chuyển sang Unicode (ví dụ bằng Unikey) rồi tải lại';
    const raw = await errorOf(reportText(Buffer.from(vni, 'latin1'), { filename: 'cu.txt' }));
    expect([raw.code, raw.message]).toEqual(['legacy_encoding', message]);
    const docx = await Packer.toBuffer(
      new Document({ sections: [{ children: vni.split('\n').map((line) => new Paragraph(line)) }] }),
    );
    const fromDocx = await errorOf(reportText(docx, { filename: 'cu.docx' }));
    expect([fromDocx.code, fromDocx.message]).toEqual([
      'legacy_encoding',
      message.replace('cu.txt', 'cu.docx'),
    ]);
    expect([looksLikeVni(vni), looksLikeTcvn3(vni)]).toEqual([true, false]);
    expect(
      looksLikeVni(
        'Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc. Sản lượng tôm 24.937 tấn',
      ),
    ).toBe(false);
  });

  it('refuses what it cannot read, saying what and why', async () => {
    expect((await errorOf(reportText(new Uint8Array(0), { filename: 'rong.txt' }))).code).toBe('empty');
    const doc = await errorOf(
      reportText(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2]), { filename: 'cu.doc' }),
    );
    expect(doc.code).toBe('unsupported_format');
    expect(doc.message).toContain('.docx');
    const image = await errorOf(
      reportText(Uint8Array.from([0x89, 0x50, 0x4e, 0x47]), { filename: 'anh.png' }),
    );
    expect(image.message).toBe(
      'anh.png: định dạng .png không được hỗ trợ; hãy dùng .txt, .docx hoặc .pdf có lớp chữ',
    );
    const latin = await errorOf(
      reportText(Uint8Array.from([0x48, 0xe9, 0x20, 0xff, 0x41]), { filename: 'x.txt' }),
    );
    expect(latin.code).toBe('unreadable');
    const badPdf = await errorOf(reportText(Buffer.from('%PDF-1.7 rubbish'), { filename: 'hong.pdf' }));
    expect(badPdf.code).toBe('unreadable');
  });
});
