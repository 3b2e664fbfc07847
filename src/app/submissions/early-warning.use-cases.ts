// Early warnings for a higher unit's board: for each reporting unit under it, the indicators of the
// regime whose year target is at risk, whose figure is late, or that wait for approval — with reasons.
import { type EarlyWarning, earlyWarnings } from '../../core/early-warning';
import { warningIndicator } from '../../core/early-warning-inputs';
import { type SubmissionStatus, vietnamDay } from '../../core/submission';
import type { SubmissionActor } from '../../core/submission-access';
import type { Observation, Target, Unit } from '../../core/types';
import type { Db } from '../../db/database';
import { createIndicatorRepository } from '../../db/indicator.repository';
import { createObservationRepository } from '../../db/observation.repository';
import { createSubmissionRepository } from '../../db/submission.repository';
import { createTargetRepository } from '../../db/target.repository';
import { boardReporters, contextOf, regimeByCode } from './regime-period-context';
import type { BoardQuery } from './submission.use-cases';

export interface UnitWarnings {
  unit: Pick<Unit, 'code' | 'name'>;
  status: SubmissionStatus;
  warnings: EarlyWarning[];
}

export interface WarningBoard {
  regime: string;
  period: string;
  deadline: string;
  /** The day in Vietnam the warnings were read on. */
  asOf: string;
  /** Only the units with at least one warning, in the board's order. */
  units: UnitWarnings[];
}

function byUnit<T extends { unitId: number }>(rows: readonly T[]): Map<number, T[]> {
  const grouped = new Map<number, T[]>();
  for (const row of rows) {
    const list = grouped.get(row.unitId);
    if (list) list.push(row);
    else grouped.set(row.unitId, [row]);
  }
  return grouped;
}

export function createEarlyWarningUseCases(db: Db, clock: { now(): Date } = { now: () => new Date() }) {
  return {
    /** The warnings of the reporting units under a higher unit in the actor's scope, for one regime period. */
    async forBoard(actor: SubmissionActor, query: BoardQuery): Promise<WarningBoard> {
      return db.transaction(async (tx) => {
        const context = await contextOf(tx, await regimeByCode(tx, query.regime), query.period);
        const reporters = boardReporters(context, actor, query.unit);
        const unitIds = reporters.map((u) => u.id);
        const year = context.period.year;
        const period = context.period.code;
        const submissions = await createSubmissionRepository(tx).findForBoard(
          { regimeId: context.regime.id, period },
          tx,
        );
        const figures = byUnit<Observation>(
          await createObservationRepository(tx).findMany({ unitIds, year }, tx),
        );
        const targets = byUnit<Target>(
          await createTargetRepository(tx).findForUnitsYear({ unitIds, year }, tx),
        );
        const catalog = new Map((await createIndicatorRepository(tx).findAll(tx)).map((i) => [i.id, i]));
        const indicators = context.regime.indicatorIds.flatMap((id) => catalog.get(id) ?? []);
        const submissionOf = new Map(submissions.map((s) => [s.unitId, s]));
        const asOf = vietnamDay(clock.now().toISOString());
        const units = reporters.map((unit) => {
          const s = submissionOf.get(unit.id);
          const status = s?.status ?? 'not_submitted';
          const warnings = earlyWarnings({
            asOf,
            submission: { status, dueOn: context.due, submittedAt: s?.submittedAt ?? null },
            indicators: indicators.map((i) =>
              warningIndicator(i, context.period, figures.get(unit.id) ?? [], targets.get(unit.id) ?? []),
            ),
          });
          return { unit: { code: unit.code, name: unit.name }, status, warnings };
        });
        const warned = units.filter((u) => u.warnings.length > 0);
        return { regime: context.regime.code, period, deadline: context.due, asOf, units: warned };
      });
    },
  };
}

export type EarlyWarningUseCases = ReturnType<typeof createEarlyWarningUseCases>;
