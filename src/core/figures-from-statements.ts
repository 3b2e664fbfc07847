// Turns the statements extracted from one unit's report into figures: observations, the targets the
// report states or implies, and the prior-year figures its stated changes imply.
import { deriveTargetFromAchievement } from './achievement';
import { derivePriorFromChange } from './change';
import { validateValue } from './errors';
import { type Period, parsePeriod, samePeriodPreviousYear } from './period';
import type { Statement } from './statement';
import type { Indicator, Observation, ObservationKind, Target, TargetSource } from './types';
import { formatNumber, formatPercent } from './vi/format';

export type { Statement } from './statement';

/** "đạt 82,1% kế hoạch" as the report wrote it, kept so the scorecard can check it against the target. */
export interface StatedAchievement {
  unitId: number;
  indicatorId: number;
  indicatorCode: string;
  period: string;
  kind: ObservationKind;
  value: number;
  percent: number;
  source: TargetSource;
  span: [number, number];
}

export type ObservationDraft = Omit<Observation, 'id' | 'version'> & { indicatorCode: string };
export type TargetDraft = Omit<Target, 'id'> & { indicatorCode: string };

export interface FiguresFromStatements {
  observations: ObservationDraft[];
  targets: TargetDraft[];
  statedAchievements: StatedAchievement[];
  /** Statements that gave no figure, with why (index into the input). */
  skipped: { index: number; indicator: string; reason: string }[];
}

export type StatementIndicator = Pick<
  Indicator,
  'id' | 'code' | 'polarity' | 'measure' | 'decimals' | 'minValue' | 'maxValue'
>;

export interface FiguresFromStatementsInput {
  unitId: number;
  /** The span the report covers, e.g. 2023-YTD-2023-11-17. */
  period: string;
  reportId: number;
  statements: readonly Statement[];
  indicators: readonly StatementIndicator[];
  /** The report's title, recorded as the document of the targets it states. */
  document?: string | null;
  userId?: number | null;
}

/** The target source a stated achievement is measured against. */
export const AGAINST_SOURCE: Readonly<Record<string, TargetSource>> = {
  'nghị quyết': 'resolution',
  'chỉ tiêu': 'assigned',
  'kế hoạch': 'plan',
  'dự toán': 'budget',
  'mục tiêu': 'goal',
};

const AGAINST_LABEL: Readonly<Record<string, string>> = { 'nghị quyết': 'Nghị quyết' };
const SAME_PERIOD_BEFORE = new Set(['cùng kỳ', 'năm trước']);
const YEAR_END = /cả năm|cuối năm|năm \d{4}/;

function norm(text: string): string {
  return text.normalize('NFC').toLowerCase().trim();
}

/**
 * The statements that state a target amount for the statement right after them: "tổng kế hoạch vốn …
 * là 134,113 tỷ đồng; đã giải ngân 109,960 tỷ đồng, đạt 82,1% kế hoạch" → index 3 → 4.
 */
function statedTargetsFor(statements: readonly Statement[]): Map<number, number> {
  const found = new Map<number, number>();
  statements.forEach((s, i) => {
    const next = statements[i + 1];
    const against = next?.achievement ? norm(next.achievement.against) : null;
    if (!next || !against || s.achievement || !(against in AGAINST_SOURCE)) return;
    if (norm(s.indicator).includes(against) && norm(s.unit) === norm(next.unit)) found.set(i, i + 1);
  });
  return found;
}

function noteFor(s: Statement): string {
  const parts = [`${s.approx ? `${s.approx} ` : ''}${formatNumber(s.value, 3)} ${s.unit}`.trim()];
  if (s.achievement) parts.push(`đạt ${formatPercent(s.achievement.percent)} ${s.achievement.against}`);
  if (s.change) {
    const amount =
      s.change.percent !== null ? formatPercent(s.change.percent) : formatNumber(s.change.amount ?? 0, 3);
    parts.push(`${s.change.direction} ${amount} so với ${s.change.against}`);
  }
  return `Báo cáo: ${parts.join(', ')}`;
}

/** Collects drafts, refusing a second figure for the same indicator, period and kind. */
class Drafts {
  readonly out: FiguresFromStatements = {
    observations: [],
    targets: [],
    statedAchievements: [],
    skipped: [],
  };
  private readonly seen = new Set<string>();

