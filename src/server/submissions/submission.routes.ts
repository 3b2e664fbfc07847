// Submissions over the API. A unit with no submission yet submits by regime, period and unit
// (POST /submissions); from then on its submission's id names it: resubmit after a return, approve,
// return and unlock. The use cases check the actor's scope for the unit on every route.
import {
  earlyWarningAnswers,
  SubmissionBoardQuerySchema,
  SubmissionIdParamsSchema,
  SubmissionNoBodySchema,
  SubmissionReasonSchema,
  SubmissionSubmitSchema,
  submissionAnswers,
  XLSX_TYPE,
} from '../../contract';
import { vietnamDay } from '../../core/submission';
import { submissionBoardXlsx } from '../../documents/submission-board-xlsx';
import { currentUser } from '../auth/auth.plugin';
import type { RouteModule } from '../context';

export const submissionRoutes: RouteModule = (app, { services }) => {
  const tags = ['submissions'];
  const one = { tags, params: SubmissionIdParamsSchema, response: submissionAnswers.one };

  app.get(
    '/submissions',
    { schema: { tags, querystring: SubmissionBoardQuerySchema, response: submissionAnswers.board } },
    async (request) => services.submissions.board(currentUser(request), request.query),
  );

  app.get(
    '/submissions/board.xlsx',
    { schema: { tags, querystring: SubmissionBoardQuerySchema, response: submissionAnswers.boardXlsx } },
    async (request, reply) => {
      const board = await services.submissions.board(currentUser(request), request.query);
      const fileName = `theo-doi-nop-${board.regime}-${board.period}.xlsx`.replace(/[^\w.-]/g, '_');
      const asOf = vietnamDay(new Date().toISOString());
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(await submissionBoardXlsx({ ...board, asOf }));
    },
  );

  app.get(
    '/submissions/warnings',
    { schema: { tags, querystring: SubmissionBoardQuerySchema, response: earlyWarningAnswers.board } },
    async (request) => services.earlyWarnings.forBoard(currentUser(request), request.query),
  );

  app.post(
    '/submissions',
    { schema: { tags, body: SubmissionSubmitSchema, response: submissionAnswers.one } },
    async (request) => ({
      submission: await services.submissions.submit(currentUser(request), request.body),
    }),
  );

  app.get('/submissions/:id', { schema: one }, async (request) => ({
    submission: await services.submissions.show(currentUser(request), request.params.id),
  }));

  app.post(
    '/submissions/:id/submit',
    { schema: { ...one, body: SubmissionNoBodySchema } },
    async (request) => {
      const actor = currentUser(request);
      const current = await services.submissions.show(actor, request.params.id);
      const key = { regime: current.regime, period: current.period, unit: current.unit.code };
      return { submission: await services.submissions.submit(actor, key) };
    },
  );

  app.post(
    '/submissions/:id/approve',
    { schema: { ...one, body: SubmissionNoBodySchema } },
    async (request) => ({
      submission: await services.submissions.review(currentUser(request), request.params.id, 'approve'),
    }),
  );

  for (const action of ['return', 'unlock'] as const) {
    app.post(
      `/submissions/:id/${action}`,
      { schema: { ...one, body: SubmissionReasonSchema } },
      async (request) => ({
        submission: await services.submissions.review(
          currentUser(request),
          request.params.id,
          action,
          request.body.reason,
        ),
      }),
    );
  }
};
