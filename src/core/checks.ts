// Checks (kiểm tra chéo): inconsistencies a unit's own figures raise. They are shown, not rejected.
import { computeAchievement } from './achievement';
import { computeChange } from './change';
import { compareWithRollup, type Rollup } from './rollup';
import type { Aggregation, Indicator, TargetSource } from './types';
import { formatNumber, formatPercent } from './vi/format';

interface CheckBase {
  indicatorCode: string;
  period: string | null;
  /** Vietnamese: what disagrees and by how much. */
  message: string;
}

export type Check =
  | (CheckBase & {
      kind: 'stated_achievement_mismatch';
      value: number;
      target: number;
      source: TargetSource;
      stated: number;
      computed: number;
      difference: number;
      tolerance: number;
    })
  | (CheckBase & {
      kind: 'part_exceeds_whole';
      partCode: string;
      wholeCode: string;
      part: number;
      whole: number;
      excess: number;
    })
  | (CheckBase & {
      kind: 'parts_exceed_whole';
      partCodes: string[];
      wholeCode: string;
      parts: number;
      whole: number;
      excess: number;
    })
  | (CheckBase & {
      kind: 'rollup_mismatch';
      own: number;
      rollup: number;
      difference: number;
      percent: number | null;
      reporting: number;
      expected: number;
    })
  | (CheckBase & {
      /** A successor's figure that could not be inherited (succession.ts): which part or unit is missing. */
      kind: 'inheritance_gap';
      reason: 'part_without_share' | 'missing_figure' | 'not_combinable';
      unitIds: number[];
      periods: string[];
    })
  | (CheckBase & {
      kind: 'change_out_of_bounds';
      current: number;
      prior: number;
      percent: number;
      bound: number;
    });

export type CheckKind = Check['kind'];

export interface CheckOptions {
  /** A complete roll-up may differ from the parent's own figure by this percent before it is raised. */
  rollupTolerancePercent: number;
  /** A year-on-year change beyond ± this percent is raised. */
  changeBoundPercent: number;
}

export const DEFAULT_CHECK_OPTIONS: CheckOptions = { rollupTolerancePercent: 0.5, changeBoundPercent: 50 };

export type CheckedIndicator = Pick<Indicator, 'code' | 'nameVi' | 'measure' | 'decimals' | 'polarity'>;

export const SOURCE_LABEL: Record<TargetSource, string> = {
  resolution: 'Nghị quyết',
  assigned: 'chỉ tiêu cấp trên giao',
  plan: 'kế hoạch',
  budget: 'dự toán',
  goal: 'mục tiêu',
};

function qty(value: number, indicator: Pick<Indicator, 'measure' | 'decimals'>): string {
  const n = formatNumber(value, Math.max(indicator.decimals, 3));
  return indicator.measure === '%' ? `${n}%` : `${n} ${indicator.measure}`;
}

/**
 * Fraction digits a stated number was written with, which sets its rounding: 82,1 → 1, 85,98 → 2, 100 → 0.
 * @example statedDecimals(82.1) === 1
 */
export function statedDecimals(stated: number): number {
  const text = String(stated);
  const dot = text.indexOf('.');
  return dot < 0 || text.includes('e') ? 0 : text.length - dot - 1;
}

/** The figure a check is about: its indicator and its period (null for a figure of no period). */
export interface CheckedFigure {
  indicator: CheckedIndicator;
  period: string | null;
}

export interface StatedAchievementInput extends CheckedFigure {
  value: number;
  target: { value: number; source: TargetSource };
  stated: number;
}

/**
 * Raises a stated achievement that figure ÷ target does not give within the stated rounding (82,1
 * allows 82,05–82,15).
 * @example checkStatedAchievement({ indicator: giaiNgan, period: null, value: 109.96, target: { value: 134.113, source: 'plan' }, stated: 82.1 })
 *   → { kind: 'stated_achievement_mismatch', computed: 81.99…, difference: 0.109…, message: 'Giải ngân vốn đầu tư công: báo cáo nêu đạt 82,1% kế hoạch, nhưng 109,96 ÷ 134,113 = 81,99% (chênh 0,11 điểm phần trăm)', … }
 */
export function checkStatedAchievement(input: StatedAchievementInput): Check | null {
  const { indicator, value, target, stated } = input;
  const a = computeAchievement(value, target.value, indicator.polarity);
  if (a.kind !== 'ok') return null;
  const tolerance = 0.5 * 10 ** -statedDecimals(stated);
  const difference = a.percent - stated;
  if (Math.abs(difference) <= tolerance + 1e-9) return null;
  const [num, den] =
    indicator.polarity === 'higher_is_better' ? [value, target.value] : [target.value, value];
  const f = (n: number) => formatNumber(n, Math.max(indicator.decimals, 3));
  return {
    kind: 'stated_achievement_mismatch',
    indicatorCode: indicator.code,
    period: input.period,
    message:
      `${indicator.nameVi}: báo cáo nêu đạt ${formatPercent(stated)} ${SOURCE_LABEL[target.source]}, nhưng ` +
      `${f(num)} ÷ ${f(den)} = ${formatPercent(a.percent)} (chênh ${formatNumber(Math.abs(difference))} điểm phần trăm)`,
    value,
    target: target.value,
    source: target.source,
    stated,
    computed: a.percent,
    difference,
    tolerance,
  };
}

