// A successor's figures for the periods before it existed, rebuilt from every predecessor's (the comparable
// basis: "so với cùng kỳ, cùng địa giới"). Old figures stay stored with the old units; they reach a successor
// only through its links, combined by the indicator's aggregation the way a roll-up combines children.
import { type Period, tryParsePeriod } from './period';
import {
  exactFigure,
  figureFor,
  figuresOf,
  indexObservations,
  type ObservationIndex,
  type PickedFigure,
} from './scorecard-figures';
import { type Combined, combineSources } from './succession-combine';
import { type LinksInto, linksInto, sourcePaths } from './succession-paths';
import { straddledFigures } from './succession-straddle';
import type { Figure, Indicator, ObservationKind, UnitLink } from './types';
import { type InheritanceGapReason, inheritanceGapMessage, inheritedLabel } from './vi/succession-words';

export interface SuccessionInput {
  unitId: number;
  /** Every link on a path into the unit, at any depth (unit.repository findLineage). */
  lineage: readonly UnitLink[];
  /** The figures of the units on the lineage (any periods; those after a link took effect are ignored). */
  figures: readonly Figure[];
  indicators: readonly Indicator[];
  /** Names of the units on the lineage, for the labels. */
  unitNames: ReadonlyMap<number, string>;
  /** The unit's own stored figures: in the year it began, its own flow from that day adds to the inherited. */
  ownFigures?: readonly Figure[];
}

/** Why a successor has no inherited figure for an indicator, and for which periods. */
export interface InheritanceGap {
  indicatorId: number;
  reason: InheritanceGapReason;
  unitIds: number[];
  periods: string[];
  message: string;
}

export interface Succession {
  figures: Figure[];
  gaps: InheritanceGap[];
}

interface Context {
  input: SuccessionInput;
  index: ObservationIndex;
  into: LinksInto;
  byCode: Map<string, Indicator>;
}

function pickerOf(ctx: Context, indicator: Indicator, kind: ObservationKind, period: Period) {
  return (unitId: number): PickedFigure | null => {
    const figures = figuresOf(ctx.index, unitId, indicator.id);
    if (kind === 'actual') return figureFor(figures, indicator.nature, period);
    const exact = exactFigure(figures, period.code, kind);
    return exact
      ? { period, value: exact.observation.value, observationId: exact.observation.id, note: null }
      : null;
  };
}

function resolver(ctx: Context, kind: ObservationKind, period: Period) {
  return (indicator: Indicator) =>
    sourcePaths(ctx.into, ctx.input.unitId, period, pickerOf(ctx, indicator, kind, period));
}

/** The periods any unit on the lineage reported the indicator (or a ratio's parts) for, by kind. */
function candidatePeriods(ctx: Context, indicator: Indicator): Map<string, Set<string>> {
  const a = indicator.aggregation;
  const ids = new Set([indicator.id]);
  if (a.kind === 'ratio')
    for (const code of [a.numeratorCode, a.denominatorCode]) ids.add(ctx.byCode.get(code)?.id ?? -1);
  const byKind = new Map<string, Set<string>>();
  for (const f of ctx.input.figures) {
    if (!ids.has(f.indicatorId)) continue;
    const codes = byKind.get(f.kind) ?? new Set();
    codes.add(f.period);
    byKind.set(f.kind, codes);
  }
  return byKind;
}

function sourcesOf(ctx: Context, c: Combined & { kind: 'figure' }) {
  const names = ctx.input.unitNames;
  const sources = c.sources.map((s) => ({ ...s, unitName: names.get(s.unitId) ?? `#${s.unitId}` }));
  return { label: inheritedLabel(sources.map((s) => ({ name: s.unitName, shares: s.shares }))), sources };
}

