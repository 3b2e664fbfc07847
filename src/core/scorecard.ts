// The scorecard (bảng chỉ tiêu) of one unit and year: a thin assembly over achievement, change, status,
// projection, roll-up and checks.
import { computeAchievement } from './achievement';
import { computeChange } from './change';
import { DEFAULT_CHECK_OPTIONS } from './checks';
import { DomainError } from './errors';
import { parsePeriod, samePeriodPreviousYear, yearShareElapsed } from './period';
import { periodLabel } from './period-words';
import { type Projection, projectYearEnd } from './projection';
import type {
  Scorecard,
  ScorecardChange,
  ScorecardContext,
  ScorecardFigure,
  ScorecardIndicator,
  ScorecardInput,
  ScorecardOptions,
  ScorecardRow,
  ScorecardStatus,
  ScorecardTarget,
} from './scorecard.types';
import { rollupFor, rowChecks } from './scorecard-checks';
import {
  type DatedObservation,
  figureFor,
  figuresOf,
  historyBefore,
  indexObservations,
  latestActual,
  type PickedFigure,
  yearEstimate,
} from './scorecard-figures';
import { DEFAULT_STATUS_THRESHOLDS, type StatusResult, termStatus, yearStatus } from './status';
import { type Indicator, TARGET_SOURCES, type Target } from './types';

export type * from './scorecard.types';

function figure(f: PickedFigure | null): ScorecardFigure | null {
  if (!f) return null;
  const { value, observationId, note, inherited } = f;
  const shown = { value, period: f.period.code, periodLabel: periodLabel(f.period), observationId, note };
  return inherited ? { ...shown, inherited } : shown;
}

function sourceRank(t: Target, year: number): number {
  const term = t.fromYear === year && t.toYear === year ? 0 : 10;
  return term + TARGET_SOURCES.indexOf(t.source);
}

function targetsOf(ctx: ScorecardContext, indicator: Indicator): Target[] {
  const { unit, year, targets } = ctx.input;
  const mine = targets.filter(
    (t) => t.unitId === unit.id && t.indicatorId === indicator.id && t.fromYear <= year && year <= t.toYear,
  );
  // A derived target stands in for a document nobody entered; once the real one is there, it steps aside.
  const stated = (t: Target) =>
    mine.some(
      (o) =>
        o.derivedFrom === null && o.source === t.source && o.fromYear === t.fromYear && o.toYear === t.toYear,
    );
  return mine
    .filter((t) => t.derivedFrom === null || !stated(t))
    .sort((a, b) => sourceRank(a, year) - sourceRank(b, year));
}

function priorOf(figures: readonly DatedObservation[], indicator: Indicator, actual: PickedFigure) {
  return figureFor(figures, indicator.nature, samePeriodPreviousYear(actual.period));
}

function changeOf(
  figures: readonly DatedObservation[],
  indicator: Indicator,
  actual: PickedFigure | null,
): ScorecardChange | null {
  if (!actual) return null;
  const prior = priorOf(figures, indicator, actual);
  if (!prior) return null;
  const c = computeChange(actual.value, prior.value);
  if (c.kind === 'no_prior') return null;
  const percent = c.kind === 'ok' ? c.percent : null;
  const base = {
    amount: c.amount,
    prior: c.prior,
    priorPeriod: prior.period.code,
    priorObservationId: prior.observationId,
  };
  const change = { kind: c.kind, percent, ...base };
  return prior.inherited ? { ...change, priorInherited: prior.inherited } : change;
}

function statusOf(
  ctx: ScorecardContext,
  indicator: Indicator,
  targets: Target[],
  figures: readonly DatedObservation[],
  actual: PickedFigure | null,
  projection: Projection | null,
): StatusResult {
  const { year } = ctx.input;
  if (targets.length === 0) return { kind: 'no_target' };
  if (!actual) return { kind: 'no_actual' };
  const yearTarget = targets.find((t) => t.fromYear === year && t.toYear === year);
  const thresholds = ctx.options.status;
  if (yearTarget) {
    const prior = priorOf(figures, indicator, actual);
    return yearStatus(indicator.nature, {
      actual: actual.value,
      target: yearTarget.value,
      polarity: indicator.polarity,
      shareElapsed: yearShareElapsed(actual.period),
      prior: prior ? { value: prior.value, yearsBefore: 1 } : null,
      thresholds,
    });
  }
  const term = targets[0]!;
  const baseline = figureFor(figures, indicator.nature, parsePeriod(String(term.fromYear)));
  const current = indicator.nature === 'stock' ? actual.value : projection?.value;
  if (!baseline || current === undefined) return { kind: 'no_baseline' };
  return termStatus({
    baseline: { year: term.fromYear, value: baseline.value },
    current: { year, value: current },
    target: { year: term.toYear, value: term.value },
    polarity: indicator.polarity,
    thresholds,
  });
}

