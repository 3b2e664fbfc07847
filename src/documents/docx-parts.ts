// The pieces every official .docx is built of, in Times New Roman on A4: runs, centred lines, borderless
// layout tables and the bordered data table. The Party format (party-docx) and the state format
// (state-docx) differ only in how they arrange them.
import {
  AlignmentType,
  BorderStyle,
  Document,
  type ISectionOptions,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

export const FONT = 'Times New Roman';
/** Whole twips (docx truncates fractions): A4 is 11906 × 16838; 1 mm is 56.7 twips. */
export const mm = (value: number): number => Math.round(value * 56.7);
/** docx sizes are half-points: 14 pt is 28. */
export const pt = (size: number): number => size * 2;
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
export const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };
export const HIDDEN_GRID = { ...NO_BORDERS, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };

export function run(
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

export function centred(...children: TextRun[]): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children });
}

export function headerCell(children: Paragraph[], widthPercent: number): TableCell {
  return new TableCell({
    children,
    borders: NO_BORDERS,
    width: { size: widthPercent, type: WidthType.PERCENTAGE },
  });
}

export function bodyParagraph(text: string, size = 14): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(10) },
    spacing: { before: 60, after: 60, line: 300 },
    children: [run(text, size)],
  });
}

export interface DataTableLayout {
  /** Column widths in percent of the table. */
  widths?: number[] | undefined;
  /** The table's width in mm: columns then get fixed widths, which LibreOffice honours as Word does. */
  widthMm?: number | undefined;
  /** Font size in points (12 unless given). */
  size?: number | undefined;
  /** Columns set flush left (names); the others are centred. */
  leftColumns?: readonly number[] | undefined;
}

export function dataTable(columns: string[], rows: string[][], layout: DataTableLayout = {}): Table {
  const { widths, widthMm, size = 12, leftColumns = [0] } = layout;
  const percentOf = (i: number) => widths?.[i] ?? Math.floor(100 / columns.length);
  const width = (i: number) =>
    widthMm === undefined
      ? { size: percentOf(i), type: WidthType.PERCENTAGE }
      : { size: mm((widthMm * percentOf(i)) / 100), type: WidthType.DXA };
  const cell = (text: string, i: number, bold: boolean) =>
    new TableCell({
      width: width(i),
      children: [
        new Paragraph({
          alignment: leftColumns.includes(i) ? AlignmentType.LEFT : AlignmentType.CENTER,
          children: [run(text, size, { bold })],
        }),
      ],
    });
  return new Table({
    width:
      widthMm === undefined
        ? { size: 100, type: WidthType.PERCENTAGE }
        : { size: mm(widthMm), type: WidthType.DXA },
    ...(widthMm === undefined
      ? {}
      : { columnWidths: columns.map((_, i) => mm((widthMm * percentOf(i)) / 100)) }),
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c, i) => cell(c, i, true)) }),
      ...rows.map((r) => new TableRow({ children: columns.map((_, i) => cell(r[i] ?? '', i, false)) })),
    ],
  });
}

/** What a document's body is made of. */
export type DocumentBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | ({ kind: 'table'; columns: string[]; rows: string[][] } & DataTableLayout);

/** One block of a body in 14 pt: headings bold, paragraphs justified and indented, tables bordered. */
export function block(b: DocumentBlock): Paragraph | Table {
  switch (b.kind) {
    case 'heading':
      return new Paragraph({
        spacing: { before: 120, after: 60 },
        children: [run(b.text, 14, { bold: true })],
      });
    case 'paragraph':
      return bodyParagraph(b.text);
    case 'table':
      return dataTable(b.columns, b.rows, b);
  }
}

/** A4 upright, in twips; the docx package turns it for a landscape section. */
export const A4 = { width: 11906, height: 16838 };

/** The signer's block: capacity and position in bold 14, the name below the space for the signature. */
export function signatureBlock(
  s: { capacity: string; position: string; name: string },
  gap: number,
): Paragraph[] {
  return [
    centred(run(s.capacity, 14, { bold: true })),
    centred(run(s.position, 14, { bold: true })),
    new Paragraph({
      spacing: { before: gap },
      alignment: AlignmentType.CENTER,
      children: [run(s.name, 14, { bold: true })],
    }),
  ];
}

/** "Nơi nhận" on the left, the signature on the right, as both formats place them. */
export function closingTable(recipients: Paragraph[], signature: Paragraph[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: HIDDEN_GRID,
    rows: [new TableRow({ children: [headerCell(recipients, 50), headerCell(signature, 50)] })],
  });
}

/** Margins of both guidelines: top and bottom 20 mm, left 30 mm, right 15 mm. */
export const OFFICIAL_MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };

/** The title block under the header: the kind in bold capitals, the summary line, and what separates them from the body. */
export function kindAndTitle(
  kind: string,
  kindSize: number,
  title: string,
  separator: Paragraph,
): Paragraph[] {
  return [
    new Paragraph({
      spacing: { before: 360 },
      alignment: AlignmentType.CENTER,
      children: [run(kind, kindSize, { bold: true })],
    }),
    centred(run(title, 14, { bold: true })),
    separator,
  ];
}

/** What a letter in either format is made of, top to bottom. */
export interface LetterParts {
  header: Table;
  title: Paragraph[];
  blocks: readonly DocumentBlock[];
  closing: Table;
}

/** The letter on A4 with the official margins: header, title block, body, a blank line, then the closing. */
export function letterSection(parts: LetterParts): ISectionOptions {
  return {
    properties: { page: { size: A4, margin: OFFICIAL_MARGINS } },
    children: [
      parts.header,
      ...parts.title,
      ...parts.blocks.map(block),
      new Paragraph({ children: [] }),
      parts.closing,
    ],
  };
}

/** A .docx in Times New Roman 14 by default, made of the given sections. */
export function officialDocx(title: string, sections: ISectionOptions[]): Promise<Buffer> {
  const document = new Document({
    creator: 'Tiến Độ',
    title,
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections,
  });
  return Packer.toBuffer(document);
}
