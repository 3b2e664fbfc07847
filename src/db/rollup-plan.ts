// What the roll-up query looks up for one indicator and period, worked out from core's period rules so the SQL
// finds the same figure core's figureFor would: a flow over a span from 1 January is a reported cumulative
// figure ending that day, else the months from January summed, else the quarters; anything else is the period
// itself.
import { isCumulative, type Period, parsePeriod } from '../core/period';
import type { Indicator } from '../core/types';

/** One observation code the query joins on: r = reported (first rank wins), m/q = a chain needing `need` rows. */
export interface RollupLookup {
  req: number;
  role: number;
  indicatorId: number;
  code: string;
  grp: 'r' | 'm' | 'q';
  rank: number;
  need: number;
}

/** One roll-up to compute: the indicator, the indicators a unit must report (a ratio's parts), the period. */
export interface RollupRequest {
  indicator: Indicator;
  basis: readonly (Indicator | undefined)[];
  period: Period;
}

function monthEnd(period: Period): number | null {
  const month = Number(period.end.slice(5, 7));
  return parsePeriod(`${period.year}-M${month}`).end === period.end ? month : null;
}

/** The cumulative codes ending on the period's last day, in core's order (comparePeriods: by code). */
function reportedCodes(period: Period): string[] {
  const y = period.year;
  const month = monthEnd(period);
  const codes = [`${y}-YTD-${period.end}`];
  if (month !== null) codes.push(parsePeriod(`${y}-${month}M`).code);
  return [...new Set(codes)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function chain(req: number, role: number, indicatorId: number, period: Period, prefix: 'M' | 'Q', n: number) {
  const grp = prefix === 'M' ? ('m' as const) : ('q' as const);
  return Array.from({ length: n }, (_, i) => ({
    req,
    role,
    indicatorId,
    code: `${period.year}-${prefix}${i + 1}`,
    grp,
    rank: i + 1,
    need: n,
  }));
}

/**
 * The codes the query reads for one basis indicator of one request.
 * @example lookupsFor(0, 1, tom, parsePeriod('2023-Q1')) → r 2023-Q1, r 2023-YTD-2023-03-31, m M1–M3 (need 3)
 */
export function lookupsFor(req: number, role: number, indicator: Indicator, period: Period): RollupLookup[] {
  const id = indicator.id;
  if (indicator.nature !== 'flow' || !isCumulative(period))
    return [{ req, role, indicatorId: id, code: period.code, grp: 'r', rank: 0, need: 1 }];
  const reported = reportedCodes(period).map((code, rank) => ({
    req,
    role,
    indicatorId: id,
    code,
    grp: 'r' as const,
    rank,
    need: 1,
  }));
  const month = monthEnd(period);
  const months = month !== null && month >= 2 ? chain(req, role, id, period, 'M', month) : [];
  const quarters =
    month !== null && month % 3 === 0 && month >= 6 ? chain(req, role, id, period, 'Q', month / 3) : [];
  return [...reported, ...months, ...quarters];
}

/** Every lookup of a set of requests, numbered by their position. */
export function lookupsOf(requests: readonly RollupRequest[]): RollupLookup[] {
  return requests.flatMap((r, req) =>
    r.basis.flatMap((b, role) => (b ? lookupsFor(req, role + 1, b, r.period) : [])),
  );
}
