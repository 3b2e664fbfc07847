import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Target } from '../core/types';
import type { Actor } from './audit.repository';
import { createAuditTrail } from './audit-trail';
import type { Executor } from './database';
import { foundOr, mappingErrors } from './errors';
import { targets } from './target.schema';

export type TargetInput = Omit<Target, 'id' | 'document' | 'derivedFrom'> &
  Partial<Pick<Target, 'document' | 'derivedFrom'>>;

export type TargetPatch = Partial<TargetInput>;

function toTarget(row: typeof targets.$inferSelect): Target {
  return { ...row };
}

/** Targets (chỉ tiêu Nghị quyết, kế hoạch …): several per unit, indicator and year, one per source. */
export function createTargetRepository(db: Executor) {
  const audit = createAuditTrail(db, 'target');

  async function findById(id: number, ex: Executor = db): Promise<Target | null> {
    const [row] = await ex.select().from(targets).where(eq(targets.id, id));
    return row ? toTarget(row) : null;
  }

  async function requireById(id: number, ex: Executor): Promise<Target> {
    return foundOr(await findById(id, ex), 'not_found', `id: no target with id ${id}`);
  }

  /** Targets of the units that apply to a year: year targets of that year and terms spanning it. */
  async function findForUnitsYear(
    { unitIds, year }: { unitIds: number[]; year: number },
    ex: Executor = db,
  ): Promise<Target[]> {
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
    ): Promise<Target[]> {
      return findForUnitsYear({ unitIds: [unitId], year }, ex);
    },

    async create(input: TargetInput, actor: Actor, ex: Executor = db): Promise<Target> {
      return ex.transaction(async (tx) => {
        const [row] = await mappingErrors(() => tx.insert(targets).values(input).returning());
        const target = toTarget(row!);
        await audit.created(actor, target, tx);
        return target;
      });
    },

    /** Inserts many targets in one statement per chunk, each with its audit entry. */
    async insertMany(rows: TargetInput[], actor: Actor, tx: Executor = db): Promise<Target[]> {
      const created: Target[] = [];
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

    async update(id: number, patch: TargetPatch, actor: Actor, ex: Executor = db): Promise<Target> {
      return ex.transaction(async (tx) => {
        const before = await requireById(id, tx);
        const [row] = await mappingErrors(() =>
          tx.update(targets).set(patch).where(eq(targets.id, id)).returning(),
        );
        const target = toTarget(row!);
        await audit.updated(actor, id, before, target, tx);
        return target;
      });
    },

    async delete(id: number, actor: Actor, ex: Executor = db): Promise<void> {
      await ex.transaction(async (tx) => {
        const before = await requireById(id, tx);
        await tx.delete(targets).where(eq(targets.id, id));
        await audit.deleted(actor, id, before, tx);
      });
    },
  };
}

export type TargetRepository = ReturnType<typeof createTargetRepository>;
