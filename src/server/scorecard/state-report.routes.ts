// A unit's report in the state format (Nghị định 30/2020/NĐ-CP), its scorecard as the table.
import { DOCX_TYPE, ScorecardParamsSchema, StateReportQuerySchema, scorecardAnswers } from '../../contract';
import { createUnitRepository } from '../../db/unit.repository';
import { currentAuth } from '../auth/auth.plugin';
import { requireUnit } from '../auth/scope';
import type { RouteModule } from '../context';
import { createVersionedUnitLookups } from '../shared/versioned-unit-lookups';

export const stateReportRoutes: RouteModule = (app, { db, services }) => {
  const lookups = createVersionedUnitLookups(createUnitRepository(db));
  app.get(
    '/units/:id/state-report.docx',
    {
      schema: {
        tags: ['scorecard'],
        summary: 'Báo cáo kết quả thực hiện chỉ tiêu theo thể thức Nghị định 30/2020/NĐ-CP',
        params: ScorecardParamsSchema,
        querystring: StateReportQuerySchema,
        response: scorecardAnswers.stateReport,
      },
    },
    async (request, reply) => {
      const { user, dataVersion } = currentAuth(request);
      const unit = await requireUnit(lookups.at(dataVersion), user, request.params.id, 'read', 'id');
      const report = await services.stateReports.stateReportOf({ unit, ...request.query });
      return reply
        .type(DOCX_TYPE)
        .header('content-disposition', `attachment; filename="${report.fileName}"`)
        .send(report.bytes);
    },
  );
};
