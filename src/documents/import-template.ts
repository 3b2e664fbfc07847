// The import template: the columns with Vietnamese headings, two example rows from the Cái Nước report,
// a guide sheet, and the catalog of unit and indicator codes the person may use.
import type ExcelJS from 'exceljs';
import type { Indicator, Unit } from '../core/types';
import { IMPORT_COLUMNS, type ImportColumn } from './import-columns';
import { VI_NUMBER_FORMAT } from './scorecard-xlsx';
import { newWorkbook, safeCellText, workbookBytes } from './workbook';

/** The template's two example rows, a target and a figure of sản lượng tôm from the Cái Nước report. */
export const IMPORT_EXAMPLES: readonly Partial<Record<ImportColumn, string | number>>[] = [
  {
    record: 'chỉ tiêu',
    unitCode: 'HU_CAINUOC',
    indicatorCode: 'TS_TOM',
    fromYear: 2023,
    source: 'nghị quyết',
    value: 29004,
    document: 'Nghị quyết Đại hội Đảng bộ huyện',
  },
  {
    record: 'số liệu',
    unitCode: 'HU_CAINUOC',
    indicatorCode: 'TS_TOM',
    period: '2023-YTD-2023-11-17',
    kind: 'thực hiện',
    value: 24937,
    note: 'Báo cáo ngày 17/11/2023',
  },
];

export interface TemplateCatalog {
  units: readonly Pick<Unit, 'code' | 'name'>[];
  indicators: readonly Pick<Indicator, 'code' | 'nameVi' | 'measure'>[];
}

function addDataSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('Nhập liệu');
  sheet.columns = IMPORT_COLUMNS.map((c) => ({
    header: c.heading,
    key: c.key,
    width: Math.max(14, c.heading.length + 4),
    style: c.key === 'value' ? { numFmt: VI_NUMBER_FORMAT } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const example of IMPORT_EXAMPLES) sheet.addRow(example);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

function addGuideSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('Hướng dẫn');
  sheet.columns = [
    { header: 'Cột', key: 'heading', width: 20 },
    { header: 'Nội dung', key: 'guide', width: 80 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const c of IMPORT_COLUMNS) sheet.addRow({ heading: c.heading, guide: c.guide });
  sheet.addRow({});
  sheet.addRow({
    heading: 'Lưu ý',
    guide:
      'Số theo cách viết Việt Nam: dấu chấm ngăn hàng nghìn, dấu phẩy thập phân (24.937; 85,98). Tệp lỗi không ghi dòng nào.',
  });
}

function addCatalogSheet(workbook: ExcelJS.Workbook, catalog: TemplateCatalog): void {
  const sheet = workbook.addWorksheet('Danh mục');
  sheet.columns = [
    { header: 'Mã đơn vị', key: 'unitCode', width: 18 },
    { header: 'Tên đơn vị', key: 'unitName', width: 36 },
    { header: 'Mã chỉ tiêu', key: 'indicatorCode', width: 18 },
    { header: 'Tên chỉ tiêu', key: 'indicatorName', width: 48 },
    { header: 'Đơn vị tính', key: 'measure', width: 14 },
  ];
  sheet.getRow(1).font = { bold: true };
  const count = Math.max(catalog.units.length, catalog.indicators.length);
  for (let i = 0; i < count; i++) {
    const unit = catalog.units[i];
    const indicator = catalog.indicators[i];
    sheet.addRow({
      unitCode: unit?.code,
      unitName: unit?.name,
      indicatorCode: indicator?.code,
      indicatorName: indicator?.nameVi,
      measure: indicator?.measure,
    });
  }
}

/** The XLSX template: sheet "Nhập liệu" to fill, "Hướng dẫn" and "Danh mục" to read. */
export async function buildImportTemplateXlsx(catalog: TemplateCatalog): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'Tiến Độ';
  addDataSheet(workbook);
  addGuideSheet(workbook);
  addCatalogSheet(workbook, catalog);
  return workbookBytes(workbook);
}

/** One cell of a `;`-separated CSV: quoted when it holds a separator, escaped when it could run as a formula. */
export function csvCell(value: string | number | undefined): string {
  const text = value === undefined ? '' : typeof value === 'number' ? String(value) : safeCellText(value);
  return /[;"\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The CSV template, `;`-separated with a BOM so that Excel in Vietnamese opens it with accents intact.
 * @example buildImportTemplateCsv().split('\n')[0] === '\uFEFFLoại dòng;Mã đơn vị;Mã chỉ tiêu;…'
 */
export function buildImportTemplateCsv(): string {
  const lines = [IMPORT_COLUMNS.map((c) => c.heading).join(';')];
  for (const example of IMPORT_EXAMPLES) {
    lines.push(IMPORT_COLUMNS.map((c) => csvCell(example[c.key])).join(';'));
  }
  return `\uFEFF${lines.join('\n')}\n`;
}
