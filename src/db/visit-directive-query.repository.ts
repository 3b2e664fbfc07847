// How directives are filtered and counted in SQL: the four-way status with the same rules as core
// directiveStatus, scope, and the summary by lead unit, so 50,000 rows never leave the database.
import { and, eq, gte, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import type { DirectiveStatus } from '../core/visit/directive-status';
import type { DirectiveSummary, DirectiveSummaryRow } from '../core/visit/directive-summary';
import type { DirectiveSourceKind } from '../core/visit/visit.types';
import { type Executor, rowsOf } from './database';
import { scopeCondition } from './scope-sql';
import { directives, directiveUnits, extensionRequests } from './visit.schema';

export interface DirectiveFilter {
  /** Units whose directives (issued, led or coordinated) are returned; null for all. */
  scopeUnitIds: number[] | null;
  /** ISO date the status is computed on. */
  today: string;
  issuerUnitId?: number;
  leadUnitId?: number;
  sourceKind?: DirectiveSourceKind;
  visitId?: number;
  inspectionId?: number;
  status?: DirectiveStatus;
  deadlineFrom?: string;
  deadlineTo?: string;
  /** Open directives due within this many days (reminders). */
  dueWithinDays?: number;
  /** Only directives with an extension request the issuer has not decided. */
  pendingExtension?: boolean;
}

/** The four-way status in SQL; must agree with core directiveStatus (tested against it). */
export function statusSql(today: string): SQL {
  return sql`case
    when ${directives.completedOn} is not null then
      case when ${directives.deadline} is null or ${directives.completedOn} <= ${directives.deadline}
        then 'done_on_time' else 'done_late' end
    when ${directives.deadline} is null or ${today}::date <= ${directives.deadline} then 'open_within_deadline'
    else 'open_overdue' end`;
}

function scopeSql(list: number[]): SQL {
  return or(
    inArray(directives.leadUnitId, list),
    inArray(directives.issuerUnitId, list),
    sql`exists (select 1 from ${directiveUnits} where ${directiveUnits.directiveId} = ${directives.id} and ${inArray(directiveUnits.unitId, list)})`,
  )!;
}

export function filterSql(f: DirectiveFilter): SQL | undefined {
  const c: (SQL | undefined)[] = [scopeCondition(f.scopeUnitIds, scopeSql)];
  if (f.issuerUnitId !== undefined) c.push(eq(directives.issuerUnitId, f.issuerUnitId));
  if (f.leadUnitId !== undefined) c.push(eq(directives.leadUnitId, f.leadUnitId));
  if (f.sourceKind) c.push(eq(directives.sourceKind, f.sourceKind));
  if (f.visitId !== undefined) c.push(eq(directives.sourceVisitId, f.visitId));
  if (f.inspectionId !== undefined) c.push(eq(directives.sourceInspectionId, f.inspectionId));
  if (f.status) c.push(sql`${statusSql(f.today)} = ${f.status}`);
  if (f.deadlineFrom) c.push(gte(directives.deadline, f.deadlineFrom));
  if (f.deadlineTo) c.push(lte(directives.deadline, f.deadlineTo));
  if (f.dueWithinDays !== undefined) {
    c.push(
      sql`${directives.completedOn} is null and ${directives.deadline} between ${f.today}::date and ${f.today}::date + ${f.dueWithinDays}::int`,
    );
  }
  if (f.pendingExtension) {
    c.push(
      sql`exists (select 1 from ${extensionRequests} where ${extensionRequests.directiveId} = ${directives.id} and ${extensionRequests.status} = 'pending')`,
    );
  }
  return and(...c);
}

/**
 * The grouped query of the summary: plain comparisons per bucket (not statusSql's CASE four times), the
 * same rules, cheaper per row.
 * @example summarySql({ scopeUnitIds: null, today: '2024-01-15', dueSoonDays: 7 }) → select lead_unit_id, count(*) filter …
 */
export function summarySql(filter: DirectiveFilter & { dueSoonDays: number }): SQL {
  const { dueWithinDays: _ignored, ...rest } = filter;
  const today = sql`${filter.today}::date`;
  const d = directives;
  return sql`select ${d.leadUnitId} as unit_id,
          count(*) filter (where ${d.completedOn} is not null and (${d.deadline} is null or ${d.completedOn} <= ${d.deadline})) as done_on_time,
          count(*) filter (where ${d.completedOn} > ${d.deadline}) as done_late,
          count(*) filter (where ${d.completedOn} is null and (${d.deadline} is null or ${d.deadline} >= ${today})) as open_within_deadline,
          count(*) filter (where ${d.completedOn} is null and ${d.deadline} < ${today}) as open_overdue,
          count(*) as total,
          count(*) filter (where ${d.completedOn} is null and ${d.deadline} between ${today} and ${today} + ${filter.dueSoonDays}::int) as due_soon
        from ${d} where ${filterSql(rest) ?? sql`true`}
        group by ${d.leadUnitId} order by ${d.leadUnitId}`;
}

/**
 * Counts by lead unit in the four buckets, plus due-soon, computed in one grouped query.
 * @example await directiveSummaryOf(db, { scopeUnitIds: null, today: '2024-01-15', dueSoonDays: 7 }) → { rows, totals }
 */
export async function directiveSummaryOf(
  ex: Executor,
  filter: DirectiveFilter & { dueSoonDays: number },
): Promise<DirectiveSummary> {
  return summaryFromRows(await rowsOf<Record<string, number | string>>(ex, summarySql(filter)));
}

const COUNT_COLUMNS = ['done_on_time', 'done_late', 'open_within_deadline', 'open_overdue', 'total'] as const;

function summaryFromRows(rows: Record<string, number | string>[]): DirectiveSummary {
  const totals = {
    done_on_time: 0,
    done_late: 0,
    open_within_deadline: 0,
    open_overdue: 0,
    total: 0,
    dueSoon: 0,
  };
  const out: DirectiveSummaryRow[] = rows.map((r) => {
    // count(*) arrives as a string (bigint) from node-postgres and as a number from PGlite.
    const row = { unitId: Number(r.unit_id), dueSoon: Number(r.due_soon) } as DirectiveSummaryRow;
    for (const c of COUNT_COLUMNS) row[c] = Number(r[c]);
    for (const c of [...COUNT_COLUMNS, 'dueSoon'] as const) totals[c] += row[c];
    return row;
  });
  return { rows: out, totals };
}
