// The parts of a scorecard row that look beyond the unit's own figure: its children's roll-up, and
// the checks its figures raise.
import {
  type Check,
  checkChange,
  checkPartsWithinWhole,
  checkRollup,
  checkStatedAchievement,
} from './checks';
import { comparePeriods, isCumulative } from './period';
import { type ChildValue, rollUp } from './rollup';
import type { ScorecardChange, ScorecardContext, ScorecardRollup } from './scorecard.types';
import { activeInYear, type DatedObservation, figuresOf, findFigure } from './scorecard-figures';
import type { Indicator, Target } from './types';

function childValues(
  ctx: ScorecardContext,
  childIds: number[],
  indicator: Indicator | undefined,
  period: string,
): ChildValue[] {
  if (!indicator) return [];
  return childIds.flatMap((unitId) => {
    const f = findFigure(figuresOf(ctx.children, unitId, indicator.id), period);
    return f ? [{ unitId, value: f.observation.value }] : [];
  });
}

function latestChildPeriod(
  ctx: ScorecardContext,
  childIds: number[],
  indicator: Indicator | undefined,
): string | null {
  if (!indicator) return null;
  const periods = childIds
    .flatMap((id) => figuresOf(ctx.children, id, indicator.id))
    .filter((f) => f.observation.kind === 'actual' && f.period.year === ctx.input.year)
    .filter((f) => indicator.nature === 'stock' || isCumulative(f.period))
    .filter((f) => !ctx.input.asOf || f.period.end <= ctx.input.asOf)
    .map((f) => f.period)
    .sort(comparePeriods);
  return periods.at(-1)?.code ?? null;
}

/**
 * The children's roll-up for the period of the parent's actual (or the children's latest), with
 * completeness; null when the unit has no children or the indicator does not roll up.
 * @example rollupFor(ctx, tongSanLuong, '2023-YTD-2023-11-17') → { kind: 'ok', value: 40500, reporting: 3, expected: 3, period: '2023-YTD-2023-11-17' }
 */
export function rollupFor(
  ctx: ScorecardContext,
  indicator: Indicator,
  ownPeriod: string | null,
): ScorecardRollup | null {
  const children = activeInYear(ctx.input.childUnits ?? [], ctx.input.year);
  const aggregation = indicator.aggregation;
  if (children.length === 0 || aggregation.kind === 'none') return null;
  const ids = children.map((c) => c.id);
  const basis = aggregation.kind === 'ratio' ? ctx.byCode.get(aggregation.numeratorCode) : indicator;
  const period = ownPeriod ?? latestChildPeriod(ctx, ids, basis);
  if (!period)
    return {
      kind: 'no_data',
      value: null,
      reporting: 0,
      expected: ids.length,
      period: String(ctx.input.year),
    };
  const r =
    aggregation.kind === 'ratio'
      ? rollUp(aggregation, {
          expected: ids.length,
          numerators: childValues(ctx, ids, basis, period),
          denominators: childValues(ctx, ids, ctx.byCode.get(aggregation.denominatorCode), period),
        })
      : rollUp(aggregation, { expected: ids.length, values: childValues(ctx, ids, indicator, period) });
  if (r.kind === 'not_aggregated') return null;
  return {
    kind: r.kind,
    value: r.kind === 'ok' ? r.value : null,
    reporting: r.reporting,
    expected: r.expected,
    period,
  };
}

export interface RowFigures {
  targets: readonly Target[];
  actual: DatedObservation | null;
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

function partChecks(ctx: ScorecardContext, whole: Indicator, actual: DatedObservation): Check[] {
  const parts = ctx.input.indicators.flatMap((p) => {
    if (p.parentId !== whole.id) return [];
    const f = findFigure(figuresOf(ctx.own, ctx.input.unit.id, p.id), actual.period.code);
    return f ? [{ indicator: p, value: f.observation.value }] : [];
  });
  return checkPartsWithinWhole(
    { indicator: whole, value: actual.observation.value },
    parts,
    actual.period.code,
  );
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
    const c = checkRollup(
      indicator,
      indicator.aggregation,
      actual.observation.value,
      r,
      period,
      ctx.options.checks,
    );
    if (c) checks.push(c);
  }
  if (change?.kind === 'ok') {
    const c = checkChange(indicator, actual.observation.value, change.prior, period, ctx.options.checks);
    if (c) checks.push(c);
  }
  return checks;
}