function statusName(s: StatusResult): ScorecardStatus {
  if (s.kind === 'ok') return s.status;
  return s.kind === 'no_target' ? 'no_target' : 'no_data';
}

function indicatorOf(ctx: ScorecardContext, i: Indicator): ScorecardIndicator {
  const parentCode = i.parentId === null ? null : (ctx.byId.get(i.parentId)?.code ?? null);
  const { id, code, nameVi: name, nameEn, measure, category, nature, polarity, decimals } = i;
  return { id, code, name, nameEn, measure, category, nature, polarity, decimals, parentCode };
}

function achievementsOf(indicator: Indicator, targets: readonly Target[], actual: PickedFigure | null) {
  if (!actual) return [];
  return targets.map((t) => {
    const a = computeAchievement(actual.value, t.value, indicator.polarity);
    return { source: t.source, targetId: t.id, kind: a.kind, percent: a.kind === 'ok' ? a.percent : null };
  });
}

function targetRow({ id, source, value, fromYear, toYear, document, derivedFrom }: Target): ScorecardTarget {
  return { id, source, value, fromYear, toYear, document, derivedFrom };
}

/**
 * One indicator's row: targets, latest actual and estimate, achievement per target, change, status,
 * projection, children's roll-up and checks.
 * @example buildScorecardRow(ctx, tom).achievement → [{ source: 'resolution', kind: 'ok', percent: 85.98, … }]
 */
export function buildScorecardRow(ctx: ScorecardContext, indicator: Indicator): ScorecardRow {
  const { unit, year } = ctx.input;
  const figures = figuresOf(ctx.own, unit.id, indicator.id);
  const targets = targetsOf(ctx, indicator);
  const actual = latestActual(figures, indicator.nature, year, ctx.input.asOf ?? null);
  const estimate = yearEstimate(figures, year);
  const projection = projectYearEnd({
    nature: indicator.nature,
    actual: actual && { value: actual.value, period: actual.period.code },
    reportedEstimate: estimate?.period.kind === 'year' ? estimate.value : null,
    history: historyBefore(figures, year),
  });
  const statusDetail = statusOf(ctx, indicator, targets, figures, actual, projection);
  const change = changeOf(figures, indicator, actual);
  const rollup = rollupFor(ctx, indicator, actual?.period ?? null);
  return {
    indicator: indicatorOf(ctx, indicator),
    targets: targets.map(targetRow),
    actual: figure(actual),
    estimate: figure(estimate),
    achievement: achievementsOf(indicator, targets, actual),
    change,
    status: statusName(statusDetail),
    statusDetail,
    projection,
    rollup,
    checks: rowChecks(ctx, indicator, { targets, actual, change, rollup }),
  };
}

/**
 * The scorecard of a unit for a year, every indicator in the order given.
 * @example buildScorecard({ unit: huyenUyCaiNuoc, year: 2023, indicators, targets, observations }).rows
 *   .find((r) => r.indicator.code === 'TS_TOM')?.achievement[0]?.percent // 85.98
 */
export function buildScorecard(input: ScorecardInput): Scorecard {
  if (!Number.isInteger(input.year) || input.year < 1900 || input.year > 2999) {
    throw new DomainError('invalid_input', 'year', `${String(input.year)} is not a year`);
  }
  if (input.asOf != null && !/^\d{4}-\d{2}-\d{2}$/.test(input.asOf)) {
    throw new DomainError('invalid_input', 'asOf', `"${input.asOf}" is not an ISO date (YYYY-MM-DD)`);
  }
  const options: ScorecardOptions = {
    status: input.options?.status ?? DEFAULT_STATUS_THRESHOLDS,
    checks: input.options?.checks ?? DEFAULT_CHECK_OPTIONS,
    skipEmpty: input.options?.skipEmpty ?? false,
  };
  const ctx: ScorecardContext = {
    input,
    options,
    own: indexObservations(input.observations, input.priorYearsObservations ?? []),
    children: indexObservations(input.childObservations ?? []),
    byId: new Map(input.indicators.map((i) => [i.id, i])),
    byCode: new Map(input.indicators.map((i) => [i.code, i])),
  };
  const rows = input.indicators
    .map((indicator) => buildScorecardRow(ctx, indicator))
    .filter(
      (r) => !options.skipEmpty || r.targets.length > 0 || r.actual || r.estimate || r.rollup?.kind === 'ok',
    );
  const { id, code, name } = input.unit;
  return { unit: { id, code, name }, year: input.year, asOf: input.asOf ?? null, rows };
}
