// Roll-up of children's figures to their parent unit, by the indicator's aggregation.
import type { Aggregation } from './types';

/** One child unit's figure for the period rolled up. */
export interface ChildValue {
  unitId: number;
  value: number;
}

export type Rollup =
  | { kind: 'ok'; value: number; reporting: number; expected: number }
  | { kind: 'no_data'; reporting: 0; expected: number }
  | { kind: 'zero_denominator'; reporting: number; expected: number }
  | { kind: 'not_aggregated' };

export interface RollupInput {
  /** How many children should report: completeness is reporting of expected. */
  expected: number;
  /** Children's figures of the indicator itself (sum, mean). */
  values?: readonly ChildValue[];
  /** Children's figures of the ratio's two parts (ratio). */
  numerators?: readonly ChildValue[];
  denominators?: readonly ChildValue[];
}

function sumOf(values: readonly ChildValue[]): number {
  return values.reduce((total, v) => total + v.value, 0);
}

function lastPerUnit(values: readonly ChildValue[]): Map<number, number> {
  return new Map(values.map((v) => [v.unitId, v.value]));
}

/**
 * The parent's figure from its children's: sum; mean over the children that reported; or a ratio
 * whose parts are summed first (coverage is Σ insured ÷ Σ population × 100, never a mean of percentages).
 * A child counts as reporting a ratio only when it reported both parts.
 * @example rollUp({ kind: 'ratio', numeratorCode: 'BHYT_SONGUOI', denominatorCode: 'DAN_SO', factor: 100 },
 *   { expected: 3, numerators: [{ unitId: 1, value: 900 }, { unitId: 2, value: 9500 }],
 *     denominators: [{ unitId: 1, value: 1000 }, { unitId: 2, value: 10000 }] })
 *   → { kind: 'ok', value: 94.545…, reporting: 2, expected: 3 } // not (90 + 95) ÷ 2
 */
export function rollUp(aggregation: Aggregation, input: RollupInput): Rollup {
  const { expected } = input;
  switch (aggregation.kind) {
    case 'none':
      return { kind: 'not_aggregated' };
    case 'sum':
    case 'mean': {
      const values = [...lastPerUnit(input.values ?? []).entries()].map(([unitId, value]) => ({
        unitId,
        value,
      }));
      if (values.length === 0) return { kind: 'no_data', reporting: 0, expected };
      const total = sumOf(values);
      const value = aggregation.kind === 'sum' ? total : total / values.length;
      return { kind: 'ok', value, reporting: values.length, expected };
    }
    case 'ratio': {
      const numerators = lastPerUnit(input.numerators ?? []);
      const denominators = lastPerUnit(input.denominators ?? []);
      const both = [...numerators.keys()].filter((id) => denominators.has(id));
      if (both.length === 0) return { kind: 'no_data', reporting: 0, expected };
      const num = both.reduce((t, id) => t + numerators.get(id)!, 0);
      const den = both.reduce((t, id) => t + denominators.get(id)!, 0);
      if (den === 0) return { kind: 'zero_denominator', reporting: both.length, expected };
      return { kind: 'ok', value: (num / den) * aggregation.factor, reporting: both.length, expected };
    }
  }
}

export interface RollupComparison {
  own: number;
  rollup: number;
  /** own − roll-up, and that as a percent of own (null when own is 0). */
  difference: number;
  percent: number | null;
  complete: boolean;
}

/**
 * A parent's own figure beside its children's roll-up; both are kept, and the gap is measured.
 * @example compareWithRollup(40945, { kind: 'ok', value: 40500, reporting: 3, expected: 3 })
 *   → { own: 40945, rollup: 40500, difference: 445, percent: 1.0868…, complete: true }
 */
export function compareWithRollup(own: number, rollup: Rollup): RollupComparison | null {
  if (rollup.kind !== 'ok') return null;
  const difference = own - rollup.value;
  return {
    own,
    rollup: rollup.value,
    difference,
    percent: own === 0 ? null : (difference / Math.abs(own)) * 100,
    complete: rollup.reporting >= rollup.expected,
  };
}
