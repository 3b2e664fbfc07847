// exceljs costs the server about 20 MB of memory once loaded: load it with the first spreadsheet, not at start.
import type ExcelJS from 'exceljs';

/** A new, empty exceljs workbook. */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: excel } = await import('exceljs');
  return new excel.Workbook();
}

// OWASP CSV injection: a cell starting with one of these is taken for a formula by a spreadsheet once the
// text is edited, pasted or saved as CSV, and "=HYPERLINK(…)" in a unit's name then leaks the sheet.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text that no spreadsheet reads as a formula: a leading apostrophe, as Excel itself writes, before a
 * dangerous first character. Numbers never pass through here, so -12,5 stays a number.
 * @example safeCellText('=1+1') === "'=1+1"; safeCellText('Sản lượng tôm') === 'Sản lượng tôm'
 */
export function safeCellText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Escapes every text cell of every sheet (see safeCellText). */
function escapeFormulaText(workbook: ExcelJS.Workbook): void {
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') cell.value = safeCellText(cell.value);
      });
    });
  });
}

/** The workbook's bytes, every text cell escaped against formula injection: the one way exports write XLSX. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  escapeFormulaText(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
