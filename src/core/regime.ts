// A reporting regime (chế độ báo cáo): which units report, how often, the days each period covers and
// the day the report is due. Pure rules the use cases, the API and the CLI share.
import { type CutoffRule, type CutoffWindow, cutoffWindow } from './cutoff-window';
import { DomainError } from './errors';
import { type Period, parsePeriod } from './period';
import { existedOn } from './reporters';
import type { Unit, UnitKind } from './types';

export type RegimeTree = 'party' | 'state';
export type RegimeFrequency = 'month' | 'quarter' | 'half' | '9M' | 'year';
export const REGIME_FREQUENCIES: readonly RegimeFrequency[] = ['month', 'quarter', 'half', '9M', 'year'];

/**
 * When the report is due: day `day` of the month `monthsAfter` months after the cut-off's last month
 * (NĐ 09 practice: the 18th of the same month, monthsAfter 0), or `days` days after the cut-off.
 */
export type DeadlineRule =
  | { kind: 'day_of_month'; day: number; monthsAfter: number }
  | { kind: 'days_after'; days: number };

export interface Regime {
  id: number;
  code: string;
  name: string;
  /** The document that sets the regime, e.g. "Nghị định 09/2019/NĐ-CP". */
  document: string;
  tree: RegimeTree;
  frequency: RegimeFrequency;
  cutoff: CutoffRule;
  deadline: DeadlineRule;
  /** The reporting units: every unit of this kind under the root, among those valid in the period. */
  reportingRootUnitId: number;
  reportingUnitKind: UnitKind;
  /** The units that approve, lowest level first (commune submits → province approves). */
  approvalUnitIds: number[];
  indicatorIds: number[];
}

export type RegimeRules = Pick<Regime, 'code' | 'frequency' | 'cutoff' | 'deadline'>;

