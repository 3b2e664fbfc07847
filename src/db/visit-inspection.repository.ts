// Inspection and supervision teams of the yearly programme, and their findings.
import { and, asc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Finding, FindingStatus, Inspection } from '../core/visit/visit.types';
import type { Actor } from './audit.repository';
import { auditedRows } from './audited-rows';
import type { Executor } from './database';
import { scopeCondition } from './scope-sql';
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
  const inspectionRows = auditedRows(db, inspections, 'inspection');
  const findingRows = auditedRows(db, findings, 'finding');

  return {
    findById: inspectionRows.findById,

    async list(filter: InspectionFilter, ex: Executor = db): Promise<Inspection[]> {
      const c: (SQL | undefined)[] = [
        scopeCondition(filter.scopeUnitIds, (ids) =>
          or(inArray(inspections.organiserUnitId, ids), inArray(inspections.targetUnitId, ids)),
        ),
      ];
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

    create: (input: InspectionInput, actor: Actor, ex: Executor = db): Promise<Inspection> =>
      inspectionRows.insert(input, actor, ex),

    update: (
      id: number,
      patch: Partial<InspectionInput>,
      actor: Actor,
      ex: Executor = db,
    ): Promise<Inspection> => inspectionRows.update(id, patch, actor, ex),

    async findingsOf(inspectionIds: number[], ex: Executor = db): Promise<Finding[]> {
      if (inspectionIds.length === 0) return [];
      return ex
        .select()
        .from(findings)
        .where(inArray(findings.inspectionId, inspectionIds))
        .orderBy(asc(findings.id));
    },

    findFinding: findingRows.findById,

    addFinding: (input: Omit<Finding, 'id'>, actor: Actor, ex: Executor = db): Promise<Finding> =>
      findingRows.insert(input, actor, ex),

    setFindingStatus: (
      id: number,
      status: FindingStatus,
      actor: Actor,
      ex: Executor = db,
    ): Promise<Finding> => findingRows.update(id, { status }, actor, ex),
  };
}

export type InspectionRepository = ReturnType<typeof createInspectionRepository>;
