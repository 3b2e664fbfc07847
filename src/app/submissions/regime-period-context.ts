// One regime period as the submission and warning use cases read it: the regime's rules, the cut-off
// window, the due day, the units, and the reporting units a higher unit in the actor's scope oversees.
import { cutoffWindow } from '../../core/cutoff-window';
import { DomainError } from '../../core/errors';
import type { Period } from '../../core/period';
import { dueOn, type Regime, regimePeriod, regimeReporters } from '../../core/regime';
import {
  inActorScope,
  isAtOrUnder,
  type SubmissionActor,
  type UnitIndex,
} from '../../core/submission-access';
import type { Unit } from '../../core/types';
import type { Executor } from '../../db/database';
import { createRegimeRepository } from '../../db/regime.repository';
import { createUnitRepository } from '../../db/unit.repository';

export interface RegimePeriodContext {
  regime: Regime;
  period: Period;
  window: { from: string; to: string };
  due: string;
  units: Unit[];
  index: UnitIndex;
}

export async function regimeByCode(ex: Executor, code: string): Promise<Regime> {
  const regime = await createRegimeRepository(ex).findByCode(code, ex);
  if (!regime) throw new DomainError('not_found', 'regime', `không có chế độ báo cáo mã ${code}`);
  return regime;
}

export async function contextOf(
  ex: Executor,
  regime: Regime,
  periodCode: string,
): Promise<RegimePeriodContext> {
  const period = regimePeriod(regime, periodCode);
  const window = cutoffWindow(period, regime.cutoff);
  const units = await createUnitRepository(ex).findAll(ex);
  return {
    regime,
    period,
    window: { from: window.from, to: window.to },
    due: dueOn(regime.deadline, window),
    units,
    index: new Map(units.map((u) => [u.id, u])),
  };
}

export function unitByCode(context: RegimePeriodContext, code: string, field = 'unit'): Unit {
  const unit = context.units.find((u) => u.code === code);
  if (!unit) throw new DomainError('unknown_unit', field, `không có đơn vị mã ${code}`);
  return unit;
}

/**
 * The reporting units under a higher unit (the actor's scope unit, or the regime's root, when no code is
 * given), refused when that unit lies outside the actor's scope or oversees no reporting unit.
 */
export function boardReporters(
  context: RegimePeriodContext,
  actor: SubmissionActor,
  unitCode: string | undefined,
): Unit[] {
  const higher =
    unitCode !== undefined
      ? unitByCode(context, unitCode)
      : context.index.get(actor.scopeUnitId ?? context.regime.reportingRootUnitId)!;
  if (!inActorScope(context.index, actor, higher.id)) {
    throw new DomainError('forbidden', 'unit', `đơn vị "${higher.name}" nằm ngoài phạm vi của bạn`);
  }
  const reporters = regimeReporters(context.units, context.regime, context.period).filter((u) =>
    isAtOrUnder(context.index, higher.id, u.id),
  );
  if (reporters.length === 0) {
    throw new DomainError(
      'invalid_input',
      'unit',
      `không có đơn vị báo cáo nào của chế độ ${context.regime.code} thuộc "${higher.name}"`,
    );
  }
  return reporters;
}
