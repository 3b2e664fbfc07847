// The Cái Nước report of 17/11/2023 as a scorecard's input, for the tests of the scorecard and its outputs.
// The statements come from the caller: the fixture lies outside src/, where core's own files may not reach.
import { CAI_NUOC_REPORT, caiNuocIndicators, withCaiNuocCodes } from '../demo/cai-nuoc-demo';
import { figuresFromStatements, type Statement } from '../figures-from-statements';
import type { ScorecardInput } from '../scorecard';
import { buildObservation, buildTarget, buildUnit } from './factories';

/**
 * Huyện ủy Cái Nước (unit 2) in 2023, with the targets and figures its report states, as recorded.
 * @example caiNuocScorecardInput(fixture.statements).observations.find((o) => o.value === 24937)?.period === '2023-YTD-2023-11-17'
 */
export function caiNuocScorecardInput(statements: readonly Statement[]): ScorecardInput {
  const indicators = caiNuocIndicators();
  const figures = figuresFromStatements({
    unitId: 2,
    period: CAI_NUOC_REPORT.period,
    reportId: 1,
    statements: withCaiNuocCodes(statements),
    indicators,
  });
  return {
    unit: buildUnit({ id: 2 }),
    year: 2023,
    indicators,
    targets: figures.targets.map((t) => buildTarget(t)),
    observations: figures.observations.map((o) => buildObservation(o)),
    statedAchievements: figures.statedAchievements,
  };
}

/** The fields of a row of `tiendo scorecard --json`, in their order: the contract scripts rely on. */
export const SCORECARD_JSON_ROW_FIELDS = [
  'indicator',
  'targets',
  'actual',
  'estimate',
  'achievement',
  'change',
  'status',
  'projection',
  'rollup',
  'checks',
];
