// Reads an import file (CSV or XLSX, as bytes) into rows of cells keyed by column, each with the row
// number a person sees in a spreadsheet (the heading is row 1). Meaning and validation come later, in
// the server with core; this file only finds cells.
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { columnOfHeading, type ImportColumn } from './import-columns';
import { newWorkbook } from './workbook';
import { checkZipBounds } from './zip-bounds';

export type ImportCell = string | number;

export interface ImportRow<C extends string = ImportColumn> {
  /** 1-based row number in the file; the heading row is 1. */
  row: number;
  cells: Partial<Record<C, ImportCell>>;
}

/** Which columns a kind of file has: the column a heading names, and those it cannot do without. */
export interface TableColumns<C extends string> {
  columnOf(heading: string): C | null;
  required: readonly C[];
  /** The heading a problem names a column by; the key itself where there is none. */
  headingOf?(column: C): string;
}

const IMPORT_TABLE: TableColumns<ImportColumn> = {
  columnOf: columnOfHeading,
  required: ['record', 'unitCode', 'indicatorCode', 'value'],
};

export interface ImportProblem {
  row: number;
  field: string;
  reason: string;
}

export type ImportRowsResult<C extends string = ImportColumn> =
  | { kind: 'ok'; rows: ImportRow<C>[] }
  | { kind: 'invalid'; problems: ImportProblem[] };

export type ImportFormat = 'csv' | 'xlsx';

/** The format of a file from its name, or from its first bytes (an XLSX is a zip: "PK"). */
export function importFormatOf(fileName: string, bytes: Uint8Array): ImportFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  // A .docx is a zip too: only a name without an extension is sniffed.
  if (/\.[a-z0-9]+$/.test(lower)) return null;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  return null;
}

