// Status (tiến độ): whether a figure is on course to reach its target.
import { computeAchievement, targetMet } from './achievement';
import type { IndicatorNature, Polarity } from './types';

export type Status = 'on_track' | 'at_risk' | 'off_track' | 'achieved';

/** Open SDG's progress levels, kept beside the status they map to. */
export type OpenSdgLevel =
  | 'target_achieved'
  | 'substantial_progress'
  | 'moderate_progress'
  | 'limited_progress'
  | 'deterioration';

export interface StatusThresholds {
  /** Flows within a year: (share of target reached) ÷ (share of year passed). */
  pace: { onTrack: number; atRisk: number };
  /** Stocks within a year: level ÷ target (target ÷ level when lower is better). */
  level: { onTrack: number; atRisk: number };
  /** Term targets: observed ÷ required growth rate, as Open SDG grades it. */
  term: { substantial: number; moderate: number; limited: number };
}

export const DEFAULT_STATUS_THRESHOLDS: StatusThresholds = {
  pace: { onTrack: 0.95, atRisk: 0.8 },
  level: { onTrack: 0.95, atRisk: 0.85 },
  term: { substantial: 0.95, moderate: 0.6, limited: 0 },
};

export type StatusBasis = 'flow_pace' | 'stock_level' | 'term_growth';

export type StatusResult =
  | {
      kind: 'ok';
      status: Status;
      basis: StatusBasis;
      /** The graded ratio; null when it has no finite value (a lower-is-better figure of 0). */
      ratio: number | null;
      openSdgLevel: OpenSdgLevel | null;
    }
  | { kind: 'no_target' }
  | { kind: 'zero_target' }
  | { kind: 'no_actual' }
  | { kind: 'no_baseline' };

function graded(status: Status, basis: StatusBasis, ratio: number | null, level: OpenSdgLevel | null = null) {
  return { kind: 'ok' as const, status, basis, ratio, openSdgLevel: level };
}

function byThresholds(ratio: number, t: { onTrack: number; atRisk: number }): Status {
  return ratio >= t.onTrack ? 'on_track' : ratio >= t.atRisk ? 'at_risk' : 'off_track';
}

export interface FlowStatusInput {
  actual: number;
  target: number;
  /** Share of the year passed at the end of the actual's (cumulative) period, 0–1. */
  shareElapsed: number;
  polarity: Polarity;
  thresholds?: StatusThresholds;
}

/**
 * A flow's cumulative figure against the share of the year passed: 85,98% of the target at 321/365 of
 * the year is a pace of 0,978 → on_track. A higher-is-better flow is achieved once it reaches the target;
 * a lower-is-better flow (accidents) only at the year's end, and is off track once it exceeds the target.
 * @example flowStatus({ actual: 109.96, target: 134.113, shareElapsed: 321 / 365, polarity: 'higher_is_better' })
 *   → { kind: 'ok', status: 'at_risk', basis: 'flow_pace', ratio: 0.9323…, openSdgLevel: null }
 */
export function flowStatus(input: FlowStatusInput): StatusResult {
  const { actual, target, shareElapsed, polarity } = input;
  const t = (input.thresholds ?? DEFAULT_STATUS_THRESHOLDS).pace;
  if (target === 0 && polarity === 'higher_is_better') return { kind: 'zero_target' };
  if (polarity === 'higher_is_better') {
    if (actual >= target) return graded('achieved', 'flow_pace', actual / target);
    const ratio = actual / target / shareElapsed;
    return graded(byThresholds(ratio, t), 'flow_pace', ratio);
  }
  if (actual > target) return graded('off_track', 'flow_pace', actual === 0 ? null : target / actual);
  if (shareElapsed >= 1) return graded('achieved', 'flow_pace', actual === 0 ? null : target / actual);
  if (actual === 0) return graded('on_track', 'flow_pace', null);
  const ratio = (target * shareElapsed) / actual;
  return graded(byThresholds(ratio, t), 'flow_pace', ratio);
}

export interface StockStatusInput {
  actual: number;
  target: number;
  polarity: Polarity;
  /** The level some time before, for the trend; yearsBefore 1 for the same period of the previous year. */
  prior?: { value: number; yearsBefore: number } | null;
  /** Share of the year passed at the actual's date, to extend the trend to the year's end. */
  shareElapsed: number;
  thresholds?: StatusThresholds;
}

