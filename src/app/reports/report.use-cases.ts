// Reports (báo cáo): figures read from a text, a reviewed report stored with its figures, read and listed
// within scope. A stored figure must be what its sentence says, so
// the statements are read again from the text here, whatever the client sent.
import { normalizePeriodCode } from '../../core/period';
import type { User } from '../../core/types';
import type { Db, Executor } from '../../db/database';
import { createIndicatorRepository } from '../../db/indicator.repository';
import { createReportRepository, type Report } from '../../db/report.repository';
import { createUnitRepository } from '../../db/unit.repository';
import { extract } from '../../extract/extract';
import { notFoundRecord, requireRole, requireUnit } from '../access/unit-scope';
import { ingestReport, type ReportSubmission } from './report.service';
import { checkStatementsAgainstText, type SubmittedStatement } from './statement-check';

export type { Report };

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

/** The report use cases over one database. */
export function createReportUseCases(db: Db) {
  async function requireReport(ex: Executor, user: User, id: number, access: 'read') {
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
  };
}

export type ReportUseCases = ReturnType<typeof createReportUseCases>;
