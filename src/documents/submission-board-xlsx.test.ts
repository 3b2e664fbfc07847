import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { BOARD_HEADERS, type BoardSheetRow, submissionBoardXlsx } from './submission-board-xlsx';

const row = (overrides: Partial<BoardSheetRow>): BoardSheetRow => ({
  unit: { code: 'DU_TRANTHOI', name: 'Đảng ủy xã Trần Thới' },
  status: 'not_submitted',
  submittedAt: null,
  daysLate: 3,
  completeness: { reported: 0, expected: 2 },
  approvedBy: null,
  approvedAt: null,
  ...overrides,
});

async function sheetOf(units: BoardSheetRow[]) {
  const bytes = await submissionBoardXlsx({
    regime: 'KTXH_THANG',
    period: '2024-M3',
    window: { from: '2024-02-15', to: '2024-03-14' },
    deadline: '2024-03-18',
    asOf: '2024-03-21',
    units,
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.getWorksheet('Theo dõi nộp báo cáo')!;
}

describe('submissionBoardXlsx', () => {
  it('writes the title, the window, the deadline and the official date of the export', async () => {
    const ws = await sheetOf([]);
    expect([1, 2, 3].map((r) => ws.getCell(r, 1).value)).toEqual([
      'Bảng theo dõi nộp báo cáo KTXH_THANG - Tháng 3/2024',
      'Số liệu từ 15/02/2024 đến 14/03/2024; hạn gửi 18/03/2024',
      'Xuất ngày 21 tháng 3 năm 2024',
    ]);
    expect((ws.getRow(5).values as unknown[]).slice(1)).toEqual([...BOARD_HEADERS]);
  });

  it('keeps lateness and completeness as numbers and moments as dates', async () => {
    const approved = row({
      unit: { code: 'DU_TANHUNGDONG', name: 'Đảng ủy xã Tân Hưng Đông' },
      status: 'approved',
      submittedAt: '2024-03-19T02:00:00.000Z',
      daysLate: 1,
      completeness: { reported: 2, expected: 2 },
      approvedBy: 'Nguyễn Văn A',
      approvedAt: '2024-03-20T03:30:00.000Z',
    });
    const ws = await sheetOf([row({}), approved]);
    expect((ws.getRow(6).values as unknown[]).slice(1)).toEqual([
      1,
      'DU_TRANTHOI',
      'Đảng ủy xã Trần Thới',
      'chưa nộp',
      undefined,
      3,
      0,
      2,
    ]);
    expect((ws.getRow(7).values as unknown[]).slice(1)).toEqual([
      2,
      'DU_TANHUNGDONG',
      'Đảng ủy xã Tân Hưng Đông',
      'đã duyệt',
      new Date('2024-03-19T02:00:00.000Z'),
      1,
      2,
      2,
      'Nguyễn Văn A',
      new Date('2024-03-20T03:30:00.000Z'),
    ]);
    expect(ws.getCell(7, 5).numFmt).toBe('dd/mm/yyyy hh:mm');
  });
});
