// What else an arrangement touches, for the preview to say before anything is written: the figures each
// link hands to its successor (a part without a share hands none: a named gap, not a guess) and the
// accounts whose scope unit ends, which keep working on history but must be moved to the new unit.
import type { ArrangementPlan } from '../../core/arrangement/arrangement-plan';
import type { Unit } from '../../core/types';
import type { Executor } from '../../db/database';
import { createObservationRepository } from '../../db/observation.repository';
import { createUserRepository } from '../../db/user.repository';

export interface InheritedFigures {
  predecessorCode: string;
  successorCode: string;
  /** Figures the predecessor holds. */
  figures: number;
  /** Whether the successor's series takes them in: whole, or a part with a share; a part without, not. */
  inherited: boolean;
  /** Why a part passes nothing, in Vietnamese; null when it passes its figures. */
  gap: string | null;
}

export interface EndingAccount {
  username: string;
  displayName: string;
  scopeCode: string;
}

/** The figures each link of the plan hands on, in the plan's link order. */
export async function inheritedFigures(
  db: Executor,
  plan: ArrangementPlan,
  units: readonly Unit[],
): Promise<InheritedFigures[]> {
  const idOf = new Map(units.map((u) => [u.code, u.id]));
  const ids = plan.links.flatMap((l) => idOf.get(l.predecessorCode) ?? []);
  const counts = await createObservationRepository(db).countByUnit(ids);
  return plan.links.map((l) => {
    const figures = counts.get(idOf.get(l.predecessorCode) ?? -1) ?? 0;
    const inherited = l.scope === 'whole' || l.share !== null;
    return {
      predecessorCode: l.predecessorCode,
      successorCode: l.successorCode,
      figures,
      inherited,
      gap: inherited ? null : 'một phần, không có tỷ lệ: số liệu không được cộng vào đơn vị mới',
    };
  });
}

/** Accounts scoped to a unit the plan ends or dissolves. */
export async function endingAccounts(
  db: Executor,
  plan: ArrangementPlan,
  units: readonly Unit[],
): Promise<EndingAccount[]> {
  const ending = new Set([...plan.endingUnits, ...plan.dissolutions].map((u) => u.code));
  const codeOf = new Map(units.map((u) => [u.id, u.code]));
  return (await createUserRepository(db).findAll())
    .map((a) => ({ a, scopeCode: a.scopeUnitId === null ? null : (codeOf.get(a.scopeUnitId) ?? null) }))
    .filter(({ scopeCode }) => scopeCode !== null && ending.has(scopeCode))
    .map(({ a, scopeCode }) => ({ username: a.username, displayName: a.displayName, scopeCode: scopeCode! }));
}
