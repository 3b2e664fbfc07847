import { describe, expect, it } from 'vitest';
import { type PartyDocument, renderPartyDocx } from './party-docx';
import { openDocx, SIGNATURE, TINH_UY_HEADER } from './party-docx.testing';

const DOC: PartyDocument = {
  header: TINH_UY_HEADER,
  kind: 'BÁO CÁO',
  title: 'phục vụ buổi làm việc với Ban Thường vụ Huyện ủy Cái Nước',
  blocks: [
    { kind: 'heading', text: 'I. KẾT QUẢ' },
    { kind: 'paragraph', text: 'Tổng sản lượng thủy sản 40.945 tấn, đạt 85,3% Nghị quyết.' },
    { kind: 'table', columns: ['Chỉ tiêu', 'Thực hiện'], rows: [['Sản lượng tôm', '24.937']] },
  ],
  recipients: ['Ban Thường vụ Huyện ủy Cái Nước', 'Các ban đảng Tỉnh ủy'],
  signature: SIGNATURE,
};

describe('renderPartyDocx', async () => {
  const doc = await openDocx(await renderPartyDocx(DOC));

  it('puts the Party name in 15 pt bold, underlined', () => {
    const props = doc.runFor('ĐẢNG CỘNG SẢN VIỆT NAM')?.props ?? '';
    expect(props).toContain('<w:b/>');
    expect(props).toContain('<w:sz w:val="30"/>');
    expect(props).toContain('<w:u w:val="single"/>');
  });

  it('puts the issuing body in 14 pt bold with a star beneath, and the number without a colon', () => {
    expect(doc.runFor('TỈNH ỦY CÀ MAU')?.props).toContain('<w:sz w:val="28"/>');
    expect(doc.runFor('TỈNH ỦY CÀ MAU')?.props).toContain('<w:b/>');
    expect(doc.lines.slice(0, 3)).toEqual(['TỈNH ỦY CÀ MAU', '*', 'Số 12-BC/TU']);
    expect(doc.xml).not.toContain('Số:');
  });

  it('writes place and date in the long official form, in italics', () => {
    expect(doc.lines[4]).toBe('Cà Mau, ngày 17 tháng 11 năm 2023');
    expect(doc.runFor('Cà Mau, ngày 17 tháng 11 năm 2023')?.props).toContain('<w:i/>');
  });

  it('sets Times New Roman 14 as the body font and A4 with the guideline margins', () => {
    expect(doc.styles).toMatch(
      /<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"[^>]*\/><w:sz w:val="28"\/>/,
    );
    expect(doc.runFor('Tổng sản lượng thủy sản 40.945 tấn, đạt 85,3% Nghị quyết.')?.props).toContain(
      'w:ascii="Times New Roman"',
    );
    expect(doc.xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(doc.xml).toContain('<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"');
  });

  it('ends with "Nơi nhận" and the recipients, and the signature', () => {
    expect(doc.lines).toContain('Nơi nhận:');
    expect(doc.lines).toContain('- Ban Thường vụ Huyện ủy Cái Nước,');
    expect(doc.lines).toContain('- Lưu Văn phòng.');
    expect(doc.lines.slice(-3)).toEqual(['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Phạm Thành Ngại']);
  });

  it('writes the parent body above the issuer when there is one', async () => {
    const child = await openDocx(
      await renderPartyDocx({
        ...DOC,
        header: {
          ...TINH_UY_HEADER,
          parentBody: 'ĐẢNG BỘ TỈNH CÀ MAU',
          issuingBody: 'HUYỆN ỦY CÁI NƯỚC',
          number: '45-BC/HU',
        },
      }),
    );
    expect(child.lines.slice(0, 4)).toEqual(['ĐẢNG BỘ TỈNH CÀ MAU', 'HUYỆN ỦY CÁI NƯỚC', '*', 'Số 45-BC/HU']);
    expect(child.runFor('ĐẢNG BỘ TỈNH CÀ MAU')?.props).not.toContain('<w:b/>');
  });
});
