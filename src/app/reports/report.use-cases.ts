// Reports (báo cáo): figures read from a text, a reviewed report stored with its figures, read, listed,
// corrected and deleted by the editors of its unit. A stored figure must be what its sentence says, so
// the statements are read again from the text here, whatever the client sent.
import { DomainError } from '../../core/errors';
import { normalizePeriodCode } from '../../core/period';
import type { User } from '../../core/types';
import type { Db, Executor } from '../../db/database';
import { createIndicatorRepository } from '../../db/indicator.repository';
import { createReportRepository, type Report, type ReportPatch } from '../../db/report.repository';
import { createUnitRepository } from '../../db/unit.repository';
import { extract } from '../../extract/extract';
import { notFoundRecord, requireRole, requireUnit } from '../access/unit-scope';
import { ingestReport, type ReportSubmission } from './report.service';
import { checkStatementsAgainstText, type SubmittedStatement } from './statement-check';

export type { Report, ReportPatch };

export type NewReport = Omit<ReportSubmission, 'statements'> & { statements: readonly SubmittedStatement[] };

/** The catalog the extractor matches indicator phrases against. */
async function catalogOf(ex: Executor) {
  return (await createIndicatorRepository(ex).findAll(ex)).map((i) => ({
    code: i.code,
    name: i.nameVi,
    measure: i.measure,
    synonyms: i.synonyms,
  }));
}

function figuresKept(report: Report, figures: number, change: string): DomainError {
  return new DomainError(
    'in_use',
    null,
    `Báo cáo "${report.title}" đã thành ${figures} số liệu trong bảng chỉ tiêu; ${change} thì các số liệu đó mất nguồn hoặc sai kỳ, đơn vị. Hãy xóa các số liệu đó trước (Nhập số liệu), rồi làm lại`,
    { figures },
  );
}

/** The report use cases over one database. */
export function createReportUseCases(db: Db) {
  async function requireReport(ex: Executor, user: User, id: number, access: 'read' | 'write') {
    const found = await createReportRepository(ex).findById(id, ex);
    if (!found) throw notFoundRecord('báo cáo', id);
    await requireUnit(createUnitRepository(ex), user, found.report.unitId, access);
    return found;
  }

  return {
    /** The statements and checks the extractor reads in a text, matched to the catalog. */
    async extract(user: User, text: string) {
      requireRole(user, 'read');
      return { text, ...extract(text, { catalog: await catalogOf(db) }) };
    },

    /**
     * Stores a report for a unit the user may write, with its figures; refuses a statement its sentence does
     * not state (unless marked a correction). Within the caller's transaction when given one.
     */
    async create(user: User, input: NewReport, ex: Executor = db) {
      await requireUnit(createUnitRepository(ex), user, input.unitId, 'write');
      checkStatementsAgainstText(input.text, input.statements, { catalog: await catalogOf(ex) });
      const period = normalizePeriodCode(input.period);
      return ingestReport(ex, { ...input, period }, { userId: user.id });
    },

    /** A report in scope with its statements. */
    get: (user: User, id: number) => requireReport(db, user, id, 'read'),

    /** The reports of a unit in scope, newest first. */
    async list(user: User, query: { unitId: number }) {
      await requireUnit(createUnitRepository(db), user, query.unitId, 'read');
      return createReportRepository(db).findForUnit(query.unitId);
    },

    /**
     * Corrects a report's title, period or unit. The figures a report became carry its unit and period, so
     * moving a report with figures is refused until they are deleted.
     */
    async change(user: User, id: number, patch: ReportPatch) {
      return db.transaction(async (tx) => {
        const reports = createReportRepository(tx);
        const { report } = await requireReport(tx, user, id, 'write');
        if (patch.unitId !== undefined)
          await requireUnit(createUnitRepository(tx), user, patch.unitId, 'write');
        const period = patch.period === undefined ? undefined : normalizePeriodCode(patch.period);
        const moves =
          (patch.unitId !== undefined && patch.unitId !== report.unitId) ||
          (period !== undefined && period !== report.period);
        const figures = moves ? await reports.countFigures(id, tx) : 0;
        if (figures > 0) throw figuresKept(report, figures, 'đổi kỳ hoặc đơn vị');
        return reports.update(id, { ...patch, ...(period && { period }) }, { userId: user.id }, tx);
      });
    },

    /** Deletes a report none of whose figures remain; the audit trail keeps who deleted what. */
    async remove(user: User, id: number): Promise<void> {
      await db.transaction(async (tx) => {
        const reports = createReportRepository(tx);
        const { report } = await requireReport(tx, user, id, 'write');
        const figures = await reports.countFigures(id, tx);
        if (figures > 0) throw figuresKept(report, figures, 'xóa báo cáo');
        await reports.delete(id, { userId: user.id }, tx);
      });
    },
  };
}

export type ReportUseCases = ReturnType<typeof createReportUseCases>;
