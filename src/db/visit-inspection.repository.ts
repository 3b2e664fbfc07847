// Inspection and supervision teams of the yearly programme, and their findings.
import { and, asc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Finding, FindingStatus, Inspection } from '../core/visit/visit.types';
import type { Actor } from './audit.repository';
import { createAuditTrail } from './audit-trail';
import type { Executor } from './database';
import { DbError, foundOr, mappingErrors } from './errors';
import { findings, inspections } from './visit.schema';

export type InspectionInput = Omit<Inspection, 'id'>;

export interface InspectionFilter {
  /** Units whose inspections (organised or undergone) are returned; null for all. */
  scopeUnitIds: number[] | null;
  year?: number;
  organiserUnitId?: number;
  targetUnitId?: number;
}

/** The inspection programme and its findings, audited on every write. */
export function createInspectionRepository(db: Executor) {
  const audit = createAuditTrail(db, 'inspection');
  const findingAudit = createAuditTrail(db, 'finding');

  async function findById(id: number, ex: Executor = db): Promise<Inspection | null> {
    const [row] = await ex.select().from(inspections).where(eq(inspections.id, id));
    return row ?? null;
  }

  async function requireById(id: number, ex: Executor): Promise<Inspection> {
    return foundOr(await findById(id, ex), 'not_found', `id: no inspection with id ${id}`);
  }

  return {
    findById,

    async list(filter: InspectionFilter, ex: Executor = db): Promise<Inspection[]> {
      const c: SQL[] = [];
      if (filter.scopeUnitIds !== null) {
        const ids = filter.scopeUnitIds.length > 0 ? filter.scopeUnitIds : [-1];
        c.push(or(inArray(inspections.organiserUnitId, ids), inArray(inspections.targetUnitId, ids))!);
      }
      if (filter.year !== undefined) c.push(eq(inspections.year, filter.year));
      if (filter.organiserUnitId !== undefined)
        c.push(eq(inspections.organiserUnitId, filter.organiserUnitId));
      if (filter.targetUnitId !== undefined) c.push(eq(inspections.targetUnitId, filter.targetUnitId));
      return ex
        .select()
        .from(inspections)
        .where(and(...c))
        .orderBy(asc(inspections.year), asc(inspections.id));
    },

    async create(input: InspectionInput, actor: Actor, ex: Executor = db): Promise<Inspection> {
      return ex.transaction(async (tx) => {
        const [row] = await mappingErrors(() => tx.insert(inspections).values(input).returning());
        await audit.created(actor, row!, tx);
        return row!;
      });
    },

    async update(
      id: number,
      patch: Partial<InspectionInput>,
      actor: Actor,
      ex: Executor = db,
    ): Promise<Inspection> {
      return ex.transaction(async (tx) => {
        const before = await requireById(id, tx);
        const [row] = await mappingErrors(() =>
          tx.update(inspections).set(patch).where(eq(inspections.id, id)).returning(),
        );
        await audit.updated(actor, id, before, row, tx);
        return row!;
      });
    },

    async findingsOf(inspectionIds: number[], ex: Executor = db): Promise<Finding[]> {
      if (inspectionIds.length === 0) return [];
      return ex
        .select()
        .from(findings)
        .where(inArray(findings.inspectionId, inspectionIds))
        .orderBy(asc(findings.id));
    },

    async findFinding(id: number, ex: Executor = db): Promise<Finding | null> {
      const [row] = await ex.select().from(findings).where(eq(findings.id, id));
      return row ?? null;
    },

    async addFinding(input: Omit<Finding, 'id'>, actor: Actor, ex: Executor = db): Promise<Finding> {
      return ex.transaction(async (tx) => {
        const [row] = await mappingErrors(() => tx.insert(findings).values(input).returning());
        await findingAudit.created(actor, row!, tx);
        return row!;
      });
    },

    async setFindingStatus(
      id: number,
      status: FindingStatus,
      actor: Actor,
      ex: Executor = db,
    ): Promise<Finding> {
      return ex.transaction(async (tx) => {
        const [before] = await tx.select().from(findings).where(eq(findings.id, id));
        if (!before) throw new DbError('not_found', `id: no finding with id ${id}`);
        const [row] = await tx.update(findings).set({ status }).where(eq(findings.id, id)).returning();
        await findingAudit.updated(actor, id, before, row, tx);
        return row!;
      });
    },
  };
}

export type InspectionRepository = ReturnType<typeof createInspectionRepository>;
