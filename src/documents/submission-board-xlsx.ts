// The submissions board of one regime period as an XLSX sheet: Vietnamese headers, figures and dates as
// numbers and dates (not text), so an office can sort, sum and forward it as it is.
import { periodName } from '../core/period-words';
import { SUBMISSION_STATUS_WORDS, type SubmissionStatus } from '../core/submission';
import { formatDate, formatLongDate } from '../core/vi/format';
import { newWorkbook, workbookBytes } from './workbook';

export interface BoardSheetRow {
  unit: { code: string; name: string };
  status: SubmissionStatus;
  submittedAt: string | null;
  daysLate: number | null;
  completeness: { reported: number; expected: number };
  approvedBy: string | null;
  approvedAt: string | null;
}

export interface BoardSheet {
  regime: string;
  period: string;
  window: { from: string; to: string };
  deadline: string;
  /** ISO date in Vietnam the board was read on. */
  asOf: string;
  units: readonly BoardSheetRow[];
}

export const BOARD_HEADERS = [
  'STT',
  'Mã đơn vị',
  'Đơn vị báo cáo',
  'Trạng thái',
  'Thời điểm nộp',
  'Số ngày trễ hạn',
  'Số chỉ tiêu đã có số liệu',
  'Số chỉ tiêu phải báo cáo',
  'Người duyệt',
  'Thời điểm duyệt',
] as const;

const moment = (iso: string | null) => (iso === null ? null : new Date(iso));

/**
 * Writes the board: title, cut-off window and deadline, the export's date, then one row per reporting unit.
 * @example await submissionBoardXlsx({ regime: 'KTXH_THANG', period: '2024-M3', …, units }) → XLSX bytes
 */
export async function submissionBoardXlsx(sheet: BoardSheet): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'Tiến Độ';
  const ws = workbook.addWorksheet('Theo dõi nộp báo cáo');
  ws.addRow([`Bảng theo dõi nộp báo cáo ${sheet.regime} - ${periodName(sheet.period)}`]).font = {
    bold: true,
    size: 14,
  };
  ws.addRow([
    `Số liệu từ ${formatDate(sheet.window.from)} đến ${formatDate(sheet.window.to)}; hạn gửi ${formatDate(sheet.deadline)}`,
  ]);
  ws.addRow([`Xuất ${formatLongDate(sheet.asOf)}`]).font = { italic: true };
  ws.addRow([]);
  const header = ws.addRow([...BOARD_HEADERS]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  sheet.units.forEach((r, i) => {
    ws.addRow([
      i + 1,
      r.unit.code,
      r.unit.name,
      SUBMISSION_STATUS_WORDS.vi[r.status],
      moment(r.submittedAt),
      r.daysLate,
      r.completeness.reported,
      r.completeness.expected,
      r.approvedBy,
      moment(r.approvedAt),
    ]);
  });
  for (const column of [5, 10]) ws.getColumn(column).numFmt = 'dd/mm/yyyy hh:mm';
  ws.getColumn(3).width = 36;
  for (const column of [4, 5, 9, 10]) ws.getColumn(column).width = 18;
  ws.views = [{ state: 'frozen', ySplit: 5 }];
  return workbookBytes(workbook);
}