/**
 * A stock's level against its target and trend: met → achieved; a trend that reaches the target by the
 * year's end → on_track; otherwise graded by level ÷ target, one grade worse when the trend is worsening.
 * @example stockStatus({ actual: 92.58, target: 95, polarity: 'higher_is_better', shareElapsed: 321 / 365 })
 *   → { kind: 'ok', status: 'on_track', basis: 'stock_level', ratio: 0.9745…, openSdgLevel: null }
 */
export function stockStatus(input: StockStatusInput): StatusResult {
  const { actual, target, polarity, prior, shareElapsed } = input;
  const t = (input.thresholds ?? DEFAULT_STATUS_THRESHOLDS).level;
  const a = computeAchievement(actual, target, polarity);
  if (a.kind === 'zero_target') return a;
  const ratio = a.kind === 'ok' ? a.percent / 100 : null;
  if (targetMet(actual, target, polarity)) return graded('achieved', 'stock_level', ratio);
  if (ratio === null) return graded('off_track', 'stock_level', null);
  if (!prior || prior.yearsBefore <= 0) return graded(byThresholds(ratio, t), 'stock_level', ratio);
  const perYear = (actual - prior.value) / prior.yearsBefore;
  const yearEnd = actual + perYear * (1 - shareElapsed);
  if (targetMet(yearEnd, target, polarity)) return graded('on_track', 'stock_level', ratio);
  const worsening = polarity === 'higher_is_better' ? perYear < 0 : perYear > 0;
  const status = byThresholds(ratio, t);
  if (!worsening) return graded(status, 'stock_level', ratio);
  return graded(status === 'on_track' ? 'at_risk' : 'off_track', 'stock_level', ratio);
}

export interface TermStatusInput {
  baseline: { year: number; value: number };
  current: { year: number; value: number };
  target: { year: number; value: number };
  polarity: Polarity;
  thresholds?: StatusThresholds;
}

const SDG_STATUS: Record<OpenSdgLevel, Status> = {
  target_achieved: 'achieved',
  substantial_progress: 'on_track',
  moderate_progress: 'at_risk',
  limited_progress: 'off_track',
  deterioration: 'off_track',
};

function annualRate(from: number, to: number, years: number, compound: boolean): number {
  return compound ? (to / from) ** (1 / years) - 1 : (to - from) / years;
}

/**
 * A multi-year (term) target graded as Open SDG does: observed ÷ required compound annual growth rate
 * from the baseline; ≥ 0,95 substantial (on_track), ≥ 0,60 moderate (at_risk), ≥ 0 limited (off_track),
 * < 0 deterioration (off_track). Linear rates stand in when a value is not positive.
 * @example termStatus({ baseline: { year: 2020, value: 85 }, current: { year: 2023, value: 92.58 },
 *   target: { year: 2025, value: 95 }, polarity: 'higher_is_better' })
 *   → { kind: 'ok', status: 'on_track', basis: 'term_growth', ratio: 1.284…, openSdgLevel: 'substantial_progress' }
 */
export function termStatus(input: TermStatusInput): StatusResult {
  const { baseline, current, target, polarity } = input;
  const t = (input.thresholds ?? DEFAULT_STATUS_THRESHOLDS).term;
  if (targetMet(current.value, target.value, polarity)) {
    return graded('achieved', 'term_growth', null, 'target_achieved');
  }
  if (current.year <= baseline.year || target.year <= baseline.year) return { kind: 'no_baseline' };
  const compound = baseline.value > 0 && current.value > 0 && target.value > 0;
  const observed = annualRate(baseline.value, current.value, current.year - baseline.year, compound);
  const required = annualRate(baseline.value, target.value, target.year - baseline.year, compound);
  if (required === 0) return graded('off_track', 'term_growth', null, 'deterioration');
  const ratio = observed / required;
  const level: OpenSdgLevel =
    ratio >= t.substantial
      ? 'substantial_progress'
      : ratio >= t.moderate
        ? 'moderate_progress'
        : ratio >= t.limited
          ? 'limited_progress'
          : 'deterioration';
  return graded(SDG_STATUS[level], 'term_growth', ratio, level);
}

/**
 * Status of a year's figure by the indicator's nature: flows by pace, stocks by level and trend.
 * @example yearStatus('flow', { actual: 24937, target: 24937 / 0.8598, shareElapsed: 321 / 365, polarity: 'higher_is_better' })
 *   → { kind: 'ok', status: 'on_track', basis: 'flow_pace', ratio: 0.9777…, openSdgLevel: null }
 */
export function yearStatus(nature: IndicatorNature, input: StockStatusInput): StatusResult {
  return nature === 'flow' ? flowStatus(input) : stockStatus(input);
}
