// Documents in the Party format (Hướng dẫn 36-HD/VPTW): the header block, Times New Roman 14, A4 margins,
// "Nơi nhận" and the signature. Every .docx the app writes goes through here.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { formatLongDate } from '../core/vi/format';

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

export type PartyBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; columns: string[]; rows: string[][]; widths?: number[] };

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

const FONT = 'Times New Roman';
/** Whole twips (docx truncates fractions): A4 is 11906 × 16838; 1 mm is 56.7 twips. */
const mm = (value: number): number => Math.round(value * 56.7);
/** docx sizes are half-points: 14 pt is 28. */
const pt = (size: number): number => size * 2;
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };
const HIDDEN_GRID = { ...NO_BORDERS, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };

function run(
  text: string,
  size: number,
  style: { bold?: boolean; italics?: boolean; underline?: boolean } = {},
) {
  // Only what differs from plain text is written: every property is an XML element per run, and a
  // briefing pack has thousands of runs.
  return new TextRun({
    text,
    font: FONT,
    size: pt(size),
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
    ...(style.underline ? { underline: {} } : {}),
  });
}

function centred(...children: TextRun[]): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children });
}

function headerCell(children: Paragraph[], widthPercent: number): TableCell {
  return new TableCell({
    children,
    borders: NO_BORDERS,
    width: { size: widthPercent, type: WidthType.PERCENTAGE },
  });
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

function bodyParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(10) },
    spacing: { before: 60, after: 60, line: 300 },
    children: [run(text, 14)],
  });
}

function dataTable(columns: string[], rows: string[][], widths?: number[]): Table {
  const cell = (text: string, i: number, bold: boolean) =>
    new TableCell({
      width: { size: widths?.[i] ?? Math.floor(100 / columns.length), type: WidthType.PERCENTAGE },
      children: [
        new Paragraph({
          alignment: i === 0 ? AlignmentType.LEFT : AlignmentType.CENTER,
          children: [run(text, 12, { bold })],
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c, i) => cell(c, i, true)) }),
      ...rows.map((r) => new TableRow({ children: columns.map((_, i) => cell(r[i] ?? '', i, false)) })),
    ],
  });
}

function block(b: PartyBlock): Paragraph | Table {
  switch (b.kind) {
    case 'heading':
      return new Paragraph({
        spacing: { before: 120, after: 60 },
        children: [run(b.text, 14, { bold: true })],
      });
    case 'paragraph':
      return bodyParagraph(b.text);
    case 'table':
      return dataTable(b.columns, b.rows, b.widths);
  }
}

/** "Nơi nhận" on the left, the signature on the right, as the guideline places them. */
function closingTable(doc: PartyDocument): Table {
  const recipients = [
    new Paragraph({ children: [run('Nơi nhận:', 14, { underline: true })] }),
    ...doc.recipients.map((r) => new Paragraph({ children: [run(`- ${r},`, 12)] })),
    new Paragraph({ children: [run('- Lưu Văn phòng.', 12)] }),
  ];
  const s = doc.signature;
  const signature = [
    centred(run(s.capacity, 14, { bold: true })),
    centred(run(s.position, 14, { bold: true })),
    new Paragraph({
      spacing: { before: 1200 },
      alignment: AlignmentType.CENTER,
      children: [run(s.name, 14, { bold: true })],
    }),
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: HIDDEN_GRID,
    rows: [new TableRow({ children: [headerCell(recipients, 50), headerCell(signature, 50)] })],
  });
}

/**
 * Renders a document in the Party format to .docx bytes.
 * @example await renderPartyDocx({ header: { parentBody: null, issuingBody: 'TỈNH ỦY CÀ MAU', number: '12-BC/TU', place: 'Cà Mau', date: '2023-11-17' }, kind: 'BÁO CÁO', … })
 *   → a .docx whose date line reads "Cà Mau, ngày 17 tháng 11 năm 2023"
 */
export async function renderPartyDocx(doc: PartyDocument): Promise<Buffer> {
  const document = new Document({
    creator: 'Tiến Độ',
    title: `${doc.kind} ${doc.title}`,
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
          },
        },
        children: [
          headerTable(doc.header),
          new Paragraph({
            spacing: { before: 360 },
            alignment: AlignmentType.CENTER,
            children: [run(doc.kind, 16, { bold: true })],
          }),
          centred(run(doc.title, 14, { bold: true })),
          centred(run('-----', 14)),
          ...doc.blocks.map(block),
          new Paragraph({ children: [] }),
          closingTable(doc),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
