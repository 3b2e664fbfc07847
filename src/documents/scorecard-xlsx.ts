// The scorecard as an XLSX workbook with Vietnamese headings. Numbers stay numbers with a number format,
// so Excel shows them by the reader's locale (40.945 and 85,98 in Vietnamese) and they can be summed.
import type { Scorecard, ScorecardRow, ScorecardStatus } from '../core/scorecard';
import type { TargetSource } from '../core/types';
import { formatDate } from '../core/vi/format';
import { newWorkbook, workbookBytes } from './workbook';

/** Thousands grouped, up to 3 decimals; Excel applies the reader's separators (vi-VN: 24.937; 85,98). */
export const VI_NUMBER_FORMAT = '#,##0.###';
export const VI_PERCENT_FORMAT = '0.00"%"';

export const STATUS_LABELS: Record<ScorecardStatus, string> = {
  on_track: 'Đúng tiến độ',
  at_risk: 'Chậm tiến độ',
  off_track: 'Nguy cơ không đạt',
  achieved: 'Đã đạt',
  no_target: 'Chưa có chỉ tiêu',
  no_data: 'Chưa có số liệu',
};

export const SOURCE_LABELS: Record<TargetSource, string> = {
  resolution: 'Chỉ tiêu Nghị quyết',
  assigned: 'Chỉ tiêu cấp trên giao',
  plan: 'Kế hoạch',
  budget: 'Dự toán',
  goal: 'Mục tiêu',
};

const PROJECTION_LABELS: Record<string, string> = {
  seasonal: 'theo mùa vụ các năm trước',
  linear: 'tuyến tính theo thời gian',
  reported_estimate: 'số ước của đơn vị',
  stock_latest: 'số thời điểm mới nhất',
};

interface Column {
  header: string;
  width: number;
  numFmt?: string;
  value: (row: ScorecardRow) => string | number | null;
}

function sourcesUsed(scorecard: Scorecard): TargetSource[] {
  const used = new Set(scorecard.rows.flatMap((r) => r.targets.map((t) => t.source)));
  return (Object.keys(SOURCE_LABELS) as TargetSource[]).filter((s) => used.has(s));
}

function columnsOf(scorecard: Scorecard): Column[] {
  const sources = sourcesUsed(scorecard);
  const target = (row: ScorecardRow, s: TargetSource) =>
    row.targets.find((t) => t.source === s)?.value ?? null;
  const achieved = (row: ScorecardRow, s: TargetSource) =>
    row.achievement.find((a) => a.source === s)?.percent ?? null;
  return [
    { header: 'Mã chỉ tiêu', width: 16, value: (r) => r.indicator.code },
    { header: 'Chỉ tiêu', width: 44, value: (r) => r.indicator.name },
    { header: 'Đơn vị tính', width: 12, value: (r) => r.indicator.measure },
    ...sources.map((s) => ({
      header: SOURCE_LABELS[s],
      width: 16,
      numFmt: VI_NUMBER_FORMAT,
      value: (r: ScorecardRow) => target(r, s),
    })),
    { header: 'Thực hiện', width: 16, numFmt: VI_NUMBER_FORMAT, value: (r) => r.actual?.value ?? null },
    { header: 'Kỳ số liệu', width: 30, value: (r) => r.actual?.periodLabel ?? null },
    { header: 'Số ước', width: 16, numFmt: VI_NUMBER_FORMAT, value: (r) => r.estimate?.value ?? null },
    ...sources.map((s) => ({
      header: `Tỷ lệ đạt so ${SOURCE_LABELS[s].toLowerCase()} (%)`,
      width: 18,
      numFmt: VI_PERCENT_FORMAT,
      value: (r: ScorecardRow) => achieved(r, s),
    })),
    {
      header: 'So cùng kỳ (%)',
      width: 14,
      numFmt: VI_PERCENT_FORMAT,
      value: (r) => r.change?.percent ?? null,
    },
    { header: 'Tiến độ', width: 18, value: (r) => STATUS_LABELS[r.status] },
    { header: 'Ước cả năm', width: 16, numFmt: VI_NUMBER_FORMAT, value: (r) => r.projection?.value ?? null },
    {
      header: 'Cách ước',
      width: 26,
      value: (r) => (r.projection ? (PROJECTION_LABELS[r.projection.method] ?? r.projection.method) : null),
    },
    {
      header: 'Cấp dưới cộng lại',
      width: 16,
      numFmt: VI_NUMBER_FORMAT,
      value: (r) => r.rollup?.value ?? null,
    },
    {
      header: 'Số đơn vị báo cáo',
      width: 14,
      value: (r) => (r.rollup ? `${r.rollup.reporting}/${r.rollup.expected}` : null),
    },
    { header: 'Kiểm tra chéo', width: 60, value: (r) => r.checks.map((c) => c.message).join('\n') || null },
  ];
}

function titleOf(scorecard: Scorecard): string {
  const asOf = scorecard.asOf ? ` (đến ngày ${formatDate(scorecard.asOf)})` : '';
  return `Bảng chỉ tiêu năm ${scorecard.year} — ${scorecard.unit.name}${asOf}`;
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
  for (const row of scorecard.rows) {
    const line = sheet.addRow(columns.map((c) => c.value(row)));
    columns.forEach((c, i) => {
      if (c.numFmt) line.getCell(i + 1).numFmt = c.numFmt;
    });
    line.alignment = { wrapText: true, vertical: 'top' };
  }
  return workbookBytes(workbook);
}
