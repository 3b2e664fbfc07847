// The inspection and supervision programme (kiểm tra, giám sát): teams read within scope, set up and given
// findings by the organiser's editors (core/visit/visit-access). Each change runs in one transaction with
// its checks, so a refused one writes nothing.
import { DomainError } from '../../core/errors';
import type { User } from '../../core/types';
import { countInspections, describeInspectionCounts } from '../../core/visit/inspection-counts';
import type { Finding, FindingStatus, Inspection } from '../../core/visit/visit.types';
import { can, canSeeInspection } from '../../core/visit/visit-access';
import type { Db, Executor } from '../../db/database';
import { createUnitRepository } from '../../db/unit.repository';
import {
  createInspectionRepository,
  type InspectionFilter,
  type InspectionInput,
} from '../../db/visit-inspection.repository';
import { notFoundRecord, requireUnit } from '../access/unit-scope';
import { allow, visitViewer } from './visit-actor';

function repositories(ex: Executor) {
  return { inspections: createInspectionRepository(ex), units: createUnitRepository(ex) };
}

const onlyOrganiser = (id: number) => `id: chỉ đơn vị tổ chức đoàn kiểm tra ${id} được ghi kết quả`;

/** An inspection the user may see (organised or undergone in their subtree), with the user as rules see them. */
async function readable(ex: Executor, user: User, id: number) {
  const { inspections, units } = repositories(ex);
  const inspection = await inspections.findById(id, ex);
  if (!inspection) throw notFoundRecord('đoàn kiểm tra, giám sát', id);
  const { actor } = await visitViewer(units, user);
  allow(canSeeInspection(actor.scope, inspection), `id: đoàn kiểm tra ${id} nằm ngoài phạm vi của bạn`);
  return { inspection, actor };
}

/** The inspection use cases over one database. */
export function createInspectionUseCases(db: Db) {
  return {
    /** Inspections organised or undergone within the user's subtree. */
    async list(user: User, filter: Omit<InspectionFilter, 'scopeUnitIds'>): Promise<Inspection[]> {
      const { inspections, units } = repositories(db);
      const { scopeIds } = await visitViewer(units, user);
      return inspections.list({ ...filter, scopeUnitIds: scopeIds });
    },

    /** The counts a report states of one organiser's year (the organiser must be in scope). */
    async counts(user: User, query: { year: number; organiserUnitId: number }) {
      const { inspections, units } = repositories(db);
      const { year, organiserUnitId } = query;
      await requireUnit(units, user, organiserUnitId, 'read', 'organiserUnitId');
      const all = await inspections.list({ scopeUnitIds: null, year, organiserUnitId });
      const counts = countInspections(all, year, organiserUnitId);
      return { ...counts, text: describeInspectionCounts(counts) };
    },

    /** One inspection with its findings. */
    async detail(user: User, id: number): Promise<{ inspection: Inspection; findings: Finding[] }> {
      const { inspection } = await readable(db, user, id);
      return { inspection, findings: await repositories(db).inspections.findingsOf([inspection.id]) };
    },

    /** Sets up a team of an organiser the user edits for, aimed at a unit in their scope. */
    async create(user: User, input: InspectionInput): Promise<Inspection> {
      if (input.periodFrom > input.periodTo) {
        throw new DomainError(
          'invalid_input',
          'periodTo',
          `${input.periodTo} trước ngày bắt đầu ${input.periodFrom}`,
        );
      }
      return db.transaction(async (tx) => {
        const { inspections, units } = repositories(tx);
        await requireUnit(units, user, input.organiserUnitId, 'read', 'organiserUnitId');
        const { actor } = await visitViewer(units, user);
        allow(
          can(actor, 'inspection.create', input),
          'organiserUnitId: chỉ người nhập liệu của đơn vị tổ chức (hoặc cấp trên) được lập đoàn kiểm tra',
        );
        await requireUnit(units, user, input.targetUnitId, 'read', 'targetUnitId');
        return inspections.create(input, { userId: user.id }, tx);
      });
    },

    /** Records a finding, by the organiser (never the inspected unit). */
    async addFinding(user: User, id: number, text: string): Promise<Finding> {
      return db.transaction(async (tx) => {
        const { inspection, actor } = await readable(tx, user, id);
        allow(can(actor, 'finding.create', inspection), onlyOrganiser(inspection.id));
        const finding = { inspectionId: inspection.id, text, status: 'open' as const };
        return repositories(tx).inspections.addFinding(finding, { userId: user.id }, tx);
      });
    },

    /** Marks a finding open or remedied, by the organiser. */
    async setFindingStatus(user: User, findingId: number, status: FindingStatus): Promise<Finding> {
      return db.transaction(async (tx) => {
        const { inspections } = repositories(tx);
        const finding = await inspections.findFinding(findingId, tx);
        if (!finding) throw notFoundRecord('kết quả kiểm tra', findingId);
        const { inspection, actor } = await readable(tx, user, finding.inspectionId);
        allow(can(actor, 'finding.edit', inspection), onlyOrganiser(inspection.id));
        return inspections.setFindingStatus(finding.id, status, { userId: user.id }, tx);
      });
    },
  };
}

export type InspectionUseCases = ReturnType<typeof createInspectionUseCases>;
