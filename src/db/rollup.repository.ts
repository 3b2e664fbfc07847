// Roll-ups computed by PostgreSQL: the totals of a unit's subtree for a set of indicators and periods, over the
// units valid at each period's end, at any depth (a unit without its own figure answers through the units below
// it), grouped in the database so a province of a million figures sends back one row per indicator. Core's
// rollupFor (scorecard-checks.ts) is the definition; rollup.repository.property.test.ts holds the two equal.

import { sql } from 'drizzle-orm';
import type { Period } from '../core/period';
import { parsePeriod } from '../core/period';
import { ownRollupPeriods } from '../core/rollup-periods';
import type { ScorecardRollup } from '../core/scorecard.types';
import { rollupBasis } from '../core/scorecard-checks';
import { cumulativePeriod } from '../core/scorecard-figures';
import type { Figure, Indicator, UnitKind } from '../core/types';
import { completenessWords } from '../core/vi/completeness-words';
import { type Executor, rowsOf } from './database';
import { latestPeriodsSql, rollupSql } from './rollup.sql';
import { lookupsOf, type RollupRequest } from './rollup-plan';

export type { RollupRequest } from './rollup-plan';

interface TotalsRow {
  req: number;
  reporting: number | string;
  expected: number | string;
  v1: number | null;
  v2: number | null;
  levels: { kind: UnitKind; reported: boolean; n: number; first: number }[];
}

/** The expected units as core's completeness words want them: reporters first, each group in tree order. */
function expectedUnits(levels: TotalsRow['levels']) {
  const order = [...levels].sort((a, b) =>
    a.reported === b.reported ? a.first - b.first : a.reported ? -1 : 1,
  );
  return order.flatMap((l) => Array.from({ length: l.n }, () => ({ kind: l.kind, reported: l.reported })));
}

function rollupOf(request: RollupRequest, row: TotalsRow): ScorecardRollup {
  const aggregation = request.indicator.aggregation;
  const reporting = Number(row.reporting);
  const expected = Number(row.expected);
  const base = { reporting, expected, period: request.period.code };
  const completeness = completenessWords(expectedUnits(row.levels));
  const ok = (value: number) => ({ kind: 'ok' as const, value, ...base, completeness });
  if (reporting === 0) return { kind: 'no_data', value: null, ...base, completeness };
  const v1 = Number(row.v1);
  if (aggregation.kind === 'sum') return ok(v1);
  if (aggregation.kind === 'mean') return ok(v1 / reporting);
  const den = Number(row.v2);
  if (den === 0) return { kind: 'zero_denominator', value: null, ...base, completeness };
  const factor = aggregation.kind === 'ratio' ? aggregation.factor : 1;
  return ok((v1 / den) * factor);
}

interface LatestRow {
  indicator_id: number;
  code: string | null;
  period_end: string;
}

/** The period of a unit's latest entry: a reported code, or the sum of a chain named as core names it. */
function periodOfLatest(row: LatestRow): Period {
  return row.code !== null
    ? parsePeriod(row.code)
    : cumulativePeriod(Number(row.period_end.slice(0, 4)), row.period_end);
}

const later = (a: Period, b: Period) =>
  a.end !== b.end ? a.end > b.end : a.start !== b.start ? a.start > b.start : a.code > b.code;

/**
 * The settings the roll-up queries run under, for their own transaction only: no JIT, whose compiling cost
 * 1 s of a 1,5 s query on 1M figures (ADR 0008) — the queries are many small expressions over few rows each.
 */
const ROLLUP_SETTINGS = { jit: 'off' } as const;

/**
 * Runs `work` in a transaction (a savepoint inside the caller's) under ROLLUP_SETTINGS, then puts back the
 * caller's values, which a savepoint released would otherwise keep to the end of its transaction.
 */
export async function withRollupSettings<T>(ex: Executor, work: (tx: Executor) => Promise<T>): Promise<T> {
  return ex.transaction(async (tx) => {
    const names = Object.keys(ROLLUP_SETTINGS);
    const [before] = await rowsOf<Record<string, string>>(
      tx,
      sql.join(
        [
          sql`select`,
          sql.join(
            names.map((n) => sql`current_setting(${n}) as ${sql.identifier(n)}`),
            sql`, `,
          ),
        ],
        sql` `,
      ),
    );
    const set = (values: Record<string, string>) =>
      tx.execute(
        sql.join(
          [
            sql`select`,
            sql.join(
              names.map((n) => sql`set_config(${n}, ${values[n]}, true)`),
              sql`, `,
            ),
          ],
          sql` `,
        ),
      );
    await set(ROLLUP_SETTINGS);
    const result = await work(tx);
    if (before) await set(before);
    return result;
  });
}

export interface ScorecardRollupScope {
  unitId: number;
  year: number;
  asOf: string | null;
  indicators: readonly Indicator[];
  /** The unit's own figures (inherited ones included): the period of its latest actual is the row's. */
  figures: readonly Figure[];
}

