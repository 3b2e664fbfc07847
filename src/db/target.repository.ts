import { and, asc, gte, inArray, lte } from 'drizzle-orm';
import type { Target } from '../core/types';
import type { Actor } from './audit.repository';
import { createAuditTrail } from './audit-trail';
import type { Executor } from './database';
import { mappingErrors } from './errors';
import { targets } from './target.schema';
import type { Versioned, VersionRead } from './versioned';
import { versionedRows } from './versioned-rows';

export type TargetInput = Omit<Target, 'id' | 'document' | 'derivedFrom'> &
  Partial<Pick<Target, 'document' | 'derivedFrom'>>;

export type TargetPatch = Partial<TargetInput>;

/** A target as stored, with the version an editor must send back to change it. */
export type StoredTarget = Versioned<Target>;

function toTarget(row: typeof targets.$inferSelect): StoredTarget {
  return { ...row };
}

/** Targets (chỉ tiêu Nghị quyết, kế hoạch …): several per unit, indicator and year, one per source. */
export function createTargetRepository(db: Executor) {
  const audit = createAuditTrail(db, 'target');

  const versioned = versionedRows(db, {
    table: targets,
    what: 'target',
    notFound: 'not_found',
    toRecord: toTarget,
    audit,
  });
  const { findById } = versioned;

  /** Targets of the units that apply to a year: year targets of that year and terms spanning it. */
  async function findForUnitsYear(
    { unitIds, year }: { unitIds: number[]; year: number },
    ex: Executor = db,
  ): Promise<StoredTarget[]> {
    if (unitIds.length === 0) return [];
    const rows = await ex
      .select()
      .from(targets)
      .where(and(inArray(targets.unitId, unitIds), lte(targets.fromYear, year), gte(targets.toYear, year)))
      .orderBy(asc(targets.unitId), asc(targets.indicatorId), asc(targets.id));
    return rows.map(toTarget);
  }

  return {
    findById,
    findForUnitsYear,

    /** Targets of one unit that apply to a year (term targets 2020–2025 included). */
    async findForUnitYear(
      { unitId, year }: { unitId: number; year: number },
      ex: Executor = db,
    ): Promise<StoredTarget[]> {
      return findForUnitsYear({ unitIds: [unitId], year }, ex);
    },

    create: (input: TargetInput, actor: Actor, ex: Executor = db): Promise<StoredTarget> =>
      versioned.create(input, actor, ex),

    /** Inserts many targets in one statement per chunk, each with its audit entry. */
    async insertMany(rows: TargetInput[], actor: Actor, tx: Executor = db): Promise<StoredTarget[]> {
      const created: StoredTarget[] = [];
      for (let i = 0; i < rows.length; i += 1000) {
        const chunk = rows.slice(i, i + 1000);
        const inserted = await mappingErrors(() => tx.insert(targets).values(chunk).returning());
        created.push(...inserted.map(toTarget));
      }
      for (let i = 0; i < created.length; i += 1000) {
        const entries = created.slice(i, i + 1000).map((t) => audit.entry(actor, t.id, 'create', null, t));
        if (entries.length > 0) await audit.appendMany(entries, tx);
      }
      return created;
    },

    /** Changes a target; with the version read, only if nobody changed it since (else `stale_version`). */
    update: (id: number, patch: TargetPatch & VersionRead, actor: Actor, ex: Executor = db) =>
      versioned.update(id, patch, actor, ex),

    /** Deletes a target; with the version read, only if it is still the one the caller read. */
    delete: versioned.delete,
  };
}

export type TargetRepository = ReturnType<typeof createTargetRepository>;
