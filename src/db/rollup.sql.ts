// The SQL of the roll-up repository, kept apart so reviewers read it in one place (STYLE 12).
import { type SQL, sql } from 'drizzle-orm';
import type { RollupLookup } from './rollup-plan';

/** The units below a root, at any depth and of any validity. */
const subtree = (rootId: number) => sql`sub(id) as (
    select id from units where parent_id = ${rootId}
    union
    select u.id from units u join sub s on u.parent_id = s.id
  )`;

/** Whether a unit (alias u) existed on a date given as ISO text. */
const validOn = (alias: string, day: SQL) =>
  sql
    .raw(`(${alias}.valid_from is null or ${alias}.valid_from <= `)
    .append(day)
    .append(sql.raw(`::date) and (${alias}.valid_to is null or ${alias}.valid_to >= `))
    .append(day)
    .append(sql.raw('::date)'));

/**
 * A unit's sum of a chain (months or quarters from January) when it has every link, added in rank order from
 * 0 as core's chainSums adds, so the float result is core's to the bit; one filtered aggregate per rank keeps
 * the grouping a hash aggregate (an ordered aggregate would sort every figure).
 */
function chainSum(grp: 'm' | 'q', longest: number): SQL {
  const link = (rank: number) => `coalesce(max(value) filter (where grp = '${grp}' and rank = ${rank}), 0)`;
  const links = Array.from({ length: longest }, (_, i) => link(i + 1)).join(' + ');
  return sql.raw(`case when count(*) filter (where grp = '${grp}') = max(need) filter (where grp = '${grp}')
            then 0::float8 + ${links} end`);
}

/**
 * Figures per request, role and unit as core's figureFor finds them (a reported code first, then the months
 * from January, then the quarters), then a walk down from the root over the units valid at each request's
 * period end that stops at a unit with every part of its figure; the expected units are those it stops at and
 * the leaves it reaches without a figure.
 */
export function rollupSql(
  rootId: number,
  requests: readonly { req: number; period_end: string; roles: number }[],
  lookups: readonly RollupLookup[],
): SQL {
  return sql`with recursive
  req as (select * from jsonb_to_recordset(${JSON.stringify(requests)}::jsonb)
          as r(req integer, period_end text, roles integer)),
  lk as (select * from jsonb_to_recordset(${JSON.stringify(lookups)}::jsonb)
         as l(req integer, role integer, "indicatorId" integer, code text, grp text, rank integer, need integer)),
  ${subtree(rootId)},
  hit as (
    select lk.req, lk.role, lk.grp, lk.rank, lk.need, o.unit_id, o.value
    from lk join observations o on o.indicator_id = lk."indicatorId" and o.period = lk.code and o.kind = 'actual'
    where o.unit_id in (select id from sub)
  ),
  fig as (
    select * from (
      select req, role, unit_id, coalesce(
          (min(array[rank::float8, value]) filter (where grp = 'r'))[2],
          ${chainSum('m', 12)},
          ${chainSum('q', 4)}) as value
      from hit group by req, role, unit_id
    ) f where value is not null
  ),
  has as (select req, unit_id, count(*) as roles from fig group by req, unit_id),
  walk(req, id, kind, answered, path, period_end) as (
    select r.req, u.id, u.kind, coalesce(h.roles, 0) = r.roles, array[u.id], r.period_end
    from req r join units u on u.parent_id = ${rootId} and ${validOn('u', sql`r.period_end`)}
    left join has h on h.req = r.req and h.unit_id = u.id
    union all
    select w.req, u.id, u.kind, coalesce(h.roles, 0) = r.roles, w.path || u.id, w.period_end
    from walk w join req r on r.req = w.req
    join units u on u.parent_id = w.id and ${validOn('u', sql`w.period_end`)}
    left join has h on h.req = w.req and h.unit_id = u.id
    where not w.answered
  ),
  expected as (
    select w.*, row_number() over (partition by w.req order by w.path) as ordinal from walk w
    where w.answered or not exists (select 1 from units c where c.parent_id = w.id and ${validOn('c', sql`w.period_end`)})
  ),
  levels as (
    select req, json_agg(json_build_object('kind', kind, 'reported', answered, 'n', n, 'first', first)) as levels
    from (
      select req, kind, answered, count(*) as n, min(ordinal) as first from expected group by req, kind, answered
    ) l group by req
  ),
  totals as (
    select e.req, count(*) filter (where e.answered) as reporting, count(*) as expected,
      sum(f1.value order by e.path) filter (where e.answered) as v1,
      sum(f2.value order by e.path) filter (where e.answered) as v2
    from expected e
    left join fig f1 on f1.req = e.req and f1.unit_id = e.id and f1.role = 1
    left join fig f2 on f2.req = e.req and f2.unit_id = e.id and f2.role = 2
    group by e.req
  )
  select t.*, l.levels from totals t join levels l on l.req = t.req`;
}

/** The last day of a stored period code (alias c), as ISO text (codes are canonical: normalised on write). */
const periodEnd = sql.raw(`case
    when c.period ~ '^[0-9]{4}$' then c.period || '-12-31'
    when c.period ~ '^[0-9]{4}-YTD-' then substring(c.period from 10)
    else to_char(make_date(left(c.period, 4)::integer, coalesce(
        substring(c.period from '-M([0-9]+)$')::integer,
        3 * substring(c.period from '-Q([0-9])$')::integer,
        6 * substring(c.period from '-H([0-9])$')::integer,
        substring(c.period from '-([0-9]+)M$')::integer), 1) + interval '1 month' - interval '1 day', 'YYYY-MM-DD')
  end`);