interface LatestScope {
  rootId: number;
  year: number;
  asOf: string | null;
  indicators: readonly Indicator[];
}

async function rollupsOf(
  ex: Executor,
  rootId: number,
  requests: readonly RollupRequest[],
): Promise<(ScorecardRollup | null)[]> {
  const rolled = requests
    .map((r, req) => ({ req, r }))
    .filter(({ r }) => r.indicator.aggregation.kind !== 'none');
  if (rolled.length === 0) return requests.map(() => null);
  const reqs = rolled.map(({ r, req }) => ({ req, period_end: r.period.end, roles: r.basis.length }));
  const lookups = lookupsOf(requests).filter((l) => reqs.some((r) => r.req === l.req));
  const rows = await rowsOf<TotalsRow>(ex, rollupSql(rootId, reqs, lookups));
  const byReq = new Map(rows.map((row) => [Number(row.req), row]));
  return requests.map((r, req) => {
    const row = byReq.get(req);
    return row && r.indicator.aggregation.kind !== 'none' ? rollupOf(r, row) : null;
  });
}

async function latestOf(ex: Executor, { rootId, year, asOf, indicators }: LatestScope) {
  const latest = new Map<number, Period>();
  if (indicators.length === 0) return latest;
  // Once each: a repeated indicator would repeat its months and make a run of them look longer.
  const unique = [...new Map(indicators.map((i) => [i.id, i])).values()];
  const natures = unique.map((i) => ({ id: i.id, flow: i.nature === 'flow' }));
  const rows = await rowsOf<LatestRow>(ex, latestPeriodsSql(rootId, year, asOf, natures));
  for (const row of rows) {
    const period = periodOfLatest(row);
    const known = latest.get(Number(row.indicator_id));
    if (!known || later(period, known)) latest.set(Number(row.indicator_id), period);
  }
  return latest;
}

export function createRollupRepository(db: Executor) {
  return {
    /**
     * Each indicator's roll-up below the unit for its scorecard, as core's rollupFor defines it: the period of
     * the unit's own latest actual, else the latest reported below, else the year.
     * @example (await rollups.findForScorecard({ unitId: tinh.id, year: 2026, … })).get(tom.id)?.completeness
     *   === '42/64 xã đã báo cáo'
     */
    async findForScorecard(
      scope: ScorecardRollupScope,
      ex: Executor = db,
    ): Promise<Map<number, ScorecardRollup | null>> {
      const { unitId, year, asOf, indicators } = scope;
      const byCode = new Map(indicators.map((i) => [i.code, i]));
      const rolled = indicators.filter((i) => i.aggregation.kind !== 'none');
      const own = ownRollupPeriods({ unitId, year, asOf, indicators: rolled, figures: scope.figures });
      const leads = rolled.flatMap((i) => {
        const lead = rollupBasis(byCode, i)[0];
        return !own.has(i.id) && lead ? [lead] : [];
      });
      return withRollupSettings(ex, async (tx) => {
        const below = await latestOf(tx, { rootId: unitId, year, asOf, indicators: leads });
        const requests = rolled.map((indicator) => {
          const basis = rollupBasis(byCode, indicator);
          const lead = basis[0];
          const period = own.get(indicator.id) ?? (lead && below.get(lead.id)) ?? parsePeriod(String(year));
          return { indicator, basis, period };
        });
        const results = await rollupsOf(tx, unitId, requests);
        const found = new Map(requests.map((r, n) => [r.indicator.id, results[n] ?? null]));
        return new Map(indicators.map((i) => [i.id, found.get(i.id) ?? null]));
      });
    },

    /**
     * Each request's roll-up below `rootId`, or null where no unit below was expected in its period.
     * @example rollupsBelow({ rootId: tinh.id, requests: [{ indicator: tom, basis: [tom], period: parsePeriod('2026-Q1') }] })
     *   → [{ kind: 'ok', value: 40000, reporting: 42, expected: 64, completeness: '42/64 xã đã báo cáo', … }]
     */
    rollupsBelow(
      { rootId, requests }: { rootId: number; requests: readonly RollupRequest[] },
      ex: Executor = db,
    ): Promise<(ScorecardRollup | null)[]> {
      return withRollupSettings(ex, (tx) => rollupsOf(tx, rootId, requests));
    },

    /**
     * Per indicator, the latest period any unit below `rootId` active in the year reported (to asOf), as core's
     * latestActual picks it per unit: for a flow its latest cumulative figure or month/quarter sum.
     * @example latestPeriodsBelow({ rootId: tinh.id, year: 2026, asOf: null, indicators: [tom] }).get(tom.id)?.code === '2026-9M'
     */
    latestPeriodsBelow(scope: LatestScope, ex: Executor = db): Promise<Map<number, Period>> {
      return withRollupSettings(ex, (tx) => latestOf(tx, scope));
    },
  };
}

export type RollupRepository = ReturnType<typeof createRollupRepository>;
