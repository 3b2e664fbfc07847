// A unit's report in the state format (Nghị định 30/2020/NĐ-CP), its scorecard as the table.
import { DOCX_TYPE, ScorecardParamsSchema, StateReportQuerySchema, scorecardAnswers } from '../../contract';
import { currentAuth } from '../auth/auth.plugin';
import type { RouteModule } from '../context';

export const stateReportRoutes: RouteModule = (app, { services }) => {
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
      const report = await services.scorecardReads.stateReport(
        user,
        request.params.id,
        dataVersion,
        request.query,
      );
      return reply
        .type(DOCX_TYPE)
        .header('content-disposition', `attachment; filename="${report.fileName}"`)
        .send(report.bytes);
    },
  );
};
