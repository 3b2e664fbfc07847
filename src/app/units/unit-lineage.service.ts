// A unit's history: the units it was formed from and those it passed into, each link with its scope,
// share, date and document (issue 11 item 6), for `tiendo units show` and the unit's page.
import type { Unit, UnitLink } from '../../core/types';
import { findUnit } from '../../core/unit-lookup';
import type { Db } from '../../db/database';
import { createUnitRepository } from '../../db/unit.repository';

export interface LineageStep {
  unit: Unit;
  scope: UnitLink['scope'];
  share: number | null;
  basis: UnitLink['basis'];
  effectiveOn: string;
  document: string | null;
}

export interface UnitLineage {
  unit: Unit;
  predecessors: LineageStep[];
  successors: LineageStep[];
}

export function createUnitLineageService(db: Db) {
  const units = createUnitRepository(db);
  return {
    /** The lineage of a unit named by code or name (ended units included); unknown_unit otherwise. */
    async lineageOf(query: string): Promise<UnitLineage> {
      const all = await units.findAll();
      const unit = findUnit(all, query);
      const byId = new Map(all.map((u) => [u.id, u]));
      const { predecessors, successors } = await units.findLinks(unit.id);
      const step = (link: UnitLink, other: number): LineageStep => ({
        unit: byId.get(other)!,
        scope: link.scope,
        share: link.share,
        basis: link.basis,
        effectiveOn: link.effectiveOn,
        document: link.document,
      });
      return {
        unit,
        predecessors: predecessors.map((l) => step(l, l.predecessorId)),
        successors: successors.map((l) => step(l, l.successorId)),
      };
    },
  };
}
