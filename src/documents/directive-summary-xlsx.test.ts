import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { summarizeDirectives } from '../core/visit/directive-summary';
import { directiveSummaryXlsx } from './directive-summary-xlsx';

describe('directive summary XLSX', async () => {
  const summary = summarizeDirectives(
    [
      { leadUnitId: 2, deadline: '2023-12-31', completedOn: '2023-12-20' },
      { leadUnitId: 2, deadline: '2023-12-31', completedOn: '2024-01-03' },
      { leadUnitId: 2, deadline: '2024-01-10', completedOn: null },
      { leadUnitId: 5, deadline: '2024-01-20', completedOn: null },
    ],
    '2024-01-15',
  );
  const names = new Map([
    [2, 'Huyện ủy Cái Nước'],
    [5, 'Đảng ủy xã Trần Thới'],
  ]);
  const bytes = await directiveSummaryXlsx({
    title: 'Tổng hợp tình hình thực hiện kết luận, chỉ đạo',
    asOf: '2024-01-15',
    dueSoonDays: 7,
    rows: summary.rows.map((r) => ({ ...r, unitName: names.get(r.unitId) ?? '' })),
    totals: summary.totals,
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = workbook.getWorksheet('Tổng hợp kết luận')!;
  const row = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);

  it('heads the four buckets as reports name them', () => {
    expect(row(2)).toEqual(['Tính đến ngày 15/01/2024']);
    expect(row(4)).toEqual([
      'STT',
      'Đơn vị chủ trì',
      'Tổng số',
      'Hoàn thành đúng hạn',
      'Hoàn thành quá hạn',
      'Đang thực hiện trong hạn',
      'Chưa hoàn thành, quá hạn',
      'Đến hạn trong 7 ngày',
      'Tỷ lệ hoàn thành đúng hạn (%)',
    ]);
  });

  it('writes one row per unit and a total, as numbers', () => {
    expect(row(5)).toEqual([1, 'Huyện ủy Cái Nước', 3, 1, 1, 0, 1, 0, 33.33]);
    expect(row(6)).toEqual([2, 'Đảng ủy xã Trần Thới', 1, 0, 0, 1, 0, 1, 0]);
    expect(row(7)).toEqual(['', 'Tổng cộng', 4, 1, 1, 1, 1, 1, 25]);
  });
});
