// Directives with their coordinating units, progress updates and extension requests, audited; the SQL of
// filters and the four-way summary lives in visit-directive-query.repository.ts.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DirectiveSummary } from '../core/visit/directive-summary';
import type {
  Directive,
  DirectiveSource,
  DirectiveUpdate,
  ExtensionRequest,
} from '../core/visit/visit.types';
import type { Actor } from './audit.repository';
import { createAuditTrail } from './audit-trail';
import { auditedRows } from './audited-rows';
import { childRowsOf, replaceChildRows } from './child-rows';
import type { Executor } from './database';
import { foundOr, mappingErrors } from './errors';
import { checkVersion, type Versioned } from './versioned';
import { directives, directiveUnits, directiveUpdates, extensionRequests } from './visit.schema';
import { type DirectiveFilter, directiveSummaryOf, filterSql } from './visit-directive-query.repository';

/** A directive as stored, with the version an editor sends back to change it. */
export type StoredDirective = Versioned<Directive>;

export type { DirectiveFilter };

export type DirectiveInput = Omit<Directive, 'id' | 'progressPercent' | 'completedOn'> &
  Partial<Pick<Directive, 'progressPercent' | 'completedOn'>>;

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

function toDirective(row: Row, coordinatingUnitIds: number[]): StoredDirective {
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
    version: row.version,
  };
}

/** Directives and their follow-up records. */
export function createDirectiveRepository(db: Executor) {
  const audit = createAuditTrail(db, 'directive');
  const updateRows = auditedRows(db, directiveUpdates, 'directive_update');
  const extensionRows = auditedRows(db, extensionRequests, 'extension_request');

  async function hydrate(rows: Row[], ex: Executor): Promise<StoredDirective[]> {
    const ids = rows.map((r) => r.id);
    const links = await childRowsOf(ex, directiveUnits, directiveUnits.directiveId, ids);
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

  async function findById(id: number, ex: Executor = db): Promise<StoredDirective | null> {
    return (await hydrate(await ex.select().from(directives).where(eq(directives.id, id)), ex))[0] ?? null;
  }

  async function requireById(id: number, ex: Executor): Promise<StoredDirective> {
    return foundOr(await findById(id, ex), 'not_found', `id: no directive with id ${id}`);
  }

  async function insertOne(input: DirectiveInput, actor: Actor, tx: Executor): Promise<StoredDirective> {
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
    await audit.created(actor, d, tx);
    return d;
  }

  /** Holds the directive's row until the transaction ends. */
  async function lockRow(id: number, tx: Executor): Promise<void> {
    await tx.select({ id: directives.id }).from(directives).where(eq(directives.id, id)).for('update');
  }

  /** The directive under a row lock, checked against the version the caller read. */
  async function lockCurrent(id: number, read: number | undefined, tx: Executor): Promise<StoredDirective> {
    await lockRow(id, tx);
    return checkVersion('directive', id, await requireById(id, tx), read);
  }

  /**
   * Writes a directive changed by a core rule (progress, deadline, completion, edits), audited; with the
   * version the caller read, only if nobody changed it since (else `stale_version`).
   */
  async function save(
    after: Directive,
    actor: Actor,
    ex: Executor = db,
    read?: number,
  ): Promise<StoredDirective> {
    return ex.transaction(async (tx) => {
      const before = await lockCurrent(after.id, read, tx);
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
            version: before.version + 1,
          })
          .where(eq(directives.id, after.id)),
      );
      const coordinating = [...new Set(after.coordinatingUnitIds)].map((unitId) => ({
        directiveId: after.id,
        unitId,
      }));
      await mappingErrors(() =>
        replaceChildRows(tx, directiveUnits, directiveUnits.directiveId, after.id, coordinating),
      );
      const saved = await requireById(after.id, tx);
      await audit.updated(actor, after.id, before, saved, tx);
      return saved;
    });
  }

  return {
    findById,
    requireById,

    /**
     * Holds the directive's row until the transaction ends, so a change read after it is not written over
     * by another made meanwhile (a progress report, a decision, an edit of another field).
     */
    lockForChange: lockRow,

    async list(filter: DirectiveFilter, ex: Executor = db): Promise<StoredDirective[]> {
      const rows = await ex
        .select()
        .from(directives)
        .where(filterSql(filter))
        .orderBy(asc(directives.deadline), asc(directives.id));
      return hydrate(rows, ex);
    },

    /** Saves several directives at once (a visit's reviewed drafts): all or none. */
    async createMany(inputs: DirectiveInput[], actor: Actor, ex: Executor = db): Promise<StoredDirective[]> {
      return ex.transaction(async (tx) => {
        const saved: StoredDirective[] = [];
        for (const input of inputs) saved.push(await insertOne(input, actor, tx));
        return saved;
      });
    },

    save,

    async remove(id: number, actor: Actor, ex: Executor = db): Promise<void> {
      await ex.transaction(async (tx) => {
        const before = await requireById(id, tx);
        await tx.delete(directives).where(eq(directives.id, id));
        await audit.deleted(actor, id, before, tx);
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
        const row = await updateRows.insert(update, actor, tx);
        await tx
          .update(directives)
          .set({ progressPercent: after.progressPercent, version: sql`${directives.version} + 1` })
          .where(eq(directives.id, after.id));
        return row;
      });
    },

    findUpdate: updateRows.findById,

    async updatesOf(directiveId: number, ex: Executor = db): Promise<DirectiveUpdate[]> {
      return ex
        .select()
        .from(directiveUpdates)
        .where(eq(directiveUpdates.directiveId, directiveId))
        .orderBy(desc(directiveUpdates.reportedOn), desc(directiveUpdates.id));
    },

    addExtension: (
      request: Omit<ExtensionRequest, 'id'>,
      actor: Actor,
      ex: Executor = db,
    ): Promise<ExtensionRequest> => extensionRows.insert(request, actor, ex),

    findExtension: extensionRows.findById,

    /** The extension request awaiting the issuer's decision, by directive, of these directives. */
    async pendingExtensionsOf(
      directiveIds: readonly number[],
      ex: Executor = db,
    ): Promise<Map<number, ExtensionRequest>> {
      if (directiveIds.length === 0) return new Map();
      const rows = await ex
        .select()
        .from(extensionRequests)
        .where(
          and(
            inArray(extensionRequests.directiveId, [...directiveIds]),
            eq(extensionRequests.status, 'pending'),
          ),
        )
        .orderBy(asc(extensionRequests.id));
      return new Map(rows.map((r) => [r.directiveId, r as ExtensionRequest]));
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
        const { status, decidedOn, decidedByUserId } = request;
        const row = await extensionRows.update(request.id, { status, decidedOn, decidedByUserId }, actor, tx);
        if (request.status === 'approved') await save(after, actor, tx);
        return row;
      });
    },

    /** Counts by lead unit in the four buckets, plus due-soon, computed in one grouped query. */
    summary: (
      filter: DirectiveFilter & { dueSoonDays: number },
      ex: Executor = db,
    ): Promise<DirectiveSummary> => directiveSummaryOf(ex, filter),
  };
}

export type DirectiveRepository = ReturnType<typeof createDirectiveRepository>;
