// Early warnings (cảnh báo sớm, Quy chế 08-QC/TW): per indicator of a unit's regime report, whether the
// year's target is at risk, the figure is late, or it waits for approval — each with its reason in words.
import { targetMet } from './achievement';
import { parsePeriod, yearShareElapsed } from './period';
import { type ProjectionMethod, projectYearEnd } from './projection';
import { flowStatus } from './status';
import { daysLate, type SubmissionState, vietnamDay } from './submission';
import type { IndicatorNature, Polarity } from './types';
import { formatDate, formatPercent, formatQuantity } from './vi/format';

export type EarlyWarningKind = 'at_risk' | 'late' | 'not_approved';

export interface WarningIndicator {
  indicatorId: number;
  code: string;
  measure: string;
  nature: IndicatorNature;
  polarity: Polarity;
  /** The year's target for the unit; null when none is set. */
  target: number | null;
  /** The latest actual of the year; a flow's must be cumulative from 1 January. */
  actual: { value: number; period: string } | null;
  /** The unit's own year-end estimate, if reported. */
  reportedEstimate?: number | null;
}

export interface EarlyWarningInput {
  /** ISO date the warnings are read on. */
  asOf: string;
  submission: Pick<SubmissionState, 'status' | 'dueOn' | 'submittedAt'>;
  indicators: readonly WarningIndicator[];
}

export interface EarlyWarning {
  indicatorId: number;
  code: string;
  kind: EarlyWarningKind;
  /** Why, in Vietnamese, with the figures it rests on. */
  reason: string;
}

const PROJECTION_WORDS: Record<ProjectionMethod, string> = {
  linear: 'ước theo tiến độ',
  seasonal: 'ước theo mùa vụ các năm trước',
  reported_estimate: 'số ước của đơn vị',
  stock_latest: 'theo mức hiện tại',
};

function projectionShortfall(i: WarningIndicator & { target: number }): string | null {
  const projection = projectYearEnd({
    nature: i.nature,
    actual: i.actual,
    reportedEstimate: i.reportedEstimate ?? null,
  });
  if (!projection || targetMet(projection.value, i.target, i.polarity)) return null;
  const side = i.polarity === 'higher_is_better' ? 'dưới' : 'vượt';
  return (
    `ước cả năm ${formatQuantity(projection.value, i.measure)} (${PROJECTION_WORDS[projection.method]}), ` +
    `${side} chỉ tiêu ${formatQuantity(i.target, i.measure)}`
  );
}

function paceShortfall(i: WarningIndicator & { target: number }): string | null {
  if (i.nature !== 'flow' || !i.actual || i.polarity !== 'higher_is_better') return null;
  const share = yearShareElapsed(parsePeriod(i.actual.period, 'actual.period'));
  const status = flowStatus({
    actual: i.actual.value,
    target: i.target,
    shareElapsed: share,
    polarity: i.polarity,
  });
  if (status.kind !== 'ok' || (status.status !== 'at_risk' && status.status !== 'off_track')) return null;
  const reached = formatPercent((i.actual.value / i.target) * 100, 1);
  return `mới đạt ${reached} chỉ tiêu khi đã qua ${formatPercent(share * 100, 1)} thời gian của năm`;
}

function atRisk(i: WarningIndicator): string | null {
  if (i.target === null) return null;
  const withTarget = { ...i, target: i.target };
  return projectionShortfall(withTarget) ?? paceShortfall(withTarget);
}

function submissionReason(input: EarlyWarningInput, i: WarningIndicator): [EarlyWarningKind, string] | null {
  const { submission, asOf } = input;
  const overdue = daysLate(submission.dueOn, `${asOf}T00:00:00Z`);
  if (overdue === 0) return null;
  const late = `quá hạn ${overdue} ngày (hạn ${formatDate(submission.dueOn)})`;
  if (submission.status === 'not_submitted') return ['late', `${late}, chưa nộp báo cáo`];
  if (submission.status === 'returned') return ['late', `${late}, báo cáo bị trả lại chưa nộp lại`];
  if (i.actual === null) return ['late', `${late}, báo cáo chưa có số liệu chỉ tiêu này`];
  if (submission.status === 'submitted' && submission.submittedAt !== null) {
    return ['not_approved', `nộp ngày ${formatDate(vietnamDay(submission.submittedAt))}, chưa được duyệt`];
  }
  return null;
}

/**
 * The early warnings of one unit's regime report on a day, indicator by indicator: at risk (projected
 * year-end short of the target, or behind the pace of the year passed), late, or not approved.
 * @example earlyWarnings({ asOf: '2024-03-21', submission: { status: 'not_submitted', dueOn: '2024-03-18', submittedAt: null },
 *   indicators: [{ indicatorId: 1, code: 'LUA', measure: 'tấn', nature: 'flow', polarity: 'higher_is_better', target: 100, actual: null }] })
 *   → [{ indicatorId: 1, code: 'LUA', kind: 'late', reason: 'quá hạn 3 ngày (hạn 18/03/2024), chưa nộp báo cáo' }]
 */
export function earlyWarnings(input: EarlyWarningInput): EarlyWarning[] {
  const warnings: EarlyWarning[] = [];
  for (const i of input.indicators) {
    const risk = atRisk(i);
    if (risk !== null)
      warnings.push({ indicatorId: i.indicatorId, code: i.code, kind: 'at_risk', reason: risk });
    const submission = submissionReason(input, i);
    if (submission !== null) {
      warnings.push({ indicatorId: i.indicatorId, code: i.code, kind: submission[0], reason: submission[1] });
    }
  }
  return warnings;
}
