// Stores a reviewed report and turns its statements into figures in one transaction: the report, its
// statements, the observations (each pointing back at its sentence), and the targets it states or implies.
import {
  type FiguresFromStatements,
  figuresFromStatements,
  type Statement,
} from '../../core/figures-from-statements';
import { parsePeriod } from '../../core/period';
import type { Observation } from '../../core/types';
import type { Actor } from '../../db/audit.repository';
import type { Executor } from '../../db/database';
import { createIndicatorRepository } from '../../db/indicator.repository';
import { createObservationRepository } from '../../db/observation.repository';
import { createReportRepository, type Report } from '../../db/report.repository';
import { createTargetRepository, type StoredTarget } from '../../db/target.repository';

export interface ReportSubmission {
  unitId: number;
  /** The span the report covers, e.g. 2023-YTD-2023-11-17. */
  period: string;
  title: string;
  text: string;
  fileName?: string | null;
  statements: readonly Statement[];
}

export interface StoredReport {
  report: Report;
  observations: Observation[];
  targets: StoredTarget[];
  skipped: FiguresFromStatements['skipped'];
}

const spanKey = (span: readonly [number, number]) => `${span[0]}:${span[1]}`;

/** Targets already stored for the same unit, indicator, year and source are kept, not doubled. */
async function newTargets(ex: Executor, figures: FiguresFromStatements, unitId: number, year: number) {
  const existing = await createTargetRepository(ex).findForUnitYear({ unitId, year }, ex);
  const taken = new Set(existing.map((t) => `${t.indicatorId}|${t.source}`));
  return figures.targets
    .filter((t) => !taken.has(`${t.indicatorId}|${t.source}`))
    .map(({ indicatorCode: _code, ...t }) => t);
}

/**
 * Stores the report and its figures; all or nothing (a figure that already exists refuses the whole report).
 * @example ingestReport(db, { unitId: 2, period: '2023-YTD-2023-11-17', title, text, statements }, { userId: 1 })
 *   → 13 statements stored, sản lượng tôm 24937 tấn with provenance { kind: 'extracted', span: [1370, 1444] }
 */
export async function ingestReport(
  db: Executor,
  submission: ReportSubmission,
  actor: Actor,
): Promise<StoredReport> {
  return db.transaction(async (tx) => {
    const reports = createReportRepository(tx);
    const observations = createObservationRepository(tx);
    const { statements, ...reportInput } = submission;
    const stored = await reports.create(
      { ...reportInput, fileName: submission.fileName ?? null },
      statements.map((s) => ({ statement: { ...s }, spanStart: s.span[0], spanEnd: s.span[1] })),
      actor,
      tx,
    );
    const figures = figuresFromStatements({
      unitId: submission.unitId,
      period: submission.period,
      reportId: stored.report.id,
      statements,
      indicators: await createIndicatorRepository(tx).findAll(tx),
      document: submission.title,
      userId: actor.userId,
    });
    const statementIds = new Map(stored.statements.map((s) => [`${s.spanStart}:${s.spanEnd}`, s.id]));
    const created: Observation[] = [];
    for (const { indicatorCode: _code, ...draft } of figures.observations) {
      const observation = await observations.insert(draft, actor, tx);
      created.push(observation);
      const statementId =
        draft.provenance.kind === 'extracted' ? statementIds.get(spanKey(draft.provenance.span)) : undefined;
      if (statementId !== undefined) await reports.linkStatement(statementId, observation.id, tx);
    }
    const { year } = parsePeriod(submission.period);
    const targets = await createTargetRepository(tx).insertMany(
      await newTargets(tx, figures, submission.unitId, year),
      actor,
      tx,
    );
    return { report: stored.report, observations: created, targets, skipped: figures.skipped };
  });
}