function iso(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/**
 * Whether a period is one the regime reports: a monthly regime reports months, a 9-month one 9M.
 * @example fitsFrequency(parsePeriod('2024-M3'), 'month') === true; fitsFrequency(parsePeriod('2024-8M'), '9M') === false
 */
export function fitsFrequency(period: Period, frequency: RegimeFrequency): boolean {
  if (frequency === '9M') return period.kind === 'months' && period.index === 9;
  return period.kind === frequency;
}

/**
 * The regime's period from its code, refused (DomainError 'invalid_period') when it is not of the
 * regime's frequency.
 * @example regimePeriod({ code: 'KTXH_THANG', frequency: 'month' }, '2024-m03').code === '2024-M3'
 */
export function regimePeriod(
  regime: Pick<Regime, 'code' | 'frequency'>,
  code: string,
  field = 'period',
): Period {
  const period = parsePeriod(code, field);
  if (!fitsFrequency(period, regime.frequency)) {
    throw new DomainError(
      'invalid_period',
      field,
      `'${code}' is not a period of regime ${regime.code}, which reports by ${regime.frequency}`,
      { frequency: regime.frequency },
    );
  }
  return period;
}

/**
 * The day a period's report is due under a deadline rule, from the end of its cut-off window.
 * @example dueOn({ kind: 'day_of_month', day: 18, monthsAfter: 0 }, { rule: 'nd09', from: '2024-02-15', to: '2024-03-14' }) === '2024-03-18'
 */
export function dueOn(deadline: DeadlineRule, window: CutoffWindow): string {
  const [year, month, day] = window.to.split('-').map(Number) as [number, number, number];
  if (deadline.kind === 'days_after') return iso(year, month, day + deadline.days);
  // Day 31 of a 30-day month is its last day, not the 1st of the next.
  const last = Number(iso(year, month + deadline.monthsAfter + 1, 0).slice(8, 10));
  return iso(year, month + deadline.monthsAfter, Math.min(deadline.day, last));
}

/** The period of a regime's first report in a year, to check its rules on. */
function samplePeriod(frequency: RegimeFrequency, year: number): Period {
  const suffix: Record<RegimeFrequency, string> = {
    month: '-M1',
    quarter: '-Q1',
    half: '-H1',
    '9M': '-9M',
    year: '',
  };
  return parsePeriod(`${year}${suffix[frequency]}`);
}

/**
 * Refuses (DomainError 'invalid_input' naming `deadline`) a deadline that falls on or before the last day
 * of the cut-off, for any period of the regime's frequency.
 * @example checkDeadline({ code: 'X', frequency: 'month', cutoff: 'nd09', deadline: { kind: 'day_of_month', day: 10, monthsAfter: 0 } })
 *   throws "deadline: the 10th falls on 10/01/2024, before the cut-off ends on 14/01/2024"
 */
export function checkDeadline(regime: RegimeRules): void {
  // Every period of a frequency ends its window on the same day of a month: one period shows the rule.
  const window = cutoffWindow(samplePeriod(regime.frequency, 2024), regime.cutoff);
  const due = dueOn(regime.deadline, window);
  if (due > window.to) return;
  const dmy = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
  throw new DomainError(
    'invalid_input',
    'deadline',
    `the report would be due on ${dmy(due)}, not after the cut-off ends on ${dmy(window.to)}`,
  );
}

/**
 * The units that must report under a regime in a period: the units of its kind under its root that
 * existed at the period's end, so an arrangement changes who reports from the day it takes effect.
 * @example regimeReporters(units, { reportingRootUnitId: 1, reportingUnitKind: 'commune_party' }, parsePeriod('2025-M8'))
 *   → the communes under unit 1 valid on 31/08/2025
 */
export function regimeReporters<U extends Pick<Unit, 'id' | 'kind' | 'parentId' | 'validFrom' | 'validTo'>>(
  units: readonly U[],
  regime: Pick<Regime, 'reportingRootUnitId' | 'reportingUnitKind'>,
  period: Period,
): U[] {
  const children = new Map<number, U[]>();
  for (const u of units) {
    if (u.parentId === null) continue;
    // Pushed, not spread: a province's 3,321 communes under one parent made the spread quadratic.
    const siblings = children.get(u.parentId);
    if (siblings) siblings.push(u);
    else children.set(u.parentId, [u]);
  }
  const found: U[] = [];
  const seen = new Set<number>();
  const walk = (id: number) => {
    for (const u of children.get(id) ?? []) {
      if (seen.has(u.id)) continue;
      seen.add(u.id);
      if (u.kind === regime.reportingUnitKind && existedOn(u, period.end)) found.push(u);
      walk(u.id);
    }
  };
  const root = units.find((u) => u.id === regime.reportingRootUnitId);
  if (root && root.kind === regime.reportingUnitKind && existedOn(root, period.end)) found.push(root);
  walk(regime.reportingRootUnitId);
  return found;
}

const FREQUENCY_WORDS: Record<RegimeFrequency, string> = {
  month: 'hằng tháng',
  quarter: 'hằng quý',
  half: '6 tháng',
  '9M': '9 tháng',
  year: 'hằng năm',
};

/**
 * A regime's frequency, cut-off and deadline as officials say them.
 * @example regimeRulesLabel({ frequency: 'month', cutoff: 'nd09', deadline: { kind: 'day_of_month', day: 18, monthsAfter: 0 } })
 *   === 'hằng tháng; chốt số liệu ngày 14 (NĐ 09/2019); hạn gửi ngày 18 tháng chốt số liệu'
 */
export function regimeRulesLabel(regime: Pick<Regime, 'frequency' | 'cutoff' | 'deadline'>): string {
  const cutoff = regime.cutoff === 'nd09' ? 'chốt số liệu ngày 14 (NĐ 09/2019)' : 'số liệu theo lịch';
  const { deadline } = regime;
  const due =
    deadline.kind === 'days_after'
      ? `hạn gửi ${deadline.days} ngày sau ngày chốt số liệu`
      : `hạn gửi ngày ${deadline.day} ${deadline.monthsAfter === 0 ? 'tháng chốt số liệu' : `${deadline.monthsAfter} tháng sau tháng chốt số liệu`}`;
  return `${FREQUENCY_WORDS[regime.frequency]}; ${cutoff}; ${due}`;
}
