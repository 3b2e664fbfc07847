// The user as the visit rules of core see them (the unit they act for, the ids of their subtree), and the
// refusals those rules give, as core's DomainError: shared by the visit, directive, evidence and
// inspection use cases.
import { DomainError } from '../../core/errors';
import type { User } from '../../core/types';
import { type Actor, canSeeDirective, canSeeVisit, type UnitScope } from '../../core/visit/visit-access';
import type { UnitRepository } from '../../db/unit.repository';
import type { StoredVisit, VisitRepository } from '../../db/visit.repository';
import type { DirectiveRepository, StoredDirective } from '../../db/visit-directive.repository';
import { notFoundRecord } from '../access/unit-scope';

export interface VisitViewer {
  actor: Actor;
  /** Subtree ids for repository filters; null when the user sees every unit. */
  scopeIds: number[] | null;
}

/** Reads the user's subtree once, for core rules and repository filters alike. */
export async function visitViewer(
  units: Pick<UnitRepository, 'findSubtreeIds'>,
  user: User,
): Promise<VisitViewer> {
  const scopeIds = user.scopeUnitId === null ? null : await units.findSubtreeIds(user.scopeUnitId);
  const scope: UnitScope =
    scopeIds === null ? { kind: 'all' } : { kind: 'subtree', unitIds: new Set(scopeIds) };
  return { actor: { userId: user.id, role: user.role, unitId: user.scopeUnitId, scope }, scopeIds };
}

/** forbidden unless the rule allowed it, with a sentence saying who may. */
export function allow(ok: boolean, message: string): void {
  if (!ok) throw new DomainError('forbidden', null, message);
}

/** Today's ISO date in UTC, unless the caller names one (reports "as of" a date; frozen in tests). */
export function todayOr(asOf: string | undefined): string {
  return asOf ?? new Date().toISOString().slice(0, 10);
}

/** A directive the user may read, with the user as the rules see them: not_found, or forbidden outside scope. */
export async function readableDirective(
  units: Pick<UnitRepository, 'findSubtreeIds'>,
  directives: Pick<DirectiveRepository, 'findById'>,
  user: User,
  id: number,
): Promise<{ directive: StoredDirective; actor: Actor }> {
  const directive = await directives.findById(id);
  if (!directive) throw notFoundRecord('kết luận, chỉ đạo', id);
  const { actor } = await visitViewer(units, user);
  allow(canSeeDirective(actor.scope, directive), `id: kết luận ${id} nằm ngoài phạm vi của bạn`);
  return { directive, actor };
}

/** A visit the user may see (organised or hosted within their subtree): not_found, or forbidden outside scope. */
export async function readableVisit(
  units: Pick<UnitRepository, 'findSubtreeIds'>,
  visits: Pick<VisitRepository, 'findById'>,
  user: User,
  id: number,
): Promise<StoredVisit> {
  const visit = await visits.findById(id);
  if (!visit) throw notFoundRecord('đoàn công tác', id);
  const { actor } = await visitViewer(units, user);
  allow(canSeeVisit(actor.scope, visit), `id: đoàn công tác ${id} nằm ngoài phạm vi của bạn`);
  return visit;
}
