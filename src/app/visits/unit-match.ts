// Unit names read from a text ("Ban Thường vụ Huyện ủy Cái Nước") matched to units the user may see.
import type { User } from '../../core/types';
import type { UnitRepository } from '../../db/unit.repository';
import { inScope } from '../access/unit-scope';

export interface UnitMatch {
  name: string;
  unitId: number | null;
  unitName: string | null;
}

// A board of a committee works for the committee: "Ban Thường vụ Huyện ủy X" is the unit "Huyện ủy X".
const BOARD = /^(Ban Thường vụ|Ban Chấp hành|Thường trực)\s+/u;

/** The first unit in scope whose name contains the (board-stripped) name, or none. */
export async function matchUnitNames(
  units: UnitRepository,
  user: User,
  names: string[],
): Promise<UnitMatch[]> {
  const matches: UnitMatch[] = [];
  for (const name of names) {
    const candidates = await units.findByCodeOrName(name.replace(BOARD, ''));
    let found = null;
    for (const c of candidates) {
      if (await inScope(units, user, c.id)) {
        found = c;
        break;
      }
    }
    matches.push({ name, unitId: found?.id ?? null, unitName: found?.name ?? null });
  }
  return matches;
}
