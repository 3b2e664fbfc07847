// Documents in the state format of Nghị định 30/2020/NĐ-CP, Phụ lục I: the national title and motto with
// their rules, the issuer and "Số: 12/BC-UBND", Times New Roman 13–14 on A4 with its margins, "Nơi nhận"
// and the signature. A people's committee's report is written this way; a party committee's is not (party-docx).
import {
  AlignmentType,
  BorderStyle,
  type ISectionOptions,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  WidthType,
} from 'docx';
import { formatDate, formatLongDate } from '../core/vi/format';
import {
  A4,
  block,
  centred,
  closingTable,
  type DocumentBlock,
  HIDDEN_GRID,
  kindAndTitle,
  letterSection,
  mm,
  NO_BORDERS,
  OFFICIAL_MARGINS,
  officialDocx,
  run,
  signatureBlock,
} from './docx-parts';

export interface StateDocumentHeader {
  /** The governing body above the issuer, when it has one (ô 2: "BỘ NỘI VỤ"); a people's committee has none. */
  parentBody: string | null;
  /** The issuer as it is set, line by line: ["ỦY BAN NHÂN DÂN", "HUYỆN CÁI NƯỚC"]. */
  issuingBody: readonly string[];
  /** Number and symbol without "Số:": "12/BC-UBND" (a number under 10 is written 05/BC-UBND). */
  number: string;
  /** Place of issue: "Cái Nước". */
  place: string;
  /** ISO date of issue. */
  date: string;
}

export interface StateDocument {
  header: StateDocumentHeader;
  /** Document kind in capitals: "BÁO CÁO". */
  kind: string;
  /** The summary line (trích yếu) under the kind. */
  title: string;
  blocks: DocumentBlock[];
  recipients: string[];
  /** "Lưu: VT, …" closes the recipients; the office's own marks follow VT. */
  archive: string;
  signature: { capacity: string; position: string; name: string };
  /** A table too wide for the page goes in an annex on landscape pages after the signature. */
  annex?: StateAnnex;
}

export interface StateAnnex {
  /** "BIỂU KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2023" */
  title: string;
  /** Who issued the document it goes with: "Ủy ban nhân dân huyện Cái Nước". */
  issuer: string;
  blocks: DocumentBlock[];
}

const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** Text width of A4 with the margins below: 210 − 30 − 15 mm; on its side 297 − 30 − 15 mm. */
const TEXT_WIDTH_MM = 165;
export const ANNEX_WIDTH_MM = 252;
/** The issuer's column; the national title in 13 pt bold needs the rest (≈ 95 mm) on one line. */
const LEFT_MM = 62;

/**
 * The number as Phụ lục I writes it: Arabic digits, with a zero before a number under 10.
 * @example officialNumber('5/BC-UBND') === '05/BC-UBND'; officialNumber('12/BC-UBND') === '12/BC-UBND'
 */
export function officialNumber(number: string): string {
  return number.trim().replace(/^(\d)(?!\d)/, '0$1');
}

/** A centred solid rule of `lengthMm` under the line above it, inside a cell `cellMm` wide. */
function rule(lengthMm: number, cellMm: number): Paragraph {
  const side = mm(Math.max(0, (cellMm - lengthMm) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { after: 120 },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

/** Issuer, its rule and the number on the left; the national title, motto, rule, place and date on the right. */
function headerTable(h: StateDocumentHeader): Table {
  const leftMm = LEFT_MM;
  const rightMm = TEXT_WIDTH_MM - leftMm;
  const left = [
    ...(h.parentBody ? [centred(run(h.parentBody.toLocaleUpperCase('vi'), 13))] : []),
    ...h.issuingBody.map((line) => centred(run(line.toLocaleUpperCase('vi'), 13, { bold: true }))),
    // Ô 2: a rule of a third to a half of the issuer's line.
    rule(leftMm / 3, leftMm),
    centred(run(`Số: ${officialNumber(h.number)}`, 13)),
  ];
  const right = [
    centred(run(NATIONAL_TITLE, 13, { bold: true })),
    centred(run(MOTTO, 14, { bold: true })),
    // Ô 1: a rule as long as the motto (≈ 62 mm in 14 pt bold).
    rule(62, rightMm),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [run(`${h.place}, ${formatLongDate(h.date)}`, 14, { italics: true })],
    }),
  ];
  return new Table({
    width: { size: mm(TEXT_WIDTH_MM), type: WidthType.DXA },
    columnWidths: [mm(leftMm), mm(rightMm)],
    borders: HIDDEN_GRID,
    rows: [new TableRow({ children: [fixedCell(left, leftMm), fixedCell(right, rightMm)] })],
  });
}

function fixedCell(children: Paragraph[], widthMm: number): TableCell {
  return new TableCell({ children, borders: NO_BORDERS, width: { size: mm(widthMm), type: WidthType.DXA } });
}

/** The annex's head: "Phụ lục", its title, and which document it goes with (Phụ lục I, mục IV). */
function annexSection(doc: StateDocument, annex: StateAnnex): ISectionOptions {
  const h = doc.header;
  return {
    properties: {
      page: {
        size: { ...A4, orientation: PageOrientation.LANDSCAPE },
        margin: OFFICIAL_MARGINS,
      },
    },
    children: [
      centred(run('Phụ lục', 14, { bold: true })),
      centred(run(annex.title, 14, { bold: true })),
      centred(
        run(
          `(Kèm theo ${doc.kind.toLocaleLowerCase('vi').replace(/^./u, (c) => c.toLocaleUpperCase('vi'))} số ${officialNumber(h.number)} ngày ${formatDate(h.date)} của ${annex.issuer})`,
          14,
          { italics: true },
        ),
      ),
      rule(ANNEX_WIDTH_MM / 6, ANNEX_WIDTH_MM),
      ...annex.blocks.map(block),
    ],
  };
}

/** "Nơi nhận:" in bold italic 12 with its list in 11 on the left; the signature in bold 14 on the right. */
function closing(doc: StateDocument): Table {
  const recipients = [
    new Paragraph({ children: [run('Nơi nhận:', 12, { bold: true, italics: true })] }),
    ...doc.recipients.map((r) => new Paragraph({ children: [run(`- ${r};`, 11)] })),
    new Paragraph({ children: [run(`- Lưu: ${doc.archive}.`, 11)] }),
  ];
  return closingTable(recipients, signatureBlock(doc.signature, 1400));
}

/**
 * Renders a document in the state format to .docx bytes.
 * @example await renderStateDocx({ header: { parentBody: null, issuingBody: ['ỦY BAN NHÂN DÂN', 'HUYỆN CÁI NƯỚC'], number: '12/BC-UBND', place: 'Cái Nước', date: '2023-11-10' }, kind: 'BÁO CÁO', … })
 *   → a .docx whose number line reads "Số: 12/BC-UBND" and date line "Cái Nước, ngày 10 tháng 11 năm 2023"
 */
export function renderStateDocx(doc: StateDocument): Promise<Buffer> {
  const title = kindAndTitle(doc.kind, 14, doc.title, rule(TEXT_WIDTH_MM / 4, TEXT_WIDTH_MM));
  return officialDocx(`${doc.kind} ${doc.title}`, [
    letterSection({ header: headerTable(doc.header), title, blocks: doc.blocks, closing: closing(doc) }),
    ...(doc.annex ? [annexSection(doc, doc.annex)] : []),
  ]);
}
