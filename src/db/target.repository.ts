import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Target } from '../core/types';
import type { Actor } from './audit.repository';
import { createAuditTrail } from './audit-trail';
import type { Executor } from './database';
import { foundOr, mappingErrors } from './errors';
import { targets } from './target.schema';
import { bumped, checkVersion, type Versioned, type VersionRead } from './versioned';

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

  async function findById(id: number, ex: Executor = db): Promise<StoredTarget | null> {
    const [row] = await ex.select().from(targets).where(eq(targets.id, id));
    return row ? toTarget(row) : null;
  }

  /** The row under a lock, checked against the version the caller read. */
  async function lockCurrent(id: number, read: number | undefined, tx: Executor): Promise<StoredTarget> {
    const [row] = await tx.select().from(targets).where(eq(targets.id, id)).for('update');
    const current = foundOr(row ? toTarget(row) : null, 'not_found', `id: no target with id ${id}`);
    return checkVersion('target', id, current, read);
  }

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

    async create(input: TargetInput, actor: Actor, ex: Executor = db): Promise<StoredTarget> {
      return ex.transaction(async (tx) => {
        const [row] = await mappingErrors(() => tx.insert(targets).values(input).returning());
        const target = toTarget(row!);
        await audit.created(actor, target, tx);
        return target;
      });
    },

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
    async update(
      id: number,
      patch: TargetPatch & VersionRead,
      actor: Actor,
      ex: Executor = db,
    ): Promise<StoredTarget> {
      return ex.transaction(async (tx) => {
        const before = await lockCurrent(id, patch.version, tx);
        const [row] = await mappingErrors(() =>
          tx.update(targets).set(bumped(patch, before)).where(eq(targets.id, id)).returning(),
        );
        const target = toTarget(row!);
        await audit.updated(actor, id, before, target, tx);
        return target;
      });
    },

    /** Deletes a target; with the version read, only if it is still the one the caller read. */
    async delete(id: number, actor: Actor, ex: Executor = db, read?: number): Promise<void> {
      await ex.transaction(async (tx) => {
        const before = await lockCurrent(id, read, tx);
        await tx.delete(targets).where(eq(targets.id, id));
        await audit.deleted(actor, id, before, tx);
      });
    },
  };
}

export type TargetRepository = ReturnType<typeof createTargetRepository>;
