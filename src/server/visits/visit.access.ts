// The user as the visit rules see them: the unit they act for and the ids of their subtree.
import type { User } from '../../core/types';
import type { Directive, Visit } from '../../core/visit/visit.types';
import { type Actor, canSeeDirective, canSeeVisit, type UnitScope } from '../../core/visit/visit-access';
import type { UnitRepository } from '../../db/unit.repository';
import type { VisitRepository } from '../../db/visit.repository';
import type { DirectiveRepository } from '../../db/visit-directive.repository';
import { forbidden } from '../errors/api-error';
import { notFoundRecord } from '../shared/lookup';

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

/** A directive the user may read, with the user as the rules see them: 404 when unknown, 403 outside scope. */
export async function readableDirective(
  units: UnitRepository,
  directives: DirectiveRepository,
  user: User,
  id: number,
): Promise<{ directive: Directive; actor: Actor }> {
  const directive = await directives.findById(id);
  if (!directive) throw notFoundRecord('kết luận, chỉ đạo', id);
  const viewer = await visitViewer(units, user);
  allow(canSeeDirective(viewer.actor.scope, directive), `id: kết luận ${id} nằm ngoài phạm vi của bạn`);
  return { directive, actor: viewer.actor };
}

/** A visit the user may see (organised or hosted within their subtree): 404 when unknown, 403 outside scope. */
export async function readableVisit(
  units: UnitRepository,
  visits: VisitRepository,
  user: User,
  id: number,
): Promise<Visit> {
  const visit = await visits.findById(id);
  if (!visit) throw notFoundRecord('đoàn công tác', id);
  const { actor } = await visitViewer(units, user);
  allow(canSeeVisit(actor.scope, visit), `id: đoàn công tác ${id} nằm ngoài phạm vi của bạn`);
  return visit;
}
