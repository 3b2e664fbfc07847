// The summary of directives by unit, four-way, as an XLSX sheet officials can forward as it is.
import { formatDate } from '../core/vi/format';
import { DIRECTIVE_STATUS_LABELS, DIRECTIVE_STATUSES } from '../core/visit/directive-status';
import { type DirectiveSummaryRow, summaryShare } from '../core/visit/directive-summary';
import { newWorkbook, workbookBytes } from './workbook';

export interface DirectiveSummarySheet {
  title: string;
  /** ISO date the statuses were computed on. */
  asOf: string;
  dueSoonDays: number;
  rows: Array<DirectiveSummaryRow & { unitName: string }>;
  totals: Omit<DirectiveSummaryRow, 'unitId'>;
}

type Counts = Omit<DirectiveSummaryRow, 'unitId'>;

function values(c: Counts): Array<number | null> {
  return [c.total, ...DIRECTIVE_STATUSES.map((s) => c[s]), c.dueSoon, summaryShare(c, 'done_on_time')];
}

/**
 * Writes the summary table: one row per unit, the four buckets, due-soon and the on-time share, then totals.
 * @example await directiveSummaryXlsx({ title: 'Tổng hợp', asOf: '2024-01-15', dueSoonDays: 7, rows, totals }) → XLSX bytes
 */
export async function directiveSummaryXlsx(sheet: DirectiveSummarySheet): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'Tiến Độ';
  const ws = workbook.addWorksheet('Tổng hợp kết luận');
  ws.addRow([sheet.title]).font = { bold: true, size: 14 };
  ws.addRow([`Tính đến ngày ${formatDate(sheet.asOf)}`]).font = { italic: true };
  ws.addRow([]);
  const header = ws.addRow([
    'STT',
    'Đơn vị chủ trì',
    'Tổng số',
    ...DIRECTIVE_STATUSES.map((s) => DIRECTIVE_STATUS_LABELS[s]),
    `Đến hạn trong ${sheet.dueSoonDays} ngày`,
    'Tỷ lệ hoàn thành đúng hạn (%)',
  ]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  sheet.rows.forEach((r, i) => {
    ws.addRow([i + 1, r.unitName, ...values(r)]);
  });
  const total = ws.addRow(['', 'Tổng cộng', ...values(sheet.totals)]);
  total.font = { bold: true };
  ws.getColumn(1).width = 6;
  ws.getColumn(2).width = 40;
  for (let c = 3; c <= 9; c++) ws.getColumn(c).width = 16;
  ws.getColumn(9).numFmt = '0.00';
  ws.views = [{ state: 'frozen', ySplit: 4 }];
  return workbookBytes(workbook);
}
