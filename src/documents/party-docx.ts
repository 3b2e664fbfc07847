// Documents in the Party format (Hướng dẫn 36-HD/VPTW): the header block, Times New Roman 14, A4 margins,
// "Nơi nhận" and the signature. The state format (Nghị định 30/2020/NĐ-CP) is in state-docx.
import { AlignmentType, Paragraph, Table, TableRow, WidthType } from 'docx';
import { formatLongDate } from '../core/vi/format';
import {
  centred,
  closingTable,
  type DocumentBlock,
  HIDDEN_GRID,
  headerCell,
  kindAndTitle,
  letterSection,
  officialDocx,
  run,
  signatureBlock,
} from './docx-parts';

export interface PartyDocumentHeader {
  /** The level above, when the issuer is not the top of its tree: "ĐẢNG BỘ TỈNH CÀ MAU". */
  parentBody: string | null;
  /** "TỈNH ỦY CÀ MAU" */
  issuingBody: string;
  /** Number and symbol without "Số": "12-BC/TU". */
  number: string;
  /** Place of issue: "Cà Mau". */
  place: string;
  /** ISO date of issue. */
  date: string;
}

export type PartyBlock = DocumentBlock;

export interface PartyDocument {
  header: PartyDocumentHeader;
  /** Document kind in capitals: "BÁO CÁO", "THÔNG BÁO". */
  kind: string;
  /** The summary line (trích yếu) under the kind. */
  title: string;
  blocks: PartyBlock[];
  recipients: string[];
  signature: { capacity: string; position: string; name: string };
}

/** The two-column header: issuer, star and number on the left; the Party's name, place and date on the right. */
function headerTable(h: PartyDocumentHeader): Table {
  const left = [
    ...(h.parentBody ? [centred(run(h.parentBody, 14))] : []),
    centred(run(h.issuingBody, 14, { bold: true })),
    centred(run('*', 14)),
    centred(run(`Số ${h.number}`, 14)),
  ];
  const right = [
    centred(run('ĐẢNG CỘNG SẢN VIỆT NAM', 15, { bold: true, underline: true })),
    ...(h.parentBody ? [centred(run(' ', 14))] : []),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { before: 240 },
      children: [run(`${h.place}, ${formatLongDate(h.date)}`, 14, { italics: true })],
    }),
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: HIDDEN_GRID,
    rows: [new TableRow({ children: [headerCell(left, 42), headerCell(right, 58)] })],
  });
}

/** "Nơi nhận" on the left, the signature on the right, as the guideline places them. */
function closing(doc: PartyDocument): Table {
  const recipients = [
    new Paragraph({ children: [run('Nơi nhận:', 14, { underline: true })] }),
    ...doc.recipients.map((r) => new Paragraph({ children: [run(`- ${r},`, 12)] })),
    new Paragraph({ children: [run('- Lưu Văn phòng.', 12)] }),
  ];
  return closingTable(recipients, signatureBlock(doc.signature, 1200));
}

/**
 * Renders a document in the Party format to .docx bytes.
 * @example await renderPartyDocx({ header: { parentBody: null, issuingBody: 'TỈNH ỦY CÀ MAU', number: '12-BC/TU', place: 'Cà Mau', date: '2023-11-17' }, kind: 'BÁO CÁO', … })
 *   → a .docx whose date line reads "Cà Mau, ngày 17 tháng 11 năm 2023"
 */
export function renderPartyDocx(doc: PartyDocument): Promise<Buffer> {
  const title = kindAndTitle(doc.kind, 16, doc.title, centred(run('-----', 14)));
  return officialDocx(`${doc.kind} ${doc.title}`, [
    letterSection({ header: headerTable(doc.header), title, blocks: doc.blocks, closing: closing(doc) }),
  ]);
}
