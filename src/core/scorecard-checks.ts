// The parts of a scorecard row that look beyond the unit's own figure: its children's roll-up, and
// the checks its figures raise.
import {
  type Check,
  checkChange,
  checkPartsWithinWhole,
  checkRollup,
  checkStatedAchievement,
} from './checks';
import { comparePeriods, type Period, parsePeriod } from './period';
import { reportersFor } from './reporters';
import { type ChildValue, rollUp } from './rollup';
import type { ScorecardChange, ScorecardContext, ScorecardRollup } from './scorecard.types';
import { activeInYear, figureFor, figuresOf, latestActual, type PickedFigure } from './scorecard-figures';
import type { Indicator, Target } from './types';
import { completenessWords } from './vi/completeness-words';

function childValues(
  ctx: ScorecardContext,
  childIds: readonly number[],
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
 * The indicators a unit must report for its figure to count: a ratio's two parts, else the indicator.
 * @example rollupBasis(byCode, bhyt).map((i) => i?.code) → ['BHYT_SONGUOI', 'DAN_SO']
 */
export function rollupBasis(
  byCode: ReadonlyMap<string, Indicator>,
  indicator: Indicator,
): (Indicator | undefined)[] {
  const a = indicator.aggregation;
  return a.kind === 'ratio' ? [byCode.get(a.numeratorCode), byCode.get(a.denominatorCode)] : [indicator];
}

const basisOf = (ctx: ScorecardContext, indicator: Indicator) => rollupBasis(ctx.byCode, indicator);

function rolledUp(ctx: ScorecardContext, indicator: Indicator, ids: readonly number[], period: Period) {
  const aggregation = indicator.aggregation;
  const expected = ids.length;
  if (aggregation.kind !== 'ratio')
    return rollUp(aggregation, { expected, values: childValues(ctx, ids, indicator, period) });
  const [numerator, denominator] = basisOf(ctx, indicator);
  return rollUp(aggregation, {
    expected,
    numerators: childValues(ctx, ids, numerator, period),
    denominators: childValues(ctx, ids, denominator, period),
  });
}

/**
 * The roll-up for the period of the parent's actual (or the latest of the units below), over the units that
 * existed at the period's end at any depth (a unit without its own figure answers through the units below it),
 * with completeness; null when no unit below is expected or the indicator does not roll up.
 * @example rollupFor(ctx, tongSanLuong, parsePeriod('2023-YTD-2023-11-17'))
 *   → { kind: 'ok', value: 40000, reporting: 3, expected: 3, period: '2023-YTD-2023-11-17', completeness: '3/3 xã đã báo cáo' }
 */
export function rollupFor(
  ctx: ScorecardContext,
  indicator: Indicator,
  ownPeriod: Period | null,
): ScorecardRollup | null {
  // Computed by the database (rollup.repository.ts) to the same definition: taken as given.
  if (ctx.input.rollups) return ctx.input.rollups.get(indicator.id) ?? null;
  const below = ctx.input.childUnits ?? [];
  if (below.length === 0 || indicator.aggregation.kind === 'none') return null;
  const basis = basisOf(ctx, indicator);
  const candidates = activeInYear(below, ctx.input.year).map((u) => u.id);
  const period =
    ownPeriod ?? latestChildPeriod(ctx, candidates, basis[0]) ?? parsePeriod(String(ctx.input.year));
  const hasFigure = (unitId: number) =>
    basis.every((i) => i !== undefined && figureFor(figuresOf(ctx.children, unitId, i.id), i.nature, period));
  const { reporting, missing } = reportersFor(below, ctx.input.unit.id, period, hasFigure);
  if (reporting.length + missing.length === 0) return null;
  const ids = [...reporting, ...missing].map((u) => u.id);
  const r = rolledUp(ctx, indicator, ids, period);
  if (r.kind === 'not_aggregated') return null;
  const completeness = completenessWords([
    ...reporting.map((u) => ({ kind: u.kind, reported: true })),
    ...missing.map((u) => ({ kind: u.kind, reported: false })),
  ]);
  const value = r.kind === 'ok' ? r.value : null;
  return {
    kind: r.kind,
    value,
    reporting: r.reporting,
    expected: r.expected,
    period: period.code,
    completeness,
  };
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

/** A figure the unit could not inherit is said on its row, so a blank is never read as a zero. */
function inheritanceChecks(ctx: ScorecardContext, indicator: Indicator): Check[] {
  // The row compares with a year earlier at most; older gaps, and one per month, would bury the message.
  const { year } = ctx.input;
  return (ctx.input.inheritanceGaps ?? []).flatMap((g) => {
    const periods = g.periods
      .map((p) => parsePeriod(p))
      .filter((p) => p.year >= year - 1)
      .sort(comparePeriods)
      .map((p) => p.code);
    if (g.indicatorId !== indicator.id || periods.length === 0) return [];
    const years = [...new Set(periods.map((p) => `năm ${parsePeriod(p).year}`))].join(', ');
    const message = `${indicator.nameVi}: ${g.message} (${years})`;
    const { reason, unitIds } = g;
    const period = periods.at(-1) ?? null;
    return [
      {
        kind: 'inheritance_gap' as const,
        indicatorCode: indicator.code,
        period,
        message,
        reason,
        unitIds,
        periods,
      },
    ];
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
  const checks = [...inheritanceChecks(ctx, indicator), ...statedChecks(ctx, indicator, row.targets)];
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
      { indicator, period, aggregation: indicator.aggregation, own: actual.value, rollup: r },
      ctx.options.checks,
    );
    if (c) checks.push(c);
  }
  if (change?.kind === 'ok') {
    const c = checkChange(
      { indicator, period, current: actual.value, prior: change.prior },
      ctx.options.checks,
    );
    if (c) checks.push(c);
  }
  return checks;
}
