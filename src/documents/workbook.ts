// exceljs costs the server about 20 MB of memory once loaded: load it with the first spreadsheet, not at start.
import type ExcelJS from 'exceljs';

/** A new, empty exceljs workbook. */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: excel } = await import('exceljs');
  return new excel.Workbook();
}
