// The unit list as a tree in reading order, each unit with its depth, for pickers and the admin tree.
import type { Unit } from '../api/types';

export interface UnitNode {
  unit: Unit;
  depth: number;
}

export function unitTree(units: Unit[]): UnitNode[] {
  const ids = new Set(units.map((u) => u.id));
  const byParent = new Map<number | null, Unit[]>();
  for (const unit of units) {
    // A unit whose parent is outside the user's scope is a root of what the user sees.
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), unit]);
  }
  const out: UnitNode[] = [];
  const visit = (parent: number | null, depth: number) => {
    const children = (byParent.get(parent) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    for (const unit of children) {
      out.push({ unit, depth });
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

export function childrenOf(units: Unit[], unitId: number): Unit[] {
  return units.filter((u) => u.parentId === unitId && u.validTo === null);
}

/** The tree as the options of a select, each name indented by its depth (no-break spaces survive HTML). */
export function unitOptions(nodes: UnitNode[]): { value: string; label: string }[] {
  return nodes.map(({ unit, depth }) => ({
    value: String(unit.id),
    label: `${'\u00a0\u00a0'.repeat(depth)}${unit.name}`,
  }));
}
