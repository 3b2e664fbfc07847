import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildScorecard } from '../core/scorecard';
import { buildIndicator, buildObservation, buildTarget, buildUnit } from '../core/testing/factories';
import { buildScorecardXlsx } from './scorecard-xlsx';

const unit = buildUnit({ id: 2 });
const tom = buildIndicator({ id: 7, code: 'TS_TOM', nameVi: 'Sản lượng tôm', measure: 'tấn' });
const scorecard = buildScorecard({
  unit,
  year: 2023,
  asOf: '2023-11-17',
  indicators: [tom],
  targets: [buildTarget({ unitId: 2, indicatorId: 7, value: 29004, document: 'NQ Đại hội huyện' })],
  observations: [buildObservation({ unitId: 2, indicatorId: 7, value: 24937 })],
});

async function sheetOf(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.getWorksheet('Bảng chỉ tiêu')!;
}

describe('buildScorecardXlsx', () => {
  it('titles the sheet with the unit, the year and the date in Vietnamese form', async () => {
    const sheet = await sheetOf(await buildScorecardXlsx(scorecard));
    expect(sheet.getCell('A1').value).toBe(
      'Bảng chỉ tiêu năm 2023 — Huyện ủy Cái Nước (đến ngày 17/11/2023)',
    );
  });

  it('writes Vietnamese headings, with a target and an achievement column per source used', async () => {
    const sheet = await sheetOf(await buildScorecardXlsx(scorecard));
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      'Mã chỉ tiêu',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Chỉ tiêu Nghị quyết',
      'Thực hiện',
      'Kỳ số liệu',
      'Số ước',
      'Tỷ lệ đạt so chỉ tiêu nghị quyết (%)',
      'So cùng kỳ (%)',
      'Tiến độ',
      'Ước cả năm',
      'Cách ước',
      'Cấp dưới cộng lại',
      'Số đơn vị báo cáo',
      'Kiểm tra chéo',
    ]);
  });

  it('keeps 24.937 tấn and 85,98% as numbers with vi number formats', async () => {
    const sheet = await sheetOf(await buildScorecardXlsx(scorecard));
    const row = sheet.getRow(3);
    expect(row.getCell(1).value).toBe('TS_TOM');
    expect(row.getCell(4).value).toBe(29004);
    expect(row.getCell(4).numFmt).toBe('#,##0.###');
    expect(row.getCell(5).value).toBe(24937);
    expect(row.getCell(6).value).toBe('từ 01/01/2023 đến 17/11/2023');
    expect(row.getCell(8).value).toBeCloseTo((24937 / 29004) * 100, 10);
    expect(row.getCell(8).numFmt).toBe('0.00"%"');
    expect(row.getCell(10).value).toBe('Đúng tiến độ');
  });
});
