// The text of a .docx report for the extractor. Paragraphs come out as mammoth's raw text does; a table of
// figures (Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện | Tỷ lệ %) comes out one sentence per row, written the
// way a report states it: "Sản lượng tôm: thực hiện 24.937 tấn, đạt 85,98% kế hoạch." Read cell by cell,
// as raw text gives it, a row's name, number and percentage land in separate paragraphs and the extractor
// cannot join them. A table whose columns it cannot name keeps its cells, one row per line.
import mammoth from 'mammoth';
import { checkZipBounds } from './zip-bounds';

/** The part of mammoth's document tree this reads (its documented element types). */
interface DocElement {
  type: string;
  value?: string;
  children?: DocElement[];
}

type Role = 'name' | 'unit' | 'target' | 'actual' | 'estimate' | 'percent' | 'skip';

/** What a heading cell names, first match wins; headings are compared lower-cased and NFC. */
const HEADINGS: [RegExp, Role][] = [
  [/^(stt|tt|số tt|số thứ tự)$/, 'skip'],
  // The same period a year earlier, or a change against it: not this year's figure nor its share.
  [/cùng kỳ|năm trước/, 'skip'],
  [/đvt|đơn vị tính/, 'unit'],
  [/tỷ lệ|tỉ lệ|so sánh|so với|^đạt|\(%\)|^%$/, 'percent'],
  [/ước/, 'estimate'],
  [/thực hiện|^th\b|kết quả/, 'actual'],
  [/kế hoạch|^kh\b|nghị quyết|^nq\b|dự toán|mục tiêu|chỉ tiêu (giao|năm|nq)/, 'target'],
  [/chỉ tiêu|nội dung|danh mục|^tên/, 'name'],
];

/** What an achievement is measured against, as the extractor reads it after "đạt …%". */
const AGAINST: [RegExp, string][] = [
  [/nghị quyết|\bnq\b/, 'nghị quyết'],
  [/dự toán/, 'dự toán'],
  [/mục tiêu/, 'mục tiêu'],
  [/chỉ tiêu/, 'chỉ tiêu'],
];

const clean = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

function cellsOf(row: DocElement): string[] {
  // A cell's paragraphs and line breaks become single spaces.
  return (row.children ?? []).filter((c) => c.type === 'tableCell').map((c) => clean(rawText(c)));
}

function roleOf(heading: string): Role | null {
  const h = heading.toLowerCase();
  return HEADINGS.find(([pattern]) => pattern.test(h))?.[1] ?? null;
}

interface Columns {
  name: number;
  unit?: number;
  value: number;
  estimate: boolean;
  percent?: number;
  against: string;
}

/** Which column holds what, from the heading row; null when it names no indicator or no figure. */
export function columnsOf(headings: readonly string[]): Columns | null {
  const roles = headings.map(roleOf);
  const at = (role: Role) => roles.indexOf(role);
  const name = at('name');
  const actual = at('actual') >= 0 ? at('actual') : at('estimate');
  if (name < 0 || actual < 0) return null;
  const target = at('target');
  const targetHeading = target >= 0 ? (headings[target] ?? '') : '';
  const percentHeading = at('percent') >= 0 ? (headings[at('percent')] ?? '') : '';
  const basis = `${percentHeading} ${targetHeading}`.toLowerCase();
  return {
    name,
    unit: at('unit') >= 0 ? at('unit') : undefined,
    value: actual,
    estimate: roles[actual] === 'estimate',
    percent: at('percent') >= 0 ? at('percent') : undefined,
    against: AGAINST.find(([pattern]) => pattern.test(basis))?.[1] ?? 'kế hoạch',
  };
}

const NUMBER = /^[+-]?\d[\d.,]*$/;

/**
 * One row as a report would state it, or null when the row holds no figure.
 * @example rowSentence(['1', 'Sản lượng tôm', 'tấn', '29.004', '24.937', '85,98'], columns)
 *   === 'Sản lượng tôm: thực hiện 24.937 tấn, đạt 85,98% kế hoạch.'
 */
export function rowSentence(cells: readonly string[], columns: Columns): string | null {
  const name = cells[columns.name] ?? '';
  const value = (cells[columns.value] ?? '').replace(/\s/g, '');
  if (!name || !NUMBER.test(value)) return null;
  const unit = columns.unit === undefined ? '' : (cells[columns.unit] ?? '');
  const amount = unit === '%' ? `${value}%` : [value, unit].filter(Boolean).join(' ');
  const percent = (columns.percent === undefined ? '' : (cells[columns.percent] ?? ''))
    .replace(/%/g, '')
    .trim();
  const verb = columns.estimate ? 'ước thực hiện' : 'thực hiện';
  const share = NUMBER.test(percent) ? `, đạt ${percent}% ${columns.against}` : '';
  return `${name.replace(/[.:;]+$/, '')}: ${verb} ${amount}${share}.`;
}

function tableText(table: DocElement): string {
  const rows = (table.children ?? []).filter((r) => r.type === 'tableRow').map(cellsOf);
  const columns = rows.length > 1 ? columnsOf(rows[0] ?? []) : null;
  if (!columns) return rows.map((cells) => `${cells.filter(Boolean).join(' – ')}\n\n`).join('');
  const sentences = rows
    .slice(1)
    .map((cells) => rowSentence(cells, columns) ?? cells.filter(Boolean).join(' – '));
  return `${rows[0]?.filter(Boolean).join(' – ')}\n\n${sentences.map((s) => `${s}\n\n`).join('')}`;
}

function rawText(element: DocElement): string {
  if (element.type === 'table') return tableText(element);
  if (element.type === 'text') return element.value ?? '';
  if (element.type === 'tab') return '\t';
  if (element.type === 'break') return '\n';
  const inner = (element.children ?? []).map(rawText).join('');
  return element.type === 'paragraph' ? `${inner}\n\n` : inner;
}

/** The report's text: paragraphs as written, tables of figures as one sentence per row. */
export async function docxText(data: Uint8Array): Promise<string> {
  await checkZipBounds(data);
  let text = '';
  // mammoth hands its document tree to `transformDocument`; the HTML it then writes is not needed.
  await mammoth.convertToHtml(
    { buffer: Buffer.from(data) },
    {
      transformDocument: (document: DocElement) => {
        text = rawText(document);
        return document;
      },
    },
  );
  return text;
}
