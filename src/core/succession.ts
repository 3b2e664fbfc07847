// A unit formed by a merge (or a rename) inherits its predecessors' figures for the periods before the link
// took effect, so its year-on-year change and seasonal profile reach back past 1/7/2025. Old figures stay
// stored with the old unit; they roll into the successor only through the explicit link. A split cannot be
// apportioned, so a split predecessor passes nothing on.
import { parsePeriod } from './period';
import type { Figure, Indicator, Observation, UnitLink } from './types';

export interface SuccessionInput {
  unitId: number;
  /** Links whose successor is this unit. */
  links: readonly UnitLink[];
  /** The predecessors' figures (any periods; those ending on or after the link's date are ignored). */
  predecessorObservations: readonly Figure[];
  indicators: readonly Indicator[];
}

type Group = {
  indicatorId: number;
  period: string;
  kind: Observation['kind'];
  values: number[];
  from: Set<number>;
};

function groupBefore(input: SuccessionInput): Map<string, Group> {
  const effective = new Map<number, string>();
  for (const l of input.links) {
    if (l.successorId === input.unitId && l.kind !== 'split') effective.set(l.predecessorId, l.effectiveOn);
  }
  const groups = new Map<string, Group>();
  for (const o of input.predecessorObservations) {
    const on = effective.get(o.unitId);
    if (!on || parsePeriod(o.period).end >= on) continue;
    const key = `${o.indicatorId}|${o.period}|${o.kind}`;
    const g = groups.get(key) ?? {
      indicatorId: o.indicatorId,
      period: o.period,
      kind: o.kind,
      values: [],
      from: new Set(),
    };
    g.values.push(o.value);
    g.from.add(o.unitId);
    groups.set(key, g);
  }
  return groups;
}

function combine(
  indicator: Indicator,
  g: Group,
  groups: Map<string, Group>,
  byCode: Map<string, Indicator>,
): number | null {
  const total = g.values.reduce((a, b) => a + b, 0);
  const a = indicator.aggregation;
  if (a.kind === 'sum') return total;
  if (a.kind === 'mean') return total / g.values.length;
  if (a.kind === 'none') return g.from.size === 1 ? total : null;
  const part = (code: string) => {
    const p = byCode.get(code);
    const pg = p ? groups.get(`${p.id}|${g.period}|${g.kind}`) : undefined;
    return pg && pg.from.size === g.from.size ? pg.values.reduce((x, y) => x + y, 0) : null;
  };
  const num = part(a.numeratorCode);
  const den = part(a.denominatorCode);
  // Coverage is insured ÷ population over the merged area, never an average of the old percentages.
  if (num !== null && den !== null && den !== 0) return (num / den) * a.factor;
  return g.from.size === 1 ? total : null;
}

/**
 * The figures a successor inherits, one per indicator, period and kind, combined by the indicator's aggregation.
 * @example inheritedObservations({ unitId: 9, links: [{ predecessorId: 2, successorId: 9, kind: 'merge', effectiveOn: '2025-07-01' }, { predecessorId: 3, … }],
 *   predecessorObservations: [tôm 2024 of unit 2: 26000, of unit 3: 14000], indicators }) → [{ unitId: 9, period: '2024', value: 40000 }]
 */
export function inheritedObservations(input: SuccessionInput): Observation[] {
  const groups = groupBefore(input);
  const byId = new Map(input.indicators.map((i) => [i.id, i]));
  const byCode = new Map(input.indicators.map((i) => [i.code, i]));
  const out: Observation[] = [];
  for (const g of groups.values()) {
    const indicator = byId.get(g.indicatorId);
    const value = indicator ? combine(indicator, g, groups, byCode) : null;
    if (value === null) continue;
    out.push({
      id: 0,
      unitId: input.unitId,
      indicatorId: g.indicatorId,
      period: g.period,
      kind: g.kind,
      value,
      note: `Kế thừa từ ${g.from.size} đơn vị trước sáp nhập`,
      provenance: { kind: 'derived', from: `unit_links: ${[...g.from].sort((x, y) => x - y).join(', ')}` },
      version: 0,
    });
  }
  return out;
}
