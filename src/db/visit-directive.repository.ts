// Directives with their coordinating units, progress updates and extension requests; the four-way summary
// is computed in SQL with the same rules as core directiveStatus, so 50,000 rows never leave the database.
import { and, asc, desc, eq, gte, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import type { DirectiveStatus } from '../core/visit/directive-status';
import type { DirectiveSummary, DirectiveSummaryRow } from '../core/visit/directive-summary';
import type {
  Directive,
  DirectiveSource,
  DirectiveSourceKind,
  DirectiveUpdate,
  ExtensionRequest,
} from '../core/visit/visit.types';
import { type Actor, createAuditRepository } from './audit.repository';
import { type Executor, rowsOf } from './database';
import { DbError, mappingErrors } from './errors';
import { directives, directiveUnits, directiveUpdates, extensionRequests } from './visit.schema';

export type DirectiveInput = Omit<Directive, 'id' | 'progressPercent' | 'completedOn'> &
  Partial<Pick<Directive, 'progressPercent' | 'completedOn'>>;

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
}

type Row = typeof directives.$inferSelect;

function sourceOf(row: Row): DirectiveSource {
  if (row.sourceKind === 'visit')
    return { kind: 'visit', visitId: row.sourceVisitId ?? 0, number: row.sourceNumber };
  if (row.sourceKind === 'inspection') {
    return {
      kind: 'inspection',
      inspectionId: row.sourceInspectionId ?? 0,
      findingId: row.sourceFindingId,
      number: row.sourceNumber,
    };
  }
  return { kind: 'document', number: row.sourceNumber ?? '' };
}

function sourceColumns(source: DirectiveSource) {
  return {
    sourceKind: source.kind,
    sourceVisitId: source.kind === 'visit' ? source.visitId : null,
    sourceInspectionId: source.kind === 'inspection' ? source.inspectionId : null,
    sourceFindingId: source.kind === 'inspection' ? source.findingId : null,
    sourceNumber: source.number,
  };
}

