import { and, asc, count, desc, eq, isNotNull, like, sql } from 'drizzle-orm';
import { AGAINST_SOURCE, type StatedAchievement } from '../core/figures-from-statements';
import type { Actor } from './audit.repository';
import { createAuditTrail } from './audit-trail';
import type { Executor } from './database';
import { DbError, mappingErrors } from './errors';
import { observations } from './observation.schema';
import { reportStatements, reports } from './report.schema';

export interface ReportInput {
  unitId: number;
  period: string;
  title: string;
  text: string;
  fileName?: string | null;
}

export interface Report extends Required<ReportInput> {
  id: number;
  createdBy: number | null;
  /** ISO timestamp. */
  createdAt: string;
}

export interface ReportStatementInput {
  /** The statement as the extractor returned it (../shared/extract-format.md). */
  statement: Record<string, unknown>;
  spanStart: number;
  spanEnd: number;
  observationId?: number | null;
}

export interface ReportStatement extends Required<ReportStatementInput> {
  id: number;
  reportId: number;
}

function toReport(row: typeof reports.$inferSelect): Report {
  return { ...row, createdAt: row.createdAt.toISOString() };
}

/** What a report's edit may change: its title, period and unit (the text and its statements stay). */
export type ReportPatch = Partial<Pick<ReportInput, 'title' | 'period' | 'unitId'>>;

/** What the audit trail keeps of a report: everything but its text, which can run to megabytes. */
const audited = ({ text: _text, ...rest }: Report) => rest;

function toStatement(row: typeof reportStatements.$inferSelect): ReportStatement {
  return { ...row };
}