  addObservation(o: ObservationDraft): boolean {
    const key = `${o.indicatorId}|${o.period}|${o.kind}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    this.out.observations.push(o);
    return true;
  }

  hasTarget(indicatorId: number, source: TargetSource, year: number): boolean {
    return this.out.targets.some(
      (t) => t.indicatorId === indicatorId && t.source === source && t.fromYear === year,
    );
  }
}

/**
 * Figures from one unit's report: each statement becomes an observation (an estimate when "ước"; for the
 * year period when "ước cuối năm"); a stated plan amount becomes a plan target of the statement after
 * it; a stated achievement implies a target where none is stated (derived, and saying so); a stated
 * change against the same period implies the prior-year figure.
 * @example figuresFromStatements({ unitId: 2, period: '2023-YTD-2023-11-17', reportId: 1, statements, indicators })
 *   → targets include { indicatorCode: 'TS_TOM', source: 'resolution', value: 29003.26…, derivedFrom: 'suy ra từ: đạt 85,98% Nghị quyết' }
 */
export function figuresFromStatements(input: FiguresFromStatementsInput): FiguresFromStatements {
  const period = parsePeriod(input.period);
  const byCode = new Map(input.indicators.map((i) => [i.code, i]));
  const drafts = new Drafts();
  const statedTargets = statedTargetsFor(input.statements);
  const consumed = new Set(statedTargets.keys());
  for (const [i, next] of statedTargets) addStatedTarget(input, period, byCode, drafts, i, next);
  input.statements.forEach((s, index) => {
    if (consumed.has(index)) return;
    const indicator = s.indicatorCode ? byCode.get(s.indicatorCode) : undefined;
    const reason = !s.indicatorCode
      ? 'no indicatorCode: the phrase matched no catalog indicator'
      : !indicator
        ? `unknown indicator code ${s.indicatorCode}`
        : rangeProblem(indicator, s.value);
    if (reason || !indicator) {
      drafts.out.skipped.push({ index, indicator: s.indicator, reason: reason ?? 'unknown indicator' });
      return;
    }
    addStatement(input, period, indicator, drafts, s, index);
  });
  return drafts.out;
}

function rangeProblem(indicator: StatementIndicator, value: number): string | null {
  try {
    validateValue(indicator, value);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function addStatedTarget(
  input: FiguresFromStatementsInput,
  period: Period,
  byCode: Map<string, StatementIndicator>,
  drafts: Drafts,
  index: number,
  nextIndex: number,
): void {
  const s = input.statements[index]!;
  const next = input.statements[nextIndex]!;
  const indicator = next.indicatorCode ? byCode.get(next.indicatorCode) : undefined;
  const source = next.achievement ? AGAINST_SOURCE[norm(next.achievement.against)] : undefined;
  if (!indicator || !source) {
    drafts.out.skipped.push({
      index,
      indicator: s.indicator,
      reason: 'a target amount for an unknown indicator',
    });
    return;
  }
  yearTarget(input, indicator, period, drafts, {
    value: s.value,
    source,
    document: input.document ?? null,
    derivedFrom: null,
  });
}

/** A target of the report's unit for the report's year alone: what a report's sentences can set. */
function yearTarget(
  input: FiguresFromStatementsInput,
  indicator: StatementIndicator,
  period: Period,
  drafts: Drafts,
  target: Pick<TargetDraft, 'value' | 'source' | 'document' | 'derivedFrom'>,
): void {
  drafts.out.targets.push({
    unitId: input.unitId,
    indicatorId: indicator.id,
    indicatorCode: indicator.code,
    fromYear: period.year,
    toYear: period.year,
    ...target,
  });
}

function addStatement(
  input: FiguresFromStatementsInput,
  period: Period,
  indicator: StatementIndicator,
  drafts: Drafts,
  s: Statement,
  index: number,
): void {
  const kind: ObservationKind = s.estimate ? 'estimate' : 'actual';
  const obsPeriod =
    s.estimate && YEAR_END.test(norm(s.indicator)) ? parsePeriod(String(period.year)) : period;
  const added = drafts.addObservation({
    unitId: input.unitId,
    indicatorId: indicator.id,
    indicatorCode: indicator.code,
    period: obsPeriod.code,
    kind,
    value: s.value,
    note: noteFor(s),
    provenance: { kind: 'extracted', reportId: input.reportId, span: s.span, userId: input.userId ?? null },
  });
  if (!added) {
    drafts.out.skipped.push({
      index,
      indicator: s.indicator,
      reason: `a second ${kind} for ${obsPeriod.code}`,
    });
    return;
  }
  if (s.achievement) addAchievement(input, period, indicator, drafts, s, obsPeriod.code, kind);
  if (s.change && SAME_PERIOD_BEFORE.has(norm(s.change.against)))
    addPrior(input, indicator, drafts, s, obsPeriod);
}

function addAchievement(
  input: FiguresFromStatementsInput,
  period: Period,
  indicator: StatementIndicator,
  drafts: Drafts,
  s: Statement,
  obsPeriod: string,
  kind: ObservationKind,
): void {
  const against = norm(s.achievement!.against);
  const source = AGAINST_SOURCE[against];
  const percent = s.achievement!.percent;
  if (!source) return;
  drafts.out.statedAchievements.push({
    unitId: input.unitId,
    indicatorId: indicator.id,
    indicatorCode: indicator.code,
    period: obsPeriod,
    kind,
    value: s.value,
    percent,
    source,
    span: s.span,
  });
  // The first statement to imply a target sets it; later ones are checked against it by the scorecard.
  if (drafts.hasTarget(indicator.id, source, period.year)) return;
  const value = deriveTargetFromAchievement(s.value, percent, indicator.polarity);
  if (value === null) return;
  yearTarget(input, indicator, period, drafts, {
    value,
    source,
    document: null,
    derivedFrom: `suy ra từ: đạt ${formatPercent(percent)} ${AGAINST_LABEL[against] ?? against}`,
  });
}

function addPrior(
  input: FiguresFromStatementsInput,
  indicator: StatementIndicator,
  drafts: Drafts,
  s: Statement,
  obsPeriod: Period,
): void {
  const value = derivePriorFromChange(s.value, s.change!);
  if (value === null || rangeProblem(indicator, value)) return;
  const c = s.change!;
  const stated = c.percent !== null ? formatPercent(c.percent) : formatNumber(c.amount ?? 0, 3);
  drafts.addObservation({
    unitId: input.unitId,
    indicatorId: indicator.id,
    indicatorCode: indicator.code,
    period: samePeriodPreviousYear(obsPeriod).code,
    kind: 'actual',
    value,
    note: `Suy ra từ báo cáo ${obsPeriod.code}: ${formatNumber(s.value, 3)} ${s.unit}, ${c.direction} ${stated} so với ${c.against}`,
    provenance: { kind: 'derived', from: `suy ra từ: ${c.direction} ${stated} so với ${c.against}` },
  });
}
