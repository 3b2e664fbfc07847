// A unit's report of its figures against the plan, in the state format (Nghị định 30/2020/NĐ-CP): the
// table people's committees send up — plan, what was done, the same period last year, both ratios — with
// every figure that is not an entered official one named in "Ghi chú".
import type { Scorecard, ScorecardRow, ScorecardTarget } from '../core/scorecard';
import type { TargetSource } from '../core/types';
import { formatDate, formatNumber } from '../core/vi/format';
import { achievementText, TARGET_HEADINGS } from '../core/words';
import type { DocumentBlock } from './docx-parts';
import { ANNEX_WIDTH_MM, renderStateDocx, type StateDocument, type StateDocumentHeader } from './state-docx';

/** A people's committee reports against its plan first; a resolution's target stands in where there is no plan. */
const PLAN_FIRST: readonly TargetSource[] = ['plan', 'assigned', 'budget', 'resolution', 'goal'];
const RATIO_DECIMALS = 2;

export interface StateReportInput {
  scorecard: Scorecard;
  header: StateDocumentHeader;
  /** The issuer inside a sentence, for the annex's "Kèm theo …": "Ủy ban nhân dân huyện Cái Nước". */
  issuerName: string;
  signature: StateDocument['signature'];
  recipients: string[];
  /** Defaults to "VT". */
  archive?: string;
}

interface ReportedFigure {
  value: number;
  period: string;
  notes: string[];
}

function planOf(row: ScorecardRow): ScorecardTarget | null {
  for (const source of PLAN_FIRST) {
    const target = row.targets.find((t) => t.source === source);
    if (target) return target;
  }
  return null;
}

/** The entered figure; else the unit's estimate; else the sum of the units below: each says which it is. */
function reportedFigure(row: ScorecardRow): ReportedFigure | null {
  if (row.actual) {
    const notes = row.actual.inherited ? ['số kế thừa từ các đơn vị trước sắp xếp'] : [];
    if (row.actual.observationId === null && row.actual.note) notes.push(row.actual.note);
    return { value: row.actual.value, period: row.actual.periodLabel, notes };
  }
  if (row.estimate) return { value: row.estimate.value, period: row.estimate.periodLabel, notes: ['số ước'] };
  if (row.rollup?.kind === 'ok' && row.rollup.value !== null) {
    return {
      value: row.rollup.value,
      period: row.rollup.period,
      notes: [`tổng hợp từ cấp dưới (${row.rollup.completeness})`],
    };
  }
  return null;
}

function planNotes(plan: ScorecardTarget | null): string[] {
  if (!plan) return [];
  const notes = plan.source === 'plan' ? [] : [TARGET_HEADINGS.vi[plan.source]];
  // derivedFrom says itself how: "suy ra từ: đạt 85,98% Nghị quyết", "Kế thừa từ: xã Trần Thới, …".
  if (plan.derivedFrom)
    notes.push(`chỉ tiêu ${plan.derivedFrom.replace(/^./u, (c) => c.toLocaleLowerCase('vi'))}`);
  return notes;
}

function againstPlan(row: ScorecardRow, plan: ScorecardTarget | null): string {
  const outcome = plan && row.achievement.find((a) => a.targetId === plan.id);
  if (!outcome) return '';
  return outcome.kind === 'ok' && outcome.percent !== null
    ? formatNumber(outcome.percent, RATIO_DECIMALS)
    : achievementText(outcome);
}

/** This year's figure as a percent of last year's (101,25 for "tăng 1,25%"), as the state tables write it. */
function againstLastYear(row: ScorecardRow): string {
  const change = row.change;
  if (!change) return '';
  if (change.kind === 'zero_prior' || change.percent === null) return 'cùng kỳ bằng 0';
  return formatNumber(100 + change.percent, RATIO_DECIMALS);
}

function tableRow(row: ScorecardRow, index: number): string[] {
  const decimals = row.indicator.decimals;
  const plan = planOf(row);
  const figure = reportedFigure(row);
  const notes = [...planNotes(plan), ...(figure?.notes ?? [])];
  if (row.change?.priorInherited) notes.push('cùng kỳ tính trên cùng địa giới');
  return [
    String(index + 1),
    row.indicator.name,
    row.indicator.measure,
    plan ? formatNumber(plan.value, decimals) : '',
    figure ? formatNumber(figure.value, decimals) : 'Chưa có số liệu',
    figure?.period ?? '',
    row.change ? formatNumber(row.change.prior, decimals) : '',
    againstLastYear(row),
    againstPlan(row, plan),
    notes.join('; '),
  ];
}

/** The report's body: what the figures are and where their table is. */
export function stateReportBody(scorecard: Scorecard): DocumentBlock[] {
  const { year, asOf } = scorecard;
  return [
    { kind: 'heading', text: 'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU' },
    {
      kind: 'paragraph',
      text: `Kết quả thực hiện ${scorecard.rows.length} chỉ tiêu năm ${year}${asOf ? ` (số liệu tính đến ngày ${formatDate(asOf)})` : ''} tại Phụ lục kèm theo. Cột "Ghi chú" nói rõ số ước, số tổng hợp từ cấp dưới, số kế thừa từ các đơn vị trước sắp xếp và chỉ tiêu suy ra; các số còn lại là số liệu chính thức đã nhập.`,
    },
  ];
}

/** The annex's table: one row per indicator of the scorecard. */
export function stateReportTable(scorecard: Scorecard): DocumentBlock[] {
  const { year } = scorecard;
  return [
    {
      kind: 'table',
      columns: [
        'TT',
        'Chỉ tiêu',
        'Đơn vị tính',
        `Kế hoạch năm ${year}`,
        'Thực hiện',
        'Kỳ số liệu',
        `Cùng kỳ năm ${year - 1}`,
        'So với cùng kỳ (%)',
        'So với kế hoạch (%)',
        'Ghi chú',
      ],
      rows: scorecard.rows.map(tableRow),
      widths: [4, 22, 7, 10, 10, 11, 10, 8, 8, 10],
      widthMm: ANNEX_WIDTH_MM,
      size: 11,
      leftColumns: [1, 9],
    },
  ];
}

/**
 * The unit's report of its figures in the state format, as .docx bytes.
 * @example await buildStateReportDocx({ scorecard, header: { issuingBody: ['ỦY BAN NHÂN DÂN', 'HUYỆN CÁI NƯỚC'], number: '12/BC-UBND', … }, … })
 */
export function buildStateReportDocx(input: StateReportInput): Promise<Buffer> {
  const { scorecard } = input;
  return renderStateDocx({
    header: input.header,
    kind: 'BÁO CÁO',
    title: `Kết quả thực hiện các chỉ tiêu kinh tế - xã hội năm ${scorecard.year}`,
    blocks: stateReportBody(scorecard),
    annex: {
      title: `BIỂU KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM ${scorecard.year}`,
      issuer: input.issuerName,
      blocks: stateReportTable(scorecard),
    },
    recipients: input.recipients,
    archive: input.archive ?? 'VT',
    signature: input.signature,
  });
}
