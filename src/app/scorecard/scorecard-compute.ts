// Gathers a scorecard's inputs from the repositories and hands them to core: no computation here. Built over an
// executor, so a recompute reads inside the transaction that holds its lock.
import { buildScorecard, type Scorecard } from '../../core/scorecard';
import { inheritFigures } from '../../core/succession';
import { inheritTargets } from '../../core/succession-targets';
import type { Figure, Indicator, Target, Unit } from '../../core/types';
import type { Executor } from '../../db/database';
import { createIndicatorRepository } from '../../db/indicator.repository';
import { createObservationRepository } from '../../db/observation.repository';
import { createReportRepository } from '../../db/report.repository';
import { createRollupRepository } from '../../db/rollup.repository';
import { createTargetRepository } from '../../db/target.repository';
import { createUnitRepository } from '../../db/unit.repository';

/** Earlier years read for the same period last year and seasonal projections. */
export const HISTORY_YEARS = 3;

export interface ScorecardRequest {
  unit: Unit;
  year: number;
  asOf?: string | null;
  /** The data version the caller read before anything else (with its session). */
  dataVersion?: number;
}

/** The scorecard as core computes it from what the executor reads. */
export function createScorecardComputer(db: Executor) {
  const units = createUnitRepository(db);
  const indicators = createIndicatorRepository(db);
  const targets = createTargetRepository(db);
  const observations = createObservationRepository(db);
  const reports = createReportRepository(db);
  const rollups = createRollupRepository(db);

  /**
   * Figures inherited through the unit's lineage for periods before it existed (where it has none of its own),
   * its transition-year targets carried from its predecessors, and what could not be inherited.
   */
  async function inherited(
    unit: Unit,
    year: number,
    stored: Figure[],
    ownTargets: Target[],
    all: Indicator[],
  ) {
    const lineage = await units.findLineage(unit.id);
    if (lineage.length === 0) return { figures: [], targets: [], gaps: [] };
    const ids = [...new Set(lineage.flatMap((l) => [l.predecessorId, l.successorId]))];
    const [figures, unitNames, predecessorTargets] = await Promise.all([
      observations.findForScorecard({ unitIds: ids, fromYear: year - HISTORY_YEARS, toYear: year }),
      units.findNames(ids),
      targets.findForUnitsYear({ unitIds: lineage.map((l) => l.predecessorId), year }),
    ]);
    const common = { unitId: unit.id, lineage, indicators: all, unitNames };
    const succession = inheritFigures({ ...common, figures, ownFigures: stored });
    const carried = inheritTargets({ ...common, year, targets: [...ownTargets, ...predecessorTargets] });
    const has = new Set(stored.map((o) => `${o.indicatorId}|${o.period}|${o.kind}`));
    const own = (o: Figure) => has.has(`${o.indicatorId}|${o.period}|${o.kind}`);
    return {
      figures: succession.figures.filter((o) => !own(o)),
      targets: carried.targets,
      gaps: [...succession.gaps, ...carried.gaps],
    };
  }

  return async function compute({ unit, year, asOf = null }: ScorecardRequest): Promise<Scorecard> {
    const [allIndicators, unitTargets, stored, statedAchievements] = await Promise.all([
      indicators.findAll(),
      targets.findForUnitYear({ unitId: unit.id, year }),
      observations.findForScorecard({ unitIds: [unit.id], fromYear: year - HISTORY_YEARS, toYear: year }),
      reports.findStatedAchievements({ unitId: unit.id, year }),
    ]);
    const succession = await inherited(unit, year, stored, unitTargets, allIndicators);
    const own = [...stored, ...succession.figures];
    // The subtree's totals come back from PostgreSQL, one row per indicator, not every figure below.
    const rolledUp = await rollups.findForScorecard({
      unitId: unit.id,
      year,
      asOf,
      indicators: allIndicators,
      figures: own,
    });
    const thisYear = (period: string) => period.startsWith(String(year));
    return buildScorecard({
      unit,
      year,
      asOf,
      indicators: allIndicators,
      targets: [...unitTargets, ...succession.targets],
      observations: own.filter((o) => thisYear(o.period)),
      priorYearsObservations: own.filter((o) => !thisYear(o.period)),
      rollups: rolledUp,
      inheritanceGaps: succession.gaps,
      statedAchievements,
    });
  };
}
