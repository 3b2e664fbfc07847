// The parts of a scorecard row that look beyond the unit's own figure: its children's roll-up, and
// the checks its figures raise.
import {
  type Check,
  checkChange,
  checkPartsWithinWhole,
  checkRollup,
  checkStatedAchievement,
} from './checks';
import { comparePeriods, type Period } from './period';
import { type ChildValue, rollUp } from './rollup';
import type { ScorecardChange, ScorecardContext, ScorecardRollup } from './scorecard.types';
import { activeInYear, figureFor, figuresOf, latestActual, type PickedFigure } from './scorecard-figures';
import type { Indicator, Target } from './types';

function childValues(
  ctx: ScorecardContext,
  childIds: number[],
  indicator: Indicator | undefined,
  period: Period,
): ChildValue[] {
  if (!indicator) return [];
  return childIds.flatMap((unitId) => {
    const f = figureFor(figuresOf(ctx.children, unitId, indicator.id), indicator.nature, period);
    return f ? [{ unitId, value: f.value }] : [];
  });
}

function latestChildPeriod(
  ctx: ScorecardContext,
  childIds: number[],
  indicator: Indicator | undefined,
): Period | null {
  if (!indicator) return null;
  const { year, asOf } = ctx.input;
  const periods = childIds
    .flatMap(
      (id) =>
        latestActual(figuresOf(ctx.children, id, indicator.id), indicator.nature, year, asOf ?? null) ?? [],
    )
    .map((f) => f.period)
    .sort(comparePeriods);
  return periods.at(-1) ?? null;
}

/**
 * The children's roll-up for the period of the parent's actual (or the children's latest), with
 * completeness; null when the unit has no children or the indicator does not roll up.
 * @example rollupFor(ctx, tongSanLuong, parsePeriod('2023-YTD-2023-11-17'))
 *   → { kind: 'ok', value: 40000, reporting: 3, expected: 3, period: '2023-YTD-2023-11-17' }
 */
export function rollupFor(
  ctx: ScorecardContext,
  indicator: Indicator,
  ownPeriod: Period | null,
): ScorecardRollup | null {
  const children = activeInYear(ctx.input.childUnits ?? [], ctx.input.year);
  const aggregation = indicator.aggregation;
  if (children.length === 0 || aggregation.kind === 'none') return null;
  const ids = children.map((c) => c.id);
  const expected = ids.length;
  const basis = aggregation.kind === 'ratio' ? ctx.byCode.get(aggregation.numeratorCode) : indicator;
  const period = ownPeriod ?? latestChildPeriod(ctx, ids, basis);
  if (!period)
    return { kind: 'no_data', value: null, reporting: 0, expected, period: String(ctx.input.year) };
  const r =
    aggregation.kind === 'ratio'
      ? rollUp(aggregation, {
          expected,
          numerators: childValues(ctx, ids, basis, period),
          denominators: childValues(ctx, ids, ctx.byCode.get(aggregation.denominatorCode), period),
        })
      : rollUp(aggregation, { expected, values: childValues(ctx, ids, indicator, period) });
  if (r.kind === 'not_aggregated') return null;
  const value = r.kind === 'ok' ? r.value : null;
  return { kind: r.kind, value, reporting: r.reporting, expected: r.expected, period: period.code };
}

export interface RowFigures {
  targets: readonly Target[];
  actual: PickedFigure | null;
  change: ScorecardChange | null;
  rollup: ScorecardRollup | null;
}

function statedChecks(ctx: ScorecardContext, indicator: Indicator, targets: readonly Target[]): Check[] {
  const { unit, year } = ctx.input;
  return (ctx.input.statedAchievements ?? [])
    .filter(
      (s) => s.unitId === unit.id && s.indicatorId === indicator.id && s.period.startsWith(String(year)),
    )
    .flatMap((s) => {
      const target = targets.find((t) => t.source === s.source && t.fromYear === year && t.toYear === year);
      if (!target) return [];
      const c = checkStatedAchievement({
        indicator,
        period: s.period,
        value: s.value,
        target: { value: target.value, source: target.source },
        stated: s.percent,
      });
      return c ? [c] : [];
    });
}

function partChecks(ctx: ScorecardContext, whole: Indicator, actual: PickedFigure): Check[] {
  const parts = ctx.input.indicators.flatMap((p) => {
    if (p.parentId !== whole.id) return [];
    const f = figureFor(figuresOf(ctx.own, ctx.input.unit.id, p.id), p.nature, actual.period);
    return f ? [{ indicator: p, value: f.value }] : [];
  });
  return checkPartsWithinWhole({ indicator: whole, value: actual.value }, parts, actual.period.code);
}

/**
 * Every check a row's figures raise: stated achievements that figure ÷ target contradicts, parts
 * larger than this whole, a gap to the children's roll-up, a year-on-year change beyond the bound.
 * @example rowChecks(ctx, giaiNgan, figures)[0].message
 *   === 'Giải ngân vốn đầu tư công: báo cáo nêu đạt 82,1% kế hoạch, nhưng 109,96 ÷ 134,113 = 81,99% (chênh 0,11 điểm phần trăm)'
 */
export function rowChecks(ctx: ScorecardContext, indicator: Indicator, row: RowFigures): Check[] {
  const checks = statedChecks(ctx, indicator, row.targets);
  const { actual, rollup, change } = row;
  if (!actual) return checks;
  const period = actual.period.code;
  checks.push(...partChecks(ctx, indicator, actual));
  if (rollup?.kind === 'ok' && rollup.value !== null && rollup.period === period) {
    const r = {
      kind: 'ok' as const,
      value: rollup.value,
      reporting: rollup.reporting,
      expected: rollup.expected,
    };
    const c = checkRollup(indicator, indicator.aggregation, actual.value, r, period, ctx.options.checks);
    if (c) checks.push(c);
  }
  if (change?.kind === 'ok') {
    const c = checkChange(indicator, actual.value, change.prior, period, ctx.options.checks);
    if (c) checks.push(c);
  }
  return checks;
}
