// The scorecard as a reader asks for it: the unit must be one the actor sees, then the one scorecard
// service serves it (stale while its recompute runs), with the years that hold data and the state report.
import type { Unit } from '../../core/types';
import type { DataYear } from '../../db/data-years.repository';
import { createDataYearsRepository } from '../../db/data-years.repository';
import type { Db } from '../../db/database';
import { createUnitRepository } from '../../db/unit.repository';
import { requireUnit, type ScopedActor } from '../access/unit-scope';
import { createVersionedUnitLookups } from '../access/versioned-unit-lookups';
import type { StateReport, StateReportRequest, StateReportService } from '../reports/state-report.service';
import type { ScorecardService, ServedScorecard, VersionedScorecard } from './scorecard.service';

/** Which scorecard: the unit by id, the year, the cut-off, and the data version the request read. */
export interface ScorecardAsk {
  unitId: number;
  year: number;
  asOf?: string | null | undefined;
  dataVersion: number;
}

export function createScorecardUseCases(
  db: Db,
  scorecards: ScorecardService,
  stateReports: StateReportService,
) {
  // The hot path: with the data version read with the session, a repeated request costs one query.
  const lookups = createVersionedUnitLookups(createUnitRepository(db));
  const dataYears = createDataYearsRepository(db);
  const readable = (actor: ScopedActor, unitId: number, dataVersion: number): Promise<Unit> =>
    requireUnit(lookups.at(dataVersion), actor, unitId, 'read', 'id');

  return {
    /** The last computed scorecard, never waiting on a recompute once there is one. */
    async serve(actor: ScopedActor, ask: ScorecardAsk): Promise<ServedScorecard & { unit: Unit }> {
      const unit = await readable(actor, ask.unitId, ask.dataVersion);
      return { unit, ...(await scorecards.serve({ ...ask, unit })) };
    },

    /** The scorecard as of now, waiting for its recompute (downloads must not be stale). */
    async current(
      actor: ScopedActor,
      ask: ScorecardAsk,
    ): Promise<{ unit: Unit; scorecard: VersionedScorecard }> {
      const unit = await readable(actor, ask.unitId, ask.dataVersion);
      return { unit, scorecard: await scorecards.scorecardOf({ ...ask, unit }) };
    },

    /** Years with targets or figures under the unit, newest first. */
    async dataYears(actor: ScopedActor, unitId: number, dataVersion: number): Promise<DataYear[]> {
      const unit = await readable(actor, unitId, dataVersion);
      return dataYears.findForSubtree(unit.id);
    },

    /** The unit's report in the state format (Nghị định 30/2020/NĐ-CP). */
    async stateReport(
      actor: ScopedActor,
      unitId: number,
      dataVersion: number,
      request: Omit<StateReportRequest, 'unit'>,
    ): Promise<StateReport> {
      const unit = await readable(actor, unitId, dataVersion);
      return stateReports.stateReportOf({ ...request, unit });
    },
  };
}

export type ScorecardUseCases = ReturnType<typeof createScorecardUseCases>;
