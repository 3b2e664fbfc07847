// A successor's targets for its transition year, combined from its predecessors' targets for that year the way
// their figures combine (summed where the indicator sums, a part scaled by its share). A target the successor
// sets itself (its first congress's term resolution) replaces them.
import { parsePeriod } from './period';
import type { PickedFigure } from './scorecard-figures';
import type { InheritanceGap } from './succession';
import { combineSources } from './succession-combine';
import type { PathGap, SourcePaths } from './succession-paths';
import type { Indicator, InheritedSource, Target, UnitLink } from './types';
import { inheritanceGapMessage, inheritedLabel } from './vi/succession-words';

export interface TargetSuccessionInput {
  unitId: number;
  year: number;
  /** The unit's links; those into it that took effect during `year` carry targets. */
  lineage: readonly UnitLink[];
  /** The predecessors' targets and the unit's own. */
  targets: readonly Target[];
  indicators: readonly Indicator[];
  unitNames: ReadonlyMap<number, string>;
}

export interface TargetSuccession {
  targets: Target[];
  gaps: InheritanceGap[];
}

type Group = Pick<Target, 'indicatorId' | 'source' | 'fromYear' | 'toYear'>;

const keyOf = (t: Group) => `${t.indicatorId}|${t.source}|${t.fromYear}|${t.toYear}`;

function paths(links: readonly UnitLink[], targets: readonly Target[], group: Group, indicator: Indicator) {
  const period = parsePeriod(String(group.fromYear));
  const result: SourcePaths<PickedFigure> = { leaves: [], gaps: [] };
  for (const link of links) {
    const unitId = link.predecessorId;
    const gap = (reason: PathGap['reason']) => result.gaps.push({ reason, unitId });
    if (link.scope === 'part' && (link.share === null || link.basis === null)) {
      gap('part_without_share');
      continue;
    }
    const t = targets.find(
      (x) => x.unitId === unitId && keyOf(x) === keyOf({ ...group, indicatorId: indicator.id }),
    );
    if (!t) {
      gap('missing_figure');
      continue;
    }
    const shares = link.scope === 'part' ? [{ share: link.share!, basis: link.basis! }] : [];
    result.leaves.push({
      unitId,
      shares,
      figure: { period, value: t.value, observationId: t.id, note: null },
    });
  }
  return result;
}

function inheritedTarget(
  input: TargetSuccessionInput,
  group: Group,
  value: number,
  sources: readonly Pick<InheritedSource, 'unitId' | 'shares'>[],
): Target {
  const names = sources.map((s) => ({
    name: input.unitNames.get(s.unitId) ?? `#${s.unitId}`,
    shares: s.shares,
  }));
  // In the order of the sources, as the label names them.
  const documents = [
    ...new Set(
      sources.flatMap(
        (s) => input.targets.find((t) => t.unitId === s.unitId && keyOf(t) === keyOf(group))?.document ?? [],
      ),
    ),
  ];
  return {
    id: 0,
    unitId: input.unitId,
    ...group,
    value,
    document: documents.length > 0 ? documents.join('; ') : null,
    derivedFrom: inheritedLabel(names),
  };
}

/**
 * The targets a successor inherits for its transition year, and the ones it cannot (a part without a share,
 * a predecessor without that target).
 * @example inheritTargets({ unitId: 9, year: 2025, lineage: [3 → 9, 4 → 9 whole on 2025-07-01],
 *   targets: [tôm 2025 of 3: 1100, of 4: 2200], … }).targets[0]
 *   → { unitId: 9, value: 3300, derivedFrom: 'Kế thừa từ: xã Trần Thới, thị trấn Cái Nước', … }
 */
export function inheritTargets(input: TargetSuccessionInput): TargetSuccession {
  const { unitId, year } = input;
  const links = input.lineage.filter((l) => l.successorId === unitId && l.effectiveOn.startsWith(`${year}-`));
  const predecessors = new Set(links.map((l) => l.predecessorId));
  const covers = (t: Target) => t.fromYear <= year && year <= t.toYear;
  const ownIndicators = new Set(
    input.targets.filter((t) => t.unitId === unitId && covers(t)).map((t) => t.indicatorId),
  );
  const groups = new Map<string, Group>();
  for (const t of input.targets) {
    if (predecessors.has(t.unitId) && covers(t) && !ownIndicators.has(t.indicatorId)) groups.set(keyOf(t), t);
  }
  const byId = new Map(input.indicators.map((i) => [i.id, i]));
  const byCode = new Map(input.indicators.map((i) => [i.code, i]));
  const result: TargetSuccession = { targets: [], gaps: [] };
  for (const g of groups.values()) {
    const indicator = byId.get(g.indicatorId);
    if (!indicator) continue;
    const group = { indicatorId: g.indicatorId, source: g.source, fromYear: g.fromYear, toYear: g.toYear };
    const c = combineSources(indicator, byCode, (i) => paths(links, input.targets, group, i));
    if (c.kind === 'figure') result.targets.push(inheritedTarget(input, group, c.value, c.sources));
    if (c.kind !== 'gap') continue;
    for (const gap of c.gaps) {
      const names = gap.unitIds.map((id) => input.unitNames.get(id) ?? `#${id}`);
      const message = inheritanceGapMessage(gap.reason, names, 'target');
      result.gaps.push({
        indicatorId: g.indicatorId,
        reason: gap.reason,
        unitIds: gap.unitIds,
        periods: [String(year)],
        message,
      });
    }
  }
  return result;
}
