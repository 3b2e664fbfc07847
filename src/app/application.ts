// The use cases of Tiến Độ over one database, built once per process: the server and the CLI present the
// same services, so a scorecard computed for the API is the one the briefing pack reads (one cache).
import type { Db } from '../db/database';
import { createImportService } from './import/import.service';
import { createReportService } from './reports/report.service';
import { createScorecardService } from './scorecard/scorecard.service';
import { createArrangementService } from './units/arrangement.service';
import { createVisitDocumentsService } from './visits/visit-documents.service';

export function createApplication(db: Db) {
  const scorecards = createScorecardService(db);
  return {
    scorecards,
    imports: createImportService(db),
    arrangements: createArrangementService(db),
    reports: createReportService(db),
    visitDocuments: createVisitDocumentsService(db, scorecards),
  };
}

export type Application = ReturnType<typeof createApplication>;
