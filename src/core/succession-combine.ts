// Combining the source figures of one successor figure by the indicator's aggregation: sums add (a share
// scales its part), ratios are recomputed from their summed parts, means weight each source by its share,
// and `none` passes only from a single whole predecessor.
import type { PickedFigure } from './scorecard-figures';
import { type SourceLeaf, type SourcePaths, shareProduct } from './succession-paths';
import type { Indicator, InheritedSource } from './types';
import type { InheritanceGapReason } from './vi/succession-words';

export interface CombineGap {
  reason: InheritanceGapReason;
  unitIds: number[];
  /** The indicator whose figure is missing: the row's own, or one of a ratio's parts. */
  indicator: Indicator;
}

export type Combined =
  | { kind: 'figure'; value: number; sources: Omit<InheritedSource, 'unitName'>[] }
  | { kind: 'gap'; gaps: CombineGap[] }
  | { kind: 'nothing' };

type Resolve = (indicator: Indicator) => SourcePaths<PickedFigure>;

function sourceOf(indicator: Indicator, leaf: SourceLeaf<PickedFigure>): Omit<InheritedSource, 'unitName'> {
  const { unitId, figure, shares } = leaf;
  const { observationId, value } = figure;
  return { unitId, indicatorId: indicator.id, observationId, period: figure.period.code, value, shares };
}

function gapsOf(indicator: Indicator, paths: SourcePaths<PickedFigure>): Combined {
  return { kind: 'gap', gaps: paths.gaps.map((g) => ({ reason: g.reason, unitIds: [g.unitId], indicator })) };
}

function additive(indicator: Indicator, paths: SourcePaths<PickedFigure>, mean: boolean): Combined {
  if (paths.gaps.length > 0) return gapsOf(indicator, paths);
  if (paths.leaves.length === 0) return { kind: 'nothing' };
  const weights = paths.leaves.map((l) => shareProduct(l.shares));
  const total = paths.leaves.reduce((t, l, i) => t + l.figure.value * weights[i]!, 0);
  const value = mean ? total / weights.reduce((a, b) => a + b, 0) : total;
  return { kind: 'figure', value, sources: paths.leaves.map((l) => sourceOf(indicator, l)) };
}

/** A figure no rule combines (a level, a code) passes only unchanged from one whole predecessor. */
function single(indicator: Indicator, paths: SourcePaths<PickedFigure>): Combined {
  if (paths.gaps.length > 0) return gapsOf(indicator, paths);
  const [only, ...others] = paths.leaves;
  if (!only) return { kind: 'nothing' };
  if (others.length === 0 && only.shares.length === 0) {
    return { kind: 'figure', value: only.figure.value, sources: [sourceOf(indicator, only)] };
  }
  const unitIds = paths.leaves.map((l) => l.unitId);
  return { kind: 'gap', gaps: [{ reason: 'not_combinable', unitIds, indicator }] };
}

function ratio(indicator: Indicator, byCode: ReadonlyMap<string, Indicator>, resolve: Resolve): Combined {
  const a = indicator.aggregation;
  if (a.kind !== 'ratio') return { kind: 'nothing' };
  const numerator = byCode.get(a.numeratorCode);
  const denominator = byCode.get(a.denominatorCode);
  const num = numerator ? additive(numerator, resolve(numerator), false) : ({ kind: 'nothing' } as const);
  const den = denominator
    ? additive(denominator, resolve(denominator), false)
    : ({ kind: 'nothing' } as const);
  // Coverage over the merged area is Σ insured ÷ Σ population, never a mean of the old percentages.
  if (num.kind === 'figure' && den.kind === 'figure' && den.value !== 0) {
    return {
      kind: 'figure',
      value: (num.value / den.value) * a.factor,
      sources: [...num.sources, ...den.sources],
    };
  }
  const own = single(indicator, resolve(indicator));
  if (own.kind === 'figure' || (num.kind !== 'gap' && den.kind !== 'gap')) return own;
  return {
    kind: 'gap',
    gaps: [...(num.kind === 'gap' ? num.gaps : []), ...(den.kind === 'gap' ? den.gaps : [])],
  };
}

/**
 * One successor figure from its sources, by the indicator's aggregation.
 * @example combineSources(tom, byCode, () => ({ leaves: [1000 of Trần Thới, 2000 of thị trấn Cái Nước], gaps: [] }))
 *   → { kind: 'figure', value: 3000, sources: [...] }
 */
export function combineSources(
  indicator: Indicator,
  byCode: ReadonlyMap<string, Indicator>,
  resolve: Resolve,
): Combined {
  switch (indicator.aggregation.kind) {
    case 'sum':
      return additive(indicator, resolve(indicator), false);
    case 'mean':
      return additive(indicator, resolve(indicator), true);
    case 'ratio':
      return ratio(indicator, byCode, resolve);
    case 'none':
      return single(indicator, resolve(indicator));
  }
}
