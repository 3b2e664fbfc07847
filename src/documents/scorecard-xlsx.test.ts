import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildScorecard } from '../core/scorecard';
import {
  buildIndicator,
  buildObservation,
  buildPovertyRate,
  buildTarget,
  buildUnit,
} from '../core/testing/factories';
import { buildScorecardXlsx } from './scorecard-xlsx';

const unit = buildUnit({ id: 2 });
const tom = buildIndicator({ id: 7, code: 'TS_TOM', nameVi: 'Sản lượng tôm', measure: 'tấn' });
const ngheo = buildPovertyRate({ id: 9 });
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

/** The sheet of the unit's scorecard for these inputs. */
async function sheetFor(
  input: Omit<Parameters<typeof buildScorecard>[0], 'unit'>,
): Promise<ExcelJS.Worksheet> {
  return sheetOf(await buildScorecardXlsx(buildScorecard({ unit, ...input })));
}

/** A cell comment's text, whether exceljs read it back as a string or as rich text. */
function noteText(note: ExcelJS.Cell['note']): string | undefined {
  if (note === undefined || typeof note === 'string') return note;
  return note.texts?.map((t) => t.text).join('');
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
      'Nguồn số thực hiện',
    ]);
  });

  it('keeps 24.937 tấn and 85,98% as numbers with vi number formats', async () => {
    const sheet = await sheetOf(await buildScorecardXlsx(scorecard));
    const row = sheet.getRow(3);
    expect(row.getCell(1).value).toBe('TS_TOM');
    expect(row.getCell(4).value).toBe(29004);
    expect(row.getCell(4).numFmt).toBe('#,##0');
    expect(row.getCell(5).value).toBe(24937);
    expect(row.getCell(6).value).toBe('từ 01/01/2023 đến 17/11/2023');
    // 24937 ÷ 29004 = 85,9778…%: the cell holds what its format shows.
    expect(row.getCell(8).value).toBe(85.98);
    expect(row.getCell(8).numFmt).toBe('0.00"%"');
    expect(row.getCell(10).value).toBe('Đúng tiến độ');
    // Reported in the district's report: said so, with no comment on the figure.
    expect(row.getCell(16).value).toBe('Số báo cáo');
    expect(row.getCell(5).note).toBeUndefined();
  });

  it("rounds figures to the indicator's decimals with a matching format, and ", async () => {
    const thuySan = buildIndicator({ id: 8, code: 'TS_TONG', nameVi: 'Tổng sản lượng thủy sản' });
    const sheet = await sheetFor({
      year: 2023,
      indicators: [thuySan, ngheo],
      targets: [
        buildTarget({ unitId: 2, indicatorId: 8, value: 48001.172, derivedFrom: 'suy ra từ: đạt 85,3%' }),
        buildTarget({ unitId: 2, indicatorId: 9, value: 2.5 }),
      ],
      observations: [
        buildObservation({ unitId: 2, indicatorId: 8, period: '2023-9M', value: 40945 }),
        buildObservation({ unitId: 2, indicatorId: 9, period: '2023', value: 2.004 }),
      ],
    });
    const [thuySanRow, ngheoRow] = [sheet.getRow(3), sheet.getRow(4)];
    expect([thuySanRow.getCell(4).value, thuySanRow.getCell(4).numFmt]).toEqual([48001, '#,##0']);
    expect(noteText(thuySanRow.getCell(4).note)).toBe('suy ra từ: đạt 85,3%');
    expect(ngheoRow.getCell(4).note).toBeUndefined();
    expect(thuySanRow.getCell(8).value).toBe(85.3);
    expect([ngheoRow.getCell(4).value, ngheoRow.getCell(4).numFmt]).toEqual([2.5, '#,##0.00']);
    expect([ngheoRow.getCell(5).value, ngheoRow.getCell(5).numFmt]).toEqual([2, '#,##0.00']);
    // 2,5 ÷ 2,004 = 124,7505…%
    expect(ngheoRow.getCell(8).value).toBe(124.75);
  });

  it('writes an achievement with no ratio as its words: a poverty rate of 0 is "Đạt"', async () => {
    const sheet = await sheetFor({
      year: 2023,
      indicators: [ngheo],
      targets: [buildTarget({ unitId: 2, indicatorId: 9, value: 2.5 })],
      observations: [buildObservation({ unitId: 2, indicatorId: 9, period: '2023', value: 0 })],
    });
    expect(sheet.getRow(3).getCell(8).value).toBe('Đạt');
    expect(sheet.getRow(3).getCell(10).value).toBe('Đã đạt');
  });

  it('says beside a figure nobody reported what it is: inherited from the old units, or summed here', async () => {
    const label = 'Kế thừa từ: Tỉnh ủy Cà Mau, Tỉnh ủy Bạc Liêu';
    const inheritedMonth = (period: string, value: number) => ({
      ...buildObservation({ id: 0, unitId: 2, indicatorId: 7, period, value, note: label }),
      inherited: { kind: 'inherited' as const, label, sources: [] },
    });
    const target = buildTarget({ unitId: 2, indicatorId: 7, value: 29004, fromYear: 2025, toYear: 2025 });
    const sheet = await sheetFor({
      year: 2025,
      indicators: [tom],
      targets: [target],
      observations: [
        buildObservation({ id: 11, unitId: 2, indicatorId: 7, period: '2025-M1', value: 500 }),
        buildObservation({ id: 12, unitId: 2, indicatorId: 7, period: '2025-M2', value: 600 }),
      ],
      priorYearsObservations: [inheritedMonth('2024-M1', 1000), inheritedMonth('2024-M2', 1100)],
    });
    const row = sheet.getRow(3);
    expect(row.getCell(5).value).toBe(1100);
    expect(row.getCell(16).value).toBe('Tính cộng dồn: Cộng dồn tháng 1–2/2025');
    expect(noteText(row.getCell(5).note)).toBe('Tính cộng dồn: Cộng dồn tháng 1–2/2025');
    // 1.100 against the 2.100 the old provinces made in the same months: −47,62%, on the same boundaries.
    expect(row.getCell(9).value).toBe(-47.62);
    expect(noteText(row.getCell(9).note)).toBe(`cùng kỳ tính trên cùng địa giới. ${label}`);

    const before = await sheetFor({
      year: 2024,
      indicators: [tom],
      targets: [],
      observations: [inheritedMonth('2024', 2100)],
    });
    const inherited = before.getRow(3);
    expect(inherited.getCell(3).value).toBe('tấn');
    expect(inherited.getCell(4).value).toBe(2100);
    expect(inherited.getCell(14).value).toBe(`Số kế thừa, không phải số báo cáo của đơn vị. ${label}`);
    expect(noteText(inherited.getCell(4).note)).toBe(
      `Số kế thừa, không phải số báo cáo của đơn vị. ${label}`,
    );
  });
});
