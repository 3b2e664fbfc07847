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
  per_group as (
    select req, role, unit_id, grp,
      case when grp = 'r' then (array_agg(value order by rank))[1]
           when count(*) = max(need) then sum(value order by rank) end as value
    from hit group by req, role, unit_id, grp
  ),
  fig as (
    select distinct on (req, role, unit_id) req, role, unit_id, value from per_group where value is not null
    order by req, role, unit_id, case grp when 'r' then 0 when 'm' then 1 else 2 end
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
    select req, kind, answered, count(*) as n, min(ordinal) as first from expected group by req, kind, answered
  )
  select e.req, count(*) filter (where e.answered) as reporting, count(*) as expected,
    sum(f1.value order by e.path) filter (where e.answered) as v1,
    sum(f2.value order by e.path) filter (where e.answered) as v2,
    (select json_agg(json_build_object('kind', l.kind, 'reported', l.answered, 'n', l.n, 'first', l.first))
       from levels l where l.req = e.req) as levels
  from expected e
  left join fig f1 on f1.req = e.req and f1.unit_id = e.id and f1.role = 1
  left join fig f2 on f2.req = e.req and f2.unit_id = e.id and f2.role = 2
  group by e.req`;
}

/** The last day of a stored period code, as ISO text (codes are canonical: normalised on write). */
const periodEnd = sql.raw(`case
    when o.period ~ '^[0-9]{4}$' then o.period || '-12-31'
    when o.period ~ '^[0-9]{4}-YTD-' then substring(o.period from 10)
    else to_char(make_date(left(o.period, 4)::integer, coalesce(
        substring(o.period from '-M([0-9]+)$')::integer,
        3 * substring(o.period from '-Q([0-9])$')::integer,
        6 * substring(o.period from '-H([0-9])$')::integer,
        substring(o.period from '-([0-9]+)M$')::integer), 1) + interval '1 month' - interval '1 day', 'YYYY-MM-DD')
  end`);

/** A period from 1 January: the year, M1, Q1, H1, the first N months, a year-to-date. */
const cumulative = sql.raw(`period ~ '^[0-9]{4}(-M1|-Q1|-H1|-[0-9]+M|-YTD-.*)?$'`);

const lastDayOf = (monthExpr: string) =>
  sql.raw(`to_char(make_date(year, ${monthExpr}, 1) + interval '1 month' - interval '1 day', 'YYYY-MM-DD')`);

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
  return sql`with recursive ${subtree(rootId)},
  nat as (select * from jsonb_to_recordset(${JSON.stringify(natures)}::jsonb) as n(id integer, flow boolean)),
  active as (
    select u.id from units u where u.id in (select id from sub)
      and (u.valid_from is null or u.valid_from <= ${`${year}-12-31`}::date)
      and (u.valid_to is null or u.valid_to >= ${`${year}-01-01`}::date)
  ),
  timely as (
    select * from (
      select o.unit_id, o.indicator_id, o.period, n.flow, ${periodEnd} as period_end, ${year}::integer as year
      from observations o join nat n on n.id = o.indicator_id
      where o.unit_id in (select id from active) and o.period_year = ${year} and o.kind = 'actual'
    ) t where ${asOf}::text is null or period_end <= ${asOf}::text
  ),
  runs as (
    select unit_id, indicator_id, year, grp, max(idx) as n from (
      select unit_id, indicator_id, year, grp, idx,
        row_number() over (partition by unit_id, indicator_id, grp order by idx) as rn
      from (
        select unit_id, indicator_id, year, 'm' as grp, substring(period from '-M([0-9]+)$')::integer as idx
        from timely where flow and period ~ '-M[0-9]+$'
        union all
        select unit_id, indicator_id, year, 'q', substring(period from '-Q([0-9])$')::integer
        from timely where flow and period ~ '-Q[0-9]$'
      ) chained
    ) numbered where idx = rn group by unit_id, indicator_id, year, grp
  ),
  entries as (
    select unit_id, indicator_id, period as code, period_end, 0 as prio from timely where flow and ${cumulative}
    union all
    select unit_id, indicator_id, null, ${lastDayOf('n')}, 1 from runs where grp = 'm' and n >= 2
    union all
    select unit_id, indicator_id, null, ${lastDayOf('3 * n')}, 2 from runs where grp = 'q' and n >= 2
  ),
  picks as (
    select distinct on (unit_id, indicator_id) indicator_id, code, period_end from entries
    order by unit_id, indicator_id, period_end desc, prio, code collate "C"
  )
  select distinct indicator_id, code, period_end from picks
  union
  select distinct indicator_id, period, period_end from timely where not flow`;
}
