// The scorecard as an XLSX workbook with Vietnamese headings. Numbers stay numbers with a number format,
// so Excel shows them by the reader's locale (40.945 and 85,98 in Vietnamese) and they can be summed.
import { figureOrigin, figureOriginWords } from '../core/figure-origin';
import type { Scorecard, ScorecardRow } from '../core/scorecard';
import type { ScorecardFigure } from '../core/scorecard.types';
import { TARGET_SOURCES, type TargetSource } from '../core/types';
import { formatDate, roundToDecimals } from '../core/vi/format';
import { achievementText, STATUS_WORDS, TARGET_HEADINGS } from '../core/words';
import { newWorkbook, workbookBytes } from './workbook';

/** Thousands grouped, up to 3 decimals; Excel applies the reader's separators (vi-VN: 24.937; 85,98). */
export const VI_NUMBER_FORMAT = '#,##0.###';
export const VI_PERCENT_FORMAT = '0.00"%"';
const PERCENT_DECIMALS = 2;

/**
 * Excel's number format for an indicator's decimals, so 48.001,172 tấn of a whole-number indicator
 * shows (and is stored) as 48.001.
 * @example numberFormatFor(0) === '#,##0'; numberFormatFor(2) === '#,##0.00'
 */
export function numberFormatFor(decimals: number): string {
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

const PROJECTION_LABELS: Record<string, string> = {
  seasonal: 'theo mùa vụ các năm trước',
  linear: 'tuyến tính theo thời gian',
  reported_estimate: 'số ước của đơn vị',
  stock_latest: 'số thời điểm mới nhất',
};

/** Said beside every figure that nobody reported: inherited from old units, or summed here. */
const origin = (figure: ScorecardFigure) => figureOriginWords(figureOrigin(figure));

interface Column {
  header: string;
  width: number;
  /** 'figure': rounded to the row's indicator decimals; 'percent': to two decimals, with a % format. */
  numbers?: 'figure' | 'percent';
  value: (row: ScorecardRow) => string | number | null;
  /** A cell comment: where a derived target or an inherited figure came from ("suy ra từ: đạt 85,3%"). */
  note?: (row: ScorecardRow) => string | null;
}

const SOURCE_HEADINGS = TARGET_HEADINGS.vi;

function sourcesUsed(scorecard: Scorecard): TargetSource[] {
  const used = new Set(scorecard.rows.flatMap((r) => r.targets.map((t) => t.source)));
  return TARGET_SOURCES.filter((s) => used.has(s));
}

/** The percent against one source's target, or the outcome's words where there is no ratio. */
function achievedCell(row: ScorecardRow, source: TargetSource): number | string | null {
  const a = row.achievement.find((x) => x.source === source);
  if (!a) return null;
  return a.kind === 'ok' && a.percent !== null ? a.percent : achievementText(a);
}

function columnsOf(scorecard: Scorecard): Column[] {
  const sources = sourcesUsed(scorecard);
  const target = (row: ScorecardRow, s: TargetSource) => row.targets.find((t) => t.source === s) ?? null;
  return [
    { header: 'Mã chỉ tiêu', width: 16, value: (r) => r.indicator.code },
    { header: 'Chỉ tiêu', width: 44, value: (r) => r.indicator.name },
    { header: 'Đơn vị tính', width: 12, value: (r) => r.indicator.measure },
    ...sources.map((s) => ({
      header: SOURCE_HEADINGS[s],
      width: 16,
      numbers: 'figure' as const,
      value: (r: ScorecardRow) => target(r, s)?.value ?? null,
      note: (r: ScorecardRow) => target(r, s)?.derivedFrom ?? null,
    })),
    {
      header: 'Thực hiện',
      width: 16,
      numbers: 'figure',
      value: (r) => r.actual?.value ?? null,
      note: (r) => (r.actual && figureOrigin(r.actual).kind !== 'stored' ? origin(r.actual) : null),
    },
    { header: 'Kỳ số liệu', width: 30, value: (r) => r.actual?.periodLabel ?? null },
    { header: 'Số ước', width: 16, numbers: 'figure', value: (r) => r.estimate?.value ?? null },
    ...sources.map((s) => ({
      header: `Tỷ lệ đạt so ${SOURCE_HEADINGS[s].toLocaleLowerCase('vi')} (%)`,
      width: 18,
      numbers: 'percent' as const,
      value: (r: ScorecardRow) => achievedCell(r, s),
    })),
    {
      header: 'So cùng kỳ (%)',
      width: 14,
      numbers: 'percent',
      value: (r) => r.change?.percent ?? null,
      note: (r) =>
        r.change?.priorInherited ? `cùng kỳ tính trên cùng địa giới. ${r.change.priorInherited.label}` : null,
    },
    { header: 'Tiến độ', width: 18, value: (r) => STATUS_WORDS.vi[r.status] },
    { header: 'Ước cả năm', width: 16, numbers: 'figure', value: (r) => r.projection?.value ?? null },
    {
      header: 'Cách ước',
      width: 26,
      value: (r) => (r.projection ? (PROJECTION_LABELS[r.projection.method] ?? r.projection.method) : null),
    },
    { header: 'Cấp dưới cộng lại', width: 16, numbers: 'figure', value: (r) => r.rollup?.value ?? null },
    {
      header: 'Số đơn vị báo cáo',
      width: 14,
      value: (r) => (r.rollup ? `${r.rollup.reporting}/${r.rollup.expected}` : null),
    },
    { header: 'Kiểm tra chéo', width: 60, value: (r) => r.checks.map((c) => c.message).join('\n') || null },
    { header: 'Nguồn số thực hiện', width: 48, value: (r) => (r.actual ? origin(r.actual) : null) },
  ];
}

function titleOf(scorecard: Scorecard): string {
  const asOf = scorecard.asOf ? ` (đến ngày ${formatDate(scorecard.asOf)})` : '';
  return `Bảng chỉ tiêu năm ${scorecard.year} — ${scorecard.unit.name}${asOf}`;
}

type Sheet = ReturnType<Awaited<ReturnType<typeof newWorkbook>>['addWorksheet']>;

/** One indicator's line: numbers rounded to what their format shows, so the cell holds what is read. */
function addScorecardRow(sheet: Sheet, columns: Column[], row: ScorecardRow): void {
  const figureFormat = numberFormatFor(row.indicator.decimals);
  const cells = columns.map((c) => {
    const value = c.value(row);
    if (typeof value !== 'number' || !c.numbers) return { value, numFmt: undefined };
    return c.numbers === 'figure'
      ? { value: roundToDecimals(value, row.indicator.decimals), numFmt: figureFormat }
      : { value: roundToDecimals(value, PERCENT_DECIMALS), numFmt: VI_PERCENT_FORMAT };
  });
  const line = sheet.addRow(cells.map((c) => c.value));
  cells.forEach((c, i) => {
    if (c.numFmt) line.getCell(i + 1).numFmt = c.numFmt;
    const note = columns[i]?.note?.(row);
    if (note) line.getCell(i + 1).note = note;
  });
  line.alignment = { wrapText: true, vertical: 'top' };
}

/**
 * The workbook of a scorecard: a title row, Vietnamese headings, one row per indicator.
 * @example (await buildScorecardXlsx(caiNuoc2023)) // sheet "Bảng chỉ tiêu", row 3: TS_TOM … 24937 … 85.98
 */
export async function buildScorecardXlsx(scorecard: Scorecard): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'Tiến Độ';
  const sheet = workbook.addWorksheet('Bảng chỉ tiêu', {
    views: [{ state: 'frozen', ySplit: 2, xSplit: 2 }],
  });
  const columns = columnsOf(scorecard);
  sheet.getCell(1, 1).value = titleOf(scorecard);
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  const heading = sheet.getRow(2);
  columns.forEach((c, i) => {
    heading.getCell(i + 1).value = c.header;
    sheet.getColumn(i + 1).width = c.width;
  });
  heading.font = { bold: true };
  heading.alignment = { wrapText: true, vertical: 'middle' };
  for (const row of scorecard.rows) addScorecardRow(sheet, columns, row);
  return workbookBytes(workbook);
}
