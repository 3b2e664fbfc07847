// Walking a successor's lineage back to the units that hold a figure for a period: a unit answers with its
// own figure, else through the links that took effect after the period ended, each part scaling by its share.
import type { Period } from './period';
import type { AppliedShare, UnitLink } from './types';

/** A unit on the lineage with a figure for the period, and the shares on its way to the successor. */
export interface SourceLeaf<F> {
  unitId: number;
  figure: F;
  shares: AppliedShare[];
}

/** Why a path yields nothing: a part whose share no source gives, or a unit with no figure. */
export interface PathGap {
  reason: 'part_without_share' | 'missing_figure';
  unitId: number;
}

export interface SourcePaths<F> {
  leaves: SourceLeaf<F>[];
  gaps: PathGap[];
}

/** The links into each unit, so each step back is a lookup. */
export type LinksInto = Map<number, UnitLink[]>;

/**
 * Indexes a lineage by successor.
 * @example linksInto([{ predecessorId: 2, successorId: 9, … }]).get(9)?.length === 1
 */
export function linksInto(links: readonly UnitLink[]): LinksInto {
  const into: LinksInto = new Map();
  for (const l of links) into.set(l.successorId, [...(into.get(l.successorId) ?? []), l]);
  return into;
}

/**
 * The units whose figures make up `unitId`'s figure for `period`: every predecessor whose link took effect
 * after the period ended, and theirs in turn where they hold no figure of their own (chains compose, shares
 * multiply). A part without a share, or a predecessor with no figure, is a gap, never a silent zero.
 * @example sourcePaths(linksInto([B→D, C→D on 2025-07-01, A→B on 2023-01-01]), D, 2022, pick)
 *   → { leaves: [A's 2022, C's 2022], gaps: [] }
 */
export function sourcePaths<F>(
  into: LinksInto,
  unitId: number,
  period: Period,
  pick: (unitId: number) => F | null,
): SourcePaths<F> {
  const result: SourcePaths<F> = { leaves: [], gaps: [] };
  const walk = (id: number, shares: AppliedShare[], seen: ReadonlySet<number>) => {
    const before = (into.get(id) ?? []).filter((l) => l.effectiveOn > period.end);
    for (const link of before) {
      const from = link.predecessorId;
      if (seen.has(from)) continue;
      if (link.scope === 'part' && (link.share === null || link.basis === null)) {
        result.gaps.push({ reason: 'part_without_share', unitId: from });
        continue;
      }
      const path = link.scope === 'part' ? [...shares, { share: link.share!, basis: link.basis! }] : shares;
      const own = pick(from);
      if (own !== null) result.leaves.push({ unitId: from, figure: own, shares: path });
      else if ((into.get(from) ?? []).some((l) => l.effectiveOn > period.end))
        walk(from, path, new Set([...seen, from]));
      else result.gaps.push({ reason: 'missing_figure', unitId: from });
    }
  };
  walk(unitId, [], new Set([unitId]));
  return result;
}

/**
 * The product of a path's shares: the fraction of the source that reached the successor.
 * @example shareProduct([{ share: 0.5, basis: 'population' }, { share: 0.4, basis: 'population' }]) === 0.2
 */
export function shareProduct(shares: readonly AppliedShare[]): number {
  return shares.reduce((p, s) => p * s.share, 1);
}