/** A period from 1 January: the year, M1, Q1, H1, the first N months, a year-to-date. */
const cumulative = sql.raw(`c.period ~ '^[0-9]{4}(-M1|-Q1|-H1|-[0-9]+M|-YTD-.*)?$'`);

/** The bit of a month (or quarter) code in a set of them: 1 for M1, 2 for M2, 4 for M3…, else 0. */
const bitOf = (prefix: 'M' | 'Q') =>
  sql.raw(`coalesce(1 << (substring(c.period from '-${prefix}([0-9]+)$')::integer - 1), 0)`);

/** How many months (quarters) from the first a set holds without a gap: the trailing ones of its bits. */
const runOf = (bits: string) => sql.raw(`bit_count((${bits} & ~(${bits} + 1))::bit(16))::integer`);

const lastDayOf = (year: number, monthExpr: SQL) =>
  sql`to_char(make_date(${year}::integer, ${monthExpr}, 1) + interval '1 month' - interval '1 day', 'YYYY-MM-DD')`;

const idList = (ids: readonly number[]) =>
  sql.join(
    ids.map((id) => sql`${id}::integer`),
    sql`, `,
  );

/**
 * The period codes of a year that any figure carries, read off observations_period_unit_idx one code at a
 * time (a loose index scan: some thirty probes, not a row per figure), each parsed once: its end, its month
 * and quarter bits, whether it runs from 1 January, and its rank among the cumulative ones (core's order at
 * one end date: by code).
 */
function yearCodes(year: number, asOf: string | null): SQL {
  const [from, to] = [String(year), String(year + 1)];
  return sql`codes(period) as (
    select min(period) from observations where period >= ${from} and period < ${to}
    union all
    select (select min(o.period) from observations o where o.period > codes.period and o.period < ${to})
    from codes where codes.period is not null
  ),
  parsed as (
    select c.period, ${periodEnd} as period_end, ${bitOf('M')} as month_bit, ${bitOf('Q')} as quarter_bit,
      ${cumulative} as cumulative
    from codes c where c.period is not null
  ),
  dated as (
    select p.*, row_number() over (order by p.period_end desc, p.period collate "C") as rank
    from parsed p where ${asOf}::text is null or p.period_end <= ${asOf}::text
  )`;
}

/** The figures of the year (to asOf) of the indicators, at units below the root active in the year. */
function timely(year: number, ids: readonly number[]): SQL {
  return sql`from observations o join dated c on c.period = o.period
    where o.indicator_id in (${idList(ids)}) and o.period_year = ${year} and o.kind = 'actual'
      and o.unit_id in (select u.id from units u where u.id in (select id from sub)
        and (u.valid_from is null or u.valid_from <= ${`${year}-12-31`}::date)
        and (u.valid_to is null or u.valid_to >= ${`${year}-01-01`}::date))`;
}

/**
 * Each unit's latest entry per flow (core's latestActual): of its reported cumulative codes the latest, of
 * its months the run from January, of its quarters the same, each unit's set of them gathered in one pass as
 * bits; at one end date a reported code wins, then the months.
 */
function flowPicks(year: number, ids: readonly number[]): SQL {
  return sql`per_unit as (
    select o.unit_id, o.indicator_id, min(c.rank) filter (where c.cumulative) as best,
      bit_or(c.month_bit) as months, bit_or(c.quarter_bit) as quarters
    ${timely(year, ids)}
    group by o.unit_id, o.indicator_id
  ),
  ends as (
    select p.indicator_id, r.period as code, r.period_end as reported,
      case when ${runOf('p.months')} >= 2 then ${lastDayOf(year, runOf('p.months'))} end as by_months,
      case when ${runOf('p.quarters')} >= 2 then ${lastDayOf(year, sql`3 * ${runOf('p.quarters')}`)} end
        as by_quarters
    from per_unit p left join dated r on r.rank = p.best
  ),
  picks as (
    select indicator_id,
      case when reported >= coalesce(greatest(by_months, by_quarters), reported) then code end as code,
      case when reported >= coalesce(greatest(by_months, by_quarters), reported) then reported
        else greatest(by_months, by_quarters) end as period_end
    from ends
  )`;
}

/**
 * Each unit's latest entry per indicator (core's latestActual): for a stock every level of the year (the
 * latest wins in JS), for a flow the unit's latest of its reported cumulative codes, the longest run of
 * months from January and of quarters from January — at one end date a reported code first, then months.
 */
export function latestPeriodsSql(
  rootId: number,
  year: number,
  asOf: string | null,
  natures: readonly { id: number; flow: boolean }[],
): SQL {
  const flows = natures.filter((n) => n.flow).map((n) => n.id);
  const stocks = natures.filter((n) => !n.flow).map((n) => n.id);
  const parts: SQL[] = [];
  if (flows.length > 0)
    parts.push(sql`select distinct indicator_id, code, period_end from picks where period_end is not null`);
  if (stocks.length > 0)
    parts.push(sql`select distinct o.indicator_id, c.period as code, c.period_end ${timely(year, stocks)}`);
  const ctes = [
    subtree(rootId),
    yearCodes(year, asOf),
    ...(flows.length > 0 ? [flowPicks(year, flows)] : []),
  ];
  return sql`with recursive ${sql.join(ctes, sql`,\n  `)}\n  ${sql.join(parts, sql`\n  union all\n  `)}`;
}
