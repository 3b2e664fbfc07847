// The user as the visit rules see them: the unit they act for and the ids of their subtree.
import type { User } from '../../core/types';
import type { Actor, UnitScope } from '../../core/visit/visit-access';
import type { UnitRepository } from '../../db/unit.repository';
import { forbidden } from '../errors/api-error';

export interface VisitViewer {
  actor: Actor;
  /** Subtree ids for repository filters; null when the user sees every unit. */
  scopeIds: number[] | null;
}

/** Reads the user's subtree once per request, for core rules and repository filters alike. */
export async function visitViewer(units: UnitRepository, user: User): Promise<VisitViewer> {
  const scopeIds = user.scopeUnitId === null ? null : await units.findSubtreeIds(user.scopeUnitId);
  const scope: UnitScope =
    scopeIds === null ? { kind: 'all' } : { kind: 'subtree', unitIds: new Set(scopeIds) };
  return { actor: { userId: user.id, role: user.role, unitId: user.scopeUnitId, scope }, scopeIds };
}

/** 403 unless the check passed, with a sentence saying what is outside the scope. */
export function allow(ok: boolean, message: string): void {
  if (!ok) throw forbidden(message);
}

/** Today's ISO date in UTC, unless the request names one (reports "as of" a date; frozen in tests). */
export function todayOr(asOf: string | undefined): string {
  return asOf ?? new Date().toISOString().slice(0, 10);
}
