// The use cases of Tiến Độ over one database, built once per process: the server and the CLI present the
// same services, so a scorecard computed for the API is the one the briefing pack reads (one cache).
import type { Db } from '../db/database';
import { createAccountUseCases } from './accounts/account.use-cases';
import { createAuditUseCases } from './audit/audit.use-cases';
import { createFigureUseCases } from './figures/figure.use-cases';
import { createImportService } from './import/import.service';
import { createIndicatorUseCases } from './indicators/indicator.use-cases';
import { createRegimeService } from './regimes/regime.service';
import { createReportUseCases } from './reports/report.use-cases';
import { createStateReportService } from './reports/state-report.service';
import { createScorecardService, type ScorecardServiceOptions } from './scorecard/scorecard.service';
import { createScorecardUseCases } from './scorecard/scorecard.use-cases';
import { createEarlyWarningUseCases } from './submissions/early-warning.use-cases';
import { createSubmissionUseCases } from './submissions/submission.use-cases';
import { createTargetUseCases } from './targets/target.use-cases';
import { createArrangementService } from './units/arrangement.service';
import { createUnitUseCases } from './units/unit.use-cases';
import { createDirectiveUseCases } from './visits/directive.use-cases';
import { createDirectiveViews } from './visits/directive-views';
import { createEvidenceUseCases } from './visits/evidence.use-cases';
import { createInspectionUseCases } from './visits/inspection.use-cases';
import { createVisitUseCases } from './visits/visit.use-cases';
import { createVisitDocumentsService } from './visits/visit-documents.service';
import { createVisitFileUseCases } from './visits/visit-file.use-cases';

export function createApplication(db: Db, options: ScorecardServiceOptions = {}) {
  const scorecards = createScorecardService(db, options);
  const indicators = createIndicatorUseCases(db);
  const visits = createVisitUseCases(db);
  const directives = createDirectiveUseCases(db);
  const stateReports = createStateReportService(scorecards);
  return {
    scorecards,
    scorecardReads: createScorecardUseCases(db, scorecards, stateReports),
    accounts: createAccountUseCases(db),
    figures: createFigureUseCases(db),
    indicators,
    units: createUnitUseCases(db),
    imports: createImportService(db),
    arrangements: createArrangementService(db),
    regimes: createRegimeService(db),
    reports: createReportUseCases(db),
    stateReports,
    submissions: createSubmissionUseCases(db),
    earlyWarnings: createEarlyWarningUseCases(db),
    targets: createTargetUseCases(db),
    visits,
    directives,
    directiveViews: createDirectiveViews(db),
    audit: createAuditUseCases(db, {
      directive: directives.detail,
      visit: visits.get,
      indicator: indicators.get,
    }),
    evidence: createEvidenceUseCases(db),
    inspections: createInspectionUseCases(db),
    visitFiles: createVisitFileUseCases(db),
    visitDocuments: createVisitDocumentsService(db, scorecards),
  };
}

export type Application = ReturnType<typeof createApplication>;
