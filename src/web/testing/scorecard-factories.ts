// Factories for scorecard rows in the web app's tests: defaults from the Cái Nước shrimp row, overrides
// for what a test is about.
import type { TargetSource } from '../../core/types';
import type { ScorecardRow } from '../api/types';

type Row = ScorecardRow;

export function buildFigure(value: number, period = '2023', observationId = 1): NonNullable<Row['actual']> {
  return { value, period, periodLabel: period, observationId, note: null };
}

export function buildScorecardTarget(source: TargetSource, value: number, id = 1): Row['targets'][number] {
  return { id, source, value, fromYear: 2023, toYear: 2023, document: null, derivedFrom: null };
}

export function buildAchievement(source: TargetSource, percent: number | null): Row['achievement'][number] {
  return {
    source,
    targetId: 1,
    kind: percent === null ? 'no_target' : 'ok',
    percent,
  } as Row['achievement'][number];
}

/** An achievement without a ratio: zero_actual, no_target, zero_target or not_comparable. */
export function buildOutcome(
  source: TargetSource,
  kind: Exclude<Row['achievement'][number]['kind'], 'ok'>,
): Row['achievement'][number] {
  return { source, targetId: 1, kind, percent: null };
}

export function buildRow(
  overrides: Partial<Row> & { code?: string; name?: string; category?: string } = {},
): Row {
  const { code = 'TS_TOM', name = 'Sản lượng tôm', category = 'kinh_te', ...rest } = overrides;
  return {
    indicator: {
      id: code.length,
      code,
      name,
      nameEn: code,
      measure: 'tấn',
      category,
      nature: 'flow',
      polarity: 'higher_is_better',
      decimals: 0,
      parentCode: null,
    },
    targets: [],
    actual: null,
    estimate: null,
    achievement: [],
    change: null,
    status: 'no_target',
    statusDetail: { kind: 'no_target' } as unknown as Row['statusDetail'],
    projection: null,
    rollup: null,
    checks: [],
    ...rest,
  };
}
