// Gathers a scorecard's inputs from the repositories and hands them to core: no computation here.
import { buildScorecard, type Scorecard } from '../../core/scorecard';
import type { Unit } from '../../core/types';
import type { Db } from '../../db/database';
import { createIndicatorRepository } from '../../db/indicator.repository';
import { createObservationRepository } from '../../db/observation.repository';
import { createReportRepository } from '../../db/report.repository';
import { createTargetRepository } from '../../db/target.repository';
import { createUnitRepository } from '../../db/unit.repository';

/** Earlier years read for the same period last year and seasonal projections. */
const HISTORY_YEARS = 3;

export interface ScorecardRequest {
  unit: Unit;
  year: number;
  asOf?: string | null;
}

export function createScorecardService(db: Db) {
  const units = createUnitRepository(db);
  const indicators = createIndicatorRepository(db);
  const targets = createTargetRepository(db);
  const observations = createObservationRepository(db);
  const reports = createReportRepository(db);

  return {
    /** The scorecard of a unit for a year, as core computes it. */
    async scorecardOf({ unit, year, asOf = null }: ScorecardRequest): Promise<Scorecard> {
      const [allIndicators, unitTargets, own, childUnits, statedAchievements] = await Promise.all([
        indicators.findAll(),
        targets.findForUnitYear({ unitId: unit.id, year }),
        observations.findForScorecard({ unitIds: [unit.id], fromYear: year - HISTORY_YEARS, toYear: year }),
        units.findChildren(unit.id),
        reports.findStatedAchievements({ unitId: unit.id, year }),
      ]);
      const childObservations = await observations.findForScorecard({
        unitIds: childUnits.map((c) => c.id),
        fromYear: year,
        toYear: year,
      });
      const thisYear = (period: string) => period.startsWith(String(year));
      return buildScorecard({
        unit,
        year,
        asOf,
        indicators: allIndicators,
        targets: unitTargets,
        observations: own.filter((o) => thisYear(o.period)),
        priorYearsObservations: own.filter((o) => !thisYear(o.period)),
        childUnits,
        childObservations,
        statedAchievements,
      });
    },
  };
}

export type ScorecardService = ReturnType<typeof createScorecardService>;