/** The flows of the year the unit began, for each day its links took effect. */
function straddled(ctx: Context): Figure[] {
  const { unitId, lineage, ownFigures = [], unitNames } = ctx.input;
  const starts = new Set(lineage.filter((l) => l.successorId === unitId).map((l) => l.effectiveOn));
  return [...starts].flatMap((startsOn) =>
    ctx.input.indicators.flatMap((indicator) =>
      straddledFigures({
        unitId,
        unitName: unitNames.get(unitId) ?? `#${unitId}`,
        startsOn,
        indicator,
        own: ownFigures.filter((f) => f.indicatorId === indicator.id && f.unitId === unitId),
        baseOf: (period) => combineSources(indicator, ctx.byCode, resolver(ctx, 'actual', period)),
        labelOf: (base) => sourcesOf(ctx, base),
      }),
    ),
  );
}

function inheritedFigure(
  ctx: Context,
  indicator: Indicator,
  kind: ObservationKind,
  period: Period,
  c: Combined & { kind: 'figure' },
): Figure {
  const { label, sources } = sourcesOf(ctx, c);
  return {
    id: 0,
    unitId: ctx.input.unitId,
    indicatorId: indicator.id,
    period: period.code,
    kind,
    value: c.value,
    note: label,
    inherited: { kind: 'inherited', label, sources },
  };
}

/** A unit with no figure of the indicator all year is missing; one that reports more coarsely is not. */
function reportsInYear(ctx: Context, unitId: number, indicator: Indicator, year: number): boolean {
  return figuresOf(ctx.index, unitId, indicator.id).some((f) => f.period.year === year);
}

function collectGaps(
  ctx: Context,
  found: Map<string, InheritanceGap>,
  indicator: Indicator,
  period: Period,
  c: Combined & { kind: 'gap' },
) {
  for (const g of c.gaps) {
    if (
      g.reason === 'missing_figure' &&
      g.unitIds.some((id) => reportsInYear(ctx, id, g.indicator, period.year))
    )
      continue;
    const key = `${indicator.id}|${g.reason}|${g.unitIds.join(',')}`;
    const names = g.unitIds.map((id) => ctx.input.unitNames.get(id) ?? `#${id}`);
    const gap = found.get(key) ?? {
      indicatorId: indicator.id,
      reason: g.reason,
      unitIds: g.unitIds,
      periods: [],
      message: inheritanceGapMessage(g.reason, names),
    };
    if (!gap.periods.includes(period.code)) gap.periods.push(period.code);
    found.set(key, gap);
  }
}

/**
 * The figures a successor inherits, one per indicator, period and kind, each combined from every predecessor
 * and labelled; where a part has no share or a predecessor no figure, a named gap instead of a figure.
 * @example inheritFigures({ unitId: 9, lineage: [Trần Thới → 9, thị trấn Cái Nước → 9 (whole, 2025-07-01)],
 *   figures: [tôm 2024: 1000 and 2000], … }).figures[0]
 *   → { unitId: 9, period: '2024', value: 3000, note: 'Kế thừa từ: xã Trần Thới, thị trấn Cái Nước', … }
 */
export function inheritFigures(input: SuccessionInput): Succession {
  const ctx: Context = {
    input,
    index: indexObservations(input.figures),
    into: linksInto(input.lineage),
    byCode: new Map(input.indicators.map((i) => [i.code, i])),
  };
  const figures: Figure[] = [];
  const gaps = new Map<string, InheritanceGap>();
  if (input.lineage.length === 0) return { figures, gaps: [] };
  for (const indicator of input.indicators) {
    for (const [kind, codes] of candidatePeriods(ctx, indicator)) {
      for (const code of codes) {
        const period = tryParsePeriod(code);
        if (!period) continue;
        const k = kind as ObservationKind;
        const c = combineSources(indicator, ctx.byCode, resolver(ctx, k, period));
        if (c.kind === 'figure') figures.push(inheritedFigure(ctx, indicator, k, period, c));
        else if (c.kind === 'gap') collectGaps(ctx, gaps, indicator, period, c);
      }
    }
  }
  figures.push(...straddled(ctx));
  return { figures, gaps: [...gaps.values()] };
}