function toDirective(row: Row, coordinatingUnitIds: number[]): Directive {
  return {
    id: row.id,
    text: row.text,
    source: sourceOf(row),
    issuerUnitId: row.issuerUnitId,
    leadUnitId: row.leadUnitId,
    coordinatingUnitIds,
    deadline: row.deadline,
    indicatorIds: row.indicatorIds,
    progressPercent: row.progressPercent,
    completedOn: row.completedOn,
    createdOn: row.createdOn,
  };
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

function scopeSql(ids: number[]): SQL {
  const list = ids.length > 0 ? ids : [-1];
  return or(
    inArray(directives.leadUnitId, list),
    inArray(directives.issuerUnitId, list),
    sql`exists (select 1 from ${directiveUnits} where ${directiveUnits.directiveId} = ${directives.id} and ${inArray(directiveUnits.unitId, list)})`,
  )!;
}

function filterSql(f: DirectiveFilter): SQL | undefined {
  const c: SQL[] = [];
  if (f.scopeUnitIds !== null) c.push(scopeSql(f.scopeUnitIds));
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
  return and(...c);
}

const auditOf = (actor: Actor, entity: string, entityId: number) => ({
  userId: actor.userId,
  entity,
  entityId,
});

/** Directives and their follow-up records. */
export function createDirectiveRepository(db: Executor) {
  const audit = createAuditRepository(db);

  async function hydrate(rows: Row[], ex: Executor): Promise<Directive[]> {
    if (rows.length === 0) return [];
    const links = await ex
      .select()
      .from(directiveUnits)
      .where(
        inArray(
          directiveUnits.directiveId,
          rows.map((r) => r.id),
        ),
      );
    const byDirective = new Map<number, number[]>();
    for (const l of links)
      byDirective.set(l.directiveId, [...(byDirective.get(l.directiveId) ?? []), l.unitId]);
    return rows.map((r) =>
      toDirective(
        r,
        (byDirective.get(r.id) ?? []).sort((a, b) => a - b),
      ),
    );
  }

  async function findById(id: number, ex: Executor = db): Promise<Directive | null> {
    return (await hydrate(await ex.select().from(directives).where(eq(directives.id, id)), ex))[0] ?? null;
  }

  async function requireById(id: number, ex: Executor): Promise<Directive> {
    const d = await findById(id, ex);
    if (!d) throw new DbError('not_found', `id: no directive with id ${id}`);
    return d;
  }

  async function insertOne(input: DirectiveInput, actor: Actor, tx: Executor): Promise<Directive> {
    const [row] = await mappingErrors(() =>
      tx
        .insert(directives)
        .values({
          text: input.text,
          ...sourceColumns(input.source),
          issuerUnitId: input.issuerUnitId,
          leadUnitId: input.leadUnitId,
          deadline: input.deadline,
          indicatorIds: input.indicatorIds,
          progressPercent: input.progressPercent ?? 0,
          completedOn: input.completedOn ?? null,
          createdOn: input.createdOn,
        })
        .returning(),
    );
    const coordinating = [...new Set(input.coordinatingUnitIds)];
    if (coordinating.length > 0) {
      await mappingErrors(() =>
        tx.insert(directiveUnits).values(coordinating.map((unitId) => ({ directiveId: row!.id, unitId }))),
      );
    }
    const d = toDirective(
      row!,
      coordinating.sort((a, b) => a - b),
    );
    await audit.append(
      { ...auditOf(actor, 'directive', d.id), action: 'create', before: null, after: d },
      tx,
    );
    return d;
  }

  /** Writes a directive changed by a core rule (progress, deadline, completion, edits), audited. */
  async function save(after: Directive, actor: Actor, ex: Executor = db): Promise<Directive> {
    return ex.transaction(async (tx) => {
      const before = await requireById(after.id, tx);
      await mappingErrors(() =>
        tx
          .update(directives)
          .set({
            text: after.text,
            ...sourceColumns(after.source),
            leadUnitId: after.leadUnitId,
            deadline: after.deadline,
            indicatorIds: after.indicatorIds,
            progressPercent: after.progressPercent,
            completedOn: after.completedOn,
          })
          .where(eq(directives.id, after.id)),
      );
      await tx.delete(directiveUnits).where(eq(directiveUnits.directiveId, after.id));
      const coordinating = [...new Set(after.coordinatingUnitIds)];
      if (coordinating.length > 0) {
        await mappingErrors(() =>
          tx.insert(directiveUnits).values(coordinating.map((unitId) => ({ directiveId: after.id, unitId }))),
        );
      }
      const saved = await requireById(after.id, tx);
      await audit.append(
        { ...auditOf(actor, 'directive', after.id), action: 'update', before, after: saved },
        tx,
      );
      return saved;
    });
  }

  return {
    findById,
    requireById,

    async list(filter: DirectiveFilter, ex: Executor = db): Promise<Directive[]> {
      const rows = await ex
        .select()
        .from(directives)
        .where(filterSql(filter))
        .orderBy(asc(directives.deadline), asc(directives.id));
      return hydrate(rows, ex);
    },

    /** Saves several directives at once (a visit's reviewed drafts): all or none. */
    async createMany(inputs: DirectiveInput[], actor: Actor, ex: Executor = db): Promise<Directive[]> {
      return ex.transaction(async (tx) => {
        const saved: Directive[] = [];
        for (const input of inputs) saved.push(await insertOne(input, actor, tx));
        return saved;
      });
    },

    save,

    async remove(id: number, actor: Actor, ex: Executor = db): Promise<void> {
      await ex.transaction(async (tx) => {
        const before = await requireById(id, tx);
        await tx.delete(directives).where(eq(directives.id, id));
        await audit.append({ ...auditOf(actor, 'directive', id), action: 'delete', before, after: null }, tx);
      });
    },

    /** Records a progress update and the directive's new progress together. */
    async addUpdate(
      update: Omit<DirectiveUpdate, 'id'>,
      after: Directive,
      actor: Actor,
      ex: Executor = db,
    ): Promise<DirectiveUpdate> {
      return ex.transaction(async (tx) => {
        const [row] = await mappingErrors(() => tx.insert(directiveUpdates).values(update).returning());
        await tx
          .update(directives)
          .set({ progressPercent: after.progressPercent })
          .where(eq(directives.id, after.id));
        await audit.append(
          { ...auditOf(actor, 'directive_update', row!.id), action: 'create', before: null, after: row },
          tx,
        );
        return row!;
      });
    },

    async updatesOf(directiveId: number, ex: Executor = db): Promise<DirectiveUpdate[]> {
      return ex
        .select()
        .from(directiveUpdates)
        .where(eq(directiveUpdates.directiveId, directiveId))
        .orderBy(desc(directiveUpdates.reportedOn), desc(directiveUpdates.id));
    },

    async addExtension(
      request: Omit<ExtensionRequest, 'id'>,
      actor: Actor,
      ex: Executor = db,
    ): Promise<ExtensionRequest> {
      return ex.transaction(async (tx) => {
        const [row] = await mappingErrors(() => tx.insert(extensionRequests).values(request).returning());
        await audit.append(
          { ...auditOf(actor, 'extension_request', row!.id), action: 'create', before: null, after: row },
          tx,
        );
        return row!;
      });
    },

    async findExtension(id: number, ex: Executor = db): Promise<ExtensionRequest | null> {
      const [row] = await ex.select().from(extensionRequests).where(eq(extensionRequests.id, id));
      return row ?? null;
    },

    async extensionsOf(directiveId: number, ex: Executor = db): Promise<ExtensionRequest[]> {
      return ex
        .select()
        .from(extensionRequests)
        .where(eq(extensionRequests.directiveId, directiveId))
        .orderBy(asc(extensionRequests.id));
    },

    /** Stores the issuer's decision and, when approved, the moved deadline, in one transaction. */
    async saveDecision(
      request: ExtensionRequest,
      after: Directive,
      actor: Actor,
      ex: Executor = db,
    ): Promise<ExtensionRequest> {
      return ex.transaction(async (tx) => {
        const [before] = await tx
          .select()
          .from(extensionRequests)
          .where(eq(extensionRequests.id, request.id));
        const [row] = await tx
          .update(extensionRequests)
          .set({
            status: request.status,
            decidedOn: request.decidedOn,
            decidedByUserId: request.decidedByUserId,
          })
          .where(eq(extensionRequests.id, request.id))
          .returning();
        await audit.append(
          { ...auditOf(actor, 'extension_request', request.id), action: 'update', before, after: row },
          tx,
        );
        if (request.status === 'approved') await save(after, actor, tx);
        return row!;
      });
    },

    /** Counts by lead unit in the four buckets, plus due-soon, computed in one grouped query. */
    async summary(
      filter: DirectiveFilter & { dueSoonDays: number },
      ex: Executor = db,
    ): Promise<DirectiveSummary> {
      const { dueWithinDays: _ignored, ...rest } = filter;
      // Plain comparisons per bucket (not the CASE of statusSql four times): the same rules, cheaper per row.
      const today = sql`${filter.today}::date`;
      const d = directives;
      const rows = await rowsOf<Record<string, number | string>>(
        ex,
        sql`select ${d.leadUnitId} as unit_id,
          count(*) filter (where ${d.completedOn} is not null and (${d.deadline} is null or ${d.completedOn} <= ${d.deadline})) as done_on_time,
          count(*) filter (where ${d.completedOn} > ${d.deadline}) as done_late,
          count(*) filter (where ${d.completedOn} is null and (${d.deadline} is null or ${d.deadline} >= ${today})) as open_within_deadline,
          count(*) filter (where ${d.completedOn} is null and ${d.deadline} < ${today}) as open_overdue,
          count(*) as total,
          count(*) filter (where ${d.completedOn} is null and ${d.deadline} between ${today} and ${today} + ${filter.dueSoonDays}::int) as due_soon
        from ${d} where ${filterSql(rest) ?? sql`true`}
        group by ${d.leadUnitId} order by ${d.leadUnitId}`,
      );
      return summaryFromRows(rows);
    },
  };
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

export type DirectiveRepository = ReturnType<typeof createDirectiveRepository>;