function headingColumns<C extends string>(
  headings: string[],
  table: TableColumns<C>,
): { columns: (C | null)[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const columns = headings.map((heading) => {
    const trimmed = heading.trim();
    if (trimmed === '') return null;
    const column = table.columnOf(trimmed);
    if (!column)
      problems.push({ row: 1, field: trimmed, reason: `cột "${trimmed}" không có trong mẫu nhập` });
    return column;
  });
  for (const required of table.required) {
    if (!columns.includes(required)) {
      const heading = table.headingOf?.(required) ?? required;
      problems.push({ row: 1, field: heading, reason: `thiếu cột bắt buộc ${heading}` });
    }
  }
  return { columns, problems };
}

function toRow<C extends string>(
  row: number,
  columns: (C | null)[],
  values: (ImportCell | null)[],
): ImportRow<C> | null {
  const cells: ImportRow<C>['cells'] = {};
  let filled = false;
  columns.forEach((column, i) => {
    const value = values[i];
    if (!column || value === null || value === undefined) return;
    const cell = typeof value === 'string' ? value.trim() : value;
    if (cell === '') return;
    cells[column] = cell;
    filled = true;
  });
  return filled ? { row, cells } : null;
}

/** Vietnamese spreadsheets often save CSV with `;` because `,` is their decimal mark. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  const counts = [';', ',', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]?.[0] ?? ',';
}

/**
 * csv-parse builds an error, stack trace and all, for every row shorter or longer than the heading even
 * when told to accept such rows, as spreadsheets' CSVs often have: without traces it reads them 3× faster.
 */
function withoutStackTraces<T>(work: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return work();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * The file's text: UTF-8 (with or without a byte-order mark) or UTF-16 with one. Excel on a Vietnamese Windows
 * saves "CSV" in the Windows code page, which read as UTF-8 would turn every "ư" into "�" and import quietly
 * wrong names: such a file is refused, at the row of its first byte that is not UTF-8.
 */
function csvText(
  bytes: Uint8Array,
): { kind: 'ok'; text: string } | { kind: 'invalid'; problems: ImportProblem[] } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { kind: 'ok', text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { kind: 'ok', text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  try {
    return { kind: 'ok', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const row = lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length;
    const reason =
      'tệp CSV không phải mã hóa UTF-8 (có thể lưu từ Excel bằng "CSV" thường): hãy lưu lại bằng "CSV UTF-8" hoặc gửi tệp .xlsx';
    return { kind: 'invalid', problems: [{ row, field: 'file', reason }] };
  }
}

/**
 * The rows of a CSV file.
 * @example readCsvRows(Buffer.from('Loại dòng;Mã đơn vị;Mã chỉ tiêu;Giá trị\nsố liệu;HU;TS_TOM;24.937'))
 *   → { kind: 'ok', rows: [{ row: 2, cells: { record: 'số liệu', unitCode: 'HU', indicatorCode: 'TS_TOM', value: '24.937' } }] }
 */
export function readCsvRows(bytes: Uint8Array): ImportRowsResult;
export function readCsvRows<C extends string>(bytes: Uint8Array, table: TableColumns<C>): ImportRowsResult<C>;
export function readCsvRows<C extends string>(
  bytes: Uint8Array,
  table: TableColumns<C> = IMPORT_TABLE as unknown as TableColumns<C>,
): ImportRowsResult<C> {
  const decoded = csvText(bytes);
  if (decoded.kind === 'invalid') return decoded;
  const text = decoded.text;
  let records: string[][];
  try {
    records = withoutStackTraces(() =>
      parse(text, {
        bom: true,
        delimiter: delimiterOf(text.replace(/^\uFEFF/, '')),
        relax_column_count: true,
        // Empty lines are kept (and dropped below), so a record's index is its row in a spreadsheet, where
        // a note over two lines is still one row.
        skip_empty_lines: false,
      }),
    ) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    return {
      kind: 'invalid',
      problems: [{ row: line, field: 'file', reason: `CSV không đọc được: ${(error as Error).message}` }],
    };
  }
  const [heading, ...body] = records;
  if (!heading || heading.every((cell) => cell.trim() === ''))
    return { kind: 'invalid', problems: [{ row: 1, field: 'file', reason: 'tệp trống' }] };
  const { columns, problems } = headingColumns(heading, table);
  if (problems.length > 0) return { kind: 'invalid', problems };
  const rows = body.flatMap((record, i) => toRow(i + 2, columns, record) ?? []);
  return { kind: 'ok', rows };
}

function cellValue(value: ExcelJS.CellValue): ImportCell | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
  }
  return null;
}

/** The rows of the first worksheet of an XLSX workbook; a zip bomb throws `too_large_unpacked` first. */
export async function readXlsxRows(bytes: Uint8Array): Promise<ImportRowsResult>;
export async function readXlsxRows<C extends string>(
  bytes: Uint8Array,
  table: TableColumns<C>,
): Promise<ImportRowsResult<C>>;
export async function readXlsxRows<C extends string>(
  bytes: Uint8Array,
  table: TableColumns<C> = IMPORT_TABLE as unknown as TableColumns<C>,
): Promise<ImportRowsResult<C>> {
  await checkZipBounds(bytes);
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return {
      kind: 'invalid',
      problems: [{ row: 0, field: 'file', reason: `XLSX không đọc được: ${(error as Error).message}` }],
    };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet)
    return { kind: 'invalid', problems: [{ row: 0, field: 'file', reason: 'tệp không có trang tính' }] };
  const cellsOf = (rowNumber: number) => {
    const values: (ImportCell | null)[] = [];
    sheet.getRow(rowNumber).eachCell({ includeEmpty: true }, (cell, col) => {
      values[col - 1] = cellValue(cell.value);
    });
    return values;
  };
  const { columns, problems } = headingColumns(
    cellsOf(1).map((v) => (v === null ? '' : String(v))),
    table,
  );
  if (problems.length > 0) return { kind: 'invalid', problems };
  const rows: ImportRow<C>[] = [];
  for (let n = 2; n <= sheet.rowCount; n++) {
    const row = toRow(n, columns, cellsOf(n));
    if (row) rows.push(row);
  }
  return { kind: 'ok', rows };
}

/** The rows of an import file in either format (the figures import's columns unless others are given). */
export async function readImportRows(fileName: string, bytes: Uint8Array): Promise<ImportRowsResult>;
export async function readImportRows<C extends string>(
  fileName: string,
  bytes: Uint8Array,
  table: TableColumns<C>,
): Promise<ImportRowsResult<C>>;
export async function readImportRows<C extends string>(
  fileName: string,
  bytes: Uint8Array,
  table: TableColumns<C> = IMPORT_TABLE as unknown as TableColumns<C>,
): Promise<ImportRowsResult<C>> {
  const format = importFormatOf(fileName, bytes);
  if (format === 'csv') return readCsvRows(bytes, table);
  if (format === 'xlsx') return readXlsxRows(bytes, table);
  return {
    kind: 'invalid',
    problems: [{ row: 0, field: 'file', reason: `${fileName}: chỉ nhận tệp .csv hoặc .xlsx` }],
  };
}