export interface PartFigure {
  indicator: CheckedIndicator;
  value: number;
}

/**
 * Raises each part larger than its whole, and parts that together exceed it (shrimp within all aquaculture).
 * @example checkPartsWithinWhole({ indicator: tongSanLuong, value: 40945 }, [{ indicator: tom, value: 24937 }], '2023') → []
 */
export function checkPartsWithinWhole(
  whole: PartFigure,
  parts: readonly PartFigure[],
  period: string | null,
): Check[] {
  const wi = whole.indicator;
  const checks: Check[] = parts
    .filter((p) => p.value > whole.value)
    .map((p) => ({
      kind: 'part_exceeds_whole' as const,
      indicatorCode: p.indicator.code,
      period,
      message: `${p.indicator.nameVi} (${qty(p.value, wi)}) lớn hơn ${wi.nameVi} (${qty(whole.value, wi)}), vượt ${qty(p.value - whole.value, wi)}`,
      partCode: p.indicator.code,
      wholeCode: wi.code,
      part: p.value,
      whole: whole.value,
      excess: p.value - whole.value,
    }));
  const total = parts.reduce((t, p) => t + p.value, 0);
  if (parts.length > 1 && checks.length === 0 && total > whole.value + 1e-9) {
    checks.push({
      kind: 'parts_exceed_whole',
      indicatorCode: wi.code,
      period,
      message: `Tổng các thành phần của ${wi.nameVi} (${parts.map((p) => p.indicator.nameVi).join(', ')}) là ${qty(total, wi)}, lớn hơn ${qty(whole.value, wi)}, vượt ${qty(total - whole.value, wi)}`,
      partCodes: parts.map((p) => p.indicator.code),
      wholeCode: wi.code,
      parts: total,
      whole: whole.value,
      excess: total - whole.value,
    });
  }
  return checks;
}

export interface RollupCheckInput extends CheckedFigure {
  aggregation: Aggregation;
  /** The parent's own figure. */
  own: number;
  rollup: Rollup;
}

/**
 * Raises a parent figure that differs from its children's roll-up beyond the tolerance; an incomplete
 * sum is raised only when the children already exceed the parent.
 * @example checkRollup({ indicator: tongSanLuong, period: '2023', aggregation: { kind: 'sum' }, own: 40945, rollup: { kind: 'ok', value: 40500, reporting: 3, expected: 3 } })
 *   → { kind: 'rollup_mismatch', difference: 445, message: 'Tổng sản lượng thủy sản: số của đơn vị 40.945 tấn khác tổng hợp từ đơn vị trực thuộc 40.500 tấn (3/3 đơn vị báo cáo), chênh 445 tấn (1,09%)', … }
 */
export function checkRollup(
  input: RollupCheckInput,
  options: CheckOptions = DEFAULT_CHECK_OPTIONS,
): Check | null {
  const { indicator, period, aggregation, own, rollup } = input;
  const c = compareWithRollup(own, rollup);
  if (!c || rollup.kind !== 'ok') return null;
  const raised = c.complete
    ? c.percent === null
      ? c.difference !== 0
      : Math.abs(c.percent) > options.rollupTolerancePercent
    : aggregation.kind === 'sum' && c.difference < -1e-9;
  if (!raised) return null;
  const gap = c.percent === null ? '' : ` (${formatPercent(Math.abs(c.percent))})`;
  return {
    kind: 'rollup_mismatch',
    indicatorCode: indicator.code,
    period,
    message:
      `${indicator.nameVi}: số của đơn vị ${qty(own, indicator)} khác tổng hợp từ đơn vị trực thuộc ` +
      `${qty(c.rollup, indicator)} (${rollup.reporting}/${rollup.expected} đơn vị báo cáo), chênh ${qty(Math.abs(c.difference), indicator)}${gap}`,
    own,
    rollup: c.rollup,
    difference: c.difference,
    percent: c.percent,
    reporting: rollup.reporting,
    expected: rollup.expected,
  };
}

export interface ChangeCheckInput extends CheckedFigure {
  current: number;
  prior: number;
}

/**
 * Raises a year-on-year change beyond ± the configured bound (a figure three times last year's).
 * @example checkChange({ indicator: tom, period: '2023-YTD-2023-11-17', current: 24937, prior: 7000 }) → { kind: 'change_out_of_bounds', percent: 256.24…, … }
 */
export function checkChange(
  input: ChangeCheckInput,
  options: CheckOptions = DEFAULT_CHECK_OPTIONS,
): Check | null {
  const { indicator, period, current, prior } = input;
  const c = computeChange(current, prior);
  if (c.kind !== 'ok' || Math.abs(c.percent) <= options.changeBoundPercent) return null;
  const word = c.percent > 0 ? 'tăng' : 'giảm';
  return {
    kind: 'change_out_of_bounds',
    indicatorCode: indicator.code,
    period,
    message:
      `${indicator.nameVi} ${word} ${formatPercent(Math.abs(c.percent))} so với cùng kỳ (${qty(current, indicator)} so với ` +
      `${qty(prior, indicator)}), vượt ngưỡng ±${formatPercent(options.changeBoundPercent)}`,
    current,
    prior,
    percent: c.percent,
    bound: options.changeBoundPercent,
  };
}