/** Narrative reports a unit submits, with the statements extracted from them. */
export function createReportRepository(db: Executor) {
  const audit = createAuditTrail(db, 'report');

  async function findStatements(reportId: number, ex: Executor = db): Promise<ReportStatement[]> {
    const rows = await ex
      .select()
      .from(reportStatements)
      .where(eq(reportStatements.reportId, reportId))
      .orderBy(asc(reportStatements.spanStart), asc(reportStatements.id));
    return rows.map(toStatement);
  }

  return {
    findStatements,

    /** A report and its statements in one transaction; link statements to figures with `observationId`. */
    async create(
      input: ReportInput,
      statements: ReportStatementInput[],
      actor: Actor,
      ex: Executor = db,
    ): Promise<{ report: Report; statements: ReportStatement[] }> {
      return ex.transaction(async (tx) => {
        const [row] = await mappingErrors(() =>
          tx
            .insert(reports)
            .values({ ...input, createdBy: actor.userId })
            .returning(),
        );
        const report = toReport(row!);
        await audit.created(actor, audited(report), tx);
        if (statements.length === 0) return { report, statements: [] };
        const created = await mappingErrors(() =>
          tx
            .insert(reportStatements)
            .values(statements.map((s) => ({ ...s, reportId: report.id })))
            .returning(),
        );
        return { report, statements: created.map(toStatement) };
      });
    },

    /** Links a statement to the figure it became (after the figure is inserted in the same transaction). */
    async linkStatement(statementId: number, observationId: number, ex: Executor = db): Promise<void> {
      const updated = await mappingErrors(() =>
        ex
          .update(reportStatements)
          .set({ observationId })
          .where(eq(reportStatements.id, statementId))
          .returning({ id: reportStatements.id }),
      );
      if (updated.length === 0)
        throw new DbError('not_found', `statementId: no statement with id ${statementId}`);
    },

    async findById(
      id: number,
      ex: Executor = db,
    ): Promise<{ report: Report; statements: ReportStatement[] } | null> {
      const [row] = await ex.select().from(reports).where(eq(reports.id, id));
      if (!row) return null;
      return { report: toReport(row), statements: await findStatements(id, ex) };
    },

    /** Changes a report's title, period or unit, with the row before and after in the audit trail. */
    async update(id: number, patch: ReportPatch, actor: Actor, ex: Executor = db): Promise<Report> {
      return ex.transaction(async (tx) => {
        const [current] = await tx.select().from(reports).where(eq(reports.id, id)).for('update');
        if (!current) throw new DbError('not_found', `id: không có báo cáo id ${id}`);
        const [row] = await mappingErrors(() =>
          tx.update(reports).set(patch).where(eq(reports.id, id)).returning(),
        );
        const report = toReport(row!);
        await audit.updated(actor, id, audited(toReport(current)), audited(report), tx);
        return report;
      });
    },

    /** Deletes a report and its statements (they cascade); the audit trail keeps what it was. */
    async delete(id: number, actor: Actor, ex: Executor = db): Promise<void> {
      await ex.transaction(async (tx) => {
        const [row] = await tx.delete(reports).where(eq(reports.id, id)).returning();
        if (!row) throw new DbError('not_found', `id: không có báo cáo id ${id}`);
        await audit.deleted(actor, id, audited(toReport(row)), tx);
      });
    },

    /** How many of a report's statements became figures that still exist. */
    async countFigures(reportId: number, ex: Executor = db): Promise<number> {
      const [row] = await ex
        .select({ n: count() })
        .from(reportStatements)
        .where(and(eq(reportStatements.reportId, reportId), isNotNull(reportStatements.observationId)));
      return Number(row?.n ?? 0);
    },

    /** Reports of a unit, newest first. */
    async findForUnit(unitId: number, ex: Executor = db): Promise<Report[]> {
      const rows = await ex
        .select()
        .from(reports)
        .where(eq(reports.unitId, unitId))
        .orderBy(desc(reports.createdAt), desc(reports.id));
      return rows.map(toReport);
    },

    /**
     * The achievements a unit's reports stated for its figures of a year ("đạt 82,1% kế hoạch"), so the
     * scorecard can check them against figure ÷ target.
     */
    async findStatedAchievements(
      { unitId, year }: { unitId: number; year: number },
      ex: Executor = db,
    ): Promise<StatedAchievementRow[]> {
      const rows = await ex
        .select({
          unitId: observations.unitId,
          indicatorId: observations.indicatorId,
          period: observations.period,
          kind: observations.kind,
          value: observations.value,
          percent: sql<number>`(${reportStatements.statement}->'achievement'->>'percent')::float8`,
          against: sql<string>`${reportStatements.statement}->'achievement'->>'against'`,
        })
        .from(reportStatements)
        .innerJoin(observations, eq(observations.id, reportStatements.observationId))
        .where(
          and(
            eq(observations.unitId, unitId),
            like(observations.period, `${year}%`),
            sql`jsonb_typeof(${reportStatements.statement}->'achievement') = 'object'`,
          ),
        )
        .orderBy(asc(reportStatements.id));
      return rows.flatMap(({ against, ...row }) => {
        const source = AGAINST_SOURCE[against.normalize('NFC').toLowerCase()];
        return source ? [{ ...row, percent: Number(row.percent), source }] : [];
      });
    },

    /** The statement a figure was extracted from, with its report: the figure's provenance. */
    async findStatementOfObservation(
      observationId: number,
      ex: Executor = db,
    ): Promise<{ report: Report; statement: ReportStatement } | null> {
      const [row] = await ex
        .select()
        .from(reportStatements)
        .innerJoin(reports, eq(reports.id, reportStatements.reportId))
        .where(eq(reportStatements.observationId, observationId))
        .limit(1);
      return row ? { report: toReport(row.reports), statement: toStatement(row.report_statements) } : null;
    },
  };
}

export type StatedAchievementRow = Pick<
  StatedAchievement,
  'unitId' | 'indicatorId' | 'period' | 'kind' | 'value' | 'percent' | 'source'
>;

export type ReportRepository = ReturnType<typeof createReportRepository>;
