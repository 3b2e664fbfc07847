// Submissions over the API. A unit with no submission yet submits by regime, period and unit
// (POST /submissions); from then on its submission's id names it: resubmit after a return, approve,
// return and unlock. The use cases check the actor's scope for the unit on every route.
import {
  earlyWarningAnswers,
  SubmissionBoardQuerySchema,
  SubmissionNoBodySchema,
  SubmissionReasonSchema,
  SubmissionSubmitSchema,
  submissionAnswers,
} from '../../contract';
import { vietnamDay } from '../../core/submission';
import { submissionBoardXlsx } from '../../documents/submission-board-xlsx';
import { currentUser } from '../auth/auth.plugin';
import { sendXlsx } from '../shared/download';
import { recordModule } from '../shared/record-routes';

export const submissionRoutes = recordModule('/submissions', ({ app, routes, tags, services }) => {
  const { submissions } = services;
  const board = { querystring: SubmissionBoardQuerySchema };

  routes.list({ ...board, response: submissionAnswers.board }, submissions.board);

  app.get(
    '/submissions/board.xlsx',
    { schema: { tags, ...board, response: submissionAnswers.boardXlsx } },
    async (request, reply) => {
      const found = await submissions.board(currentUser(request), request.query);
      const asOf = vietnamDay(new Date().toISOString());
      const bytes = await submissionBoardXlsx({ ...found, asOf });
      return sendXlsx(reply, `theo-doi-nop-${found.regime}-${found.period}.xlsx`, bytes);
    },
  );

  routes.view('warnings', { ...board, response: earlyWarningAnswers.board }, services.earlyWarnings.forBoard);

  app.post(
    '/submissions',
    { schema: { tags, body: SubmissionSubmitSchema, response: submissionAnswers.one } },
    async (request) => ({ submission: await submissions.submit(currentUser(request), request.body) }),
  );

  const one = { key: 'submission', response: submissionAnswers.one } as const;
  routes.read(one, submissions.show);

  routes.act('submit', { ...one, body: SubmissionNoBodySchema }, async (actor, id) => {
    const current = await submissions.show(actor, id);
    return submissions.submit(actor, {
      regime: current.regime,
      period: current.period,
      unit: current.unit.code,
    });
  });
  routes.act('approve', { ...one, body: SubmissionNoBodySchema }, (actor, id) =>
    submissions.review(actor, id, 'approve'),
  );
  for (const action of ['return', 'unlock'] as const) {
    routes.act(action, { ...one, body: SubmissionReasonSchema }, (actor, id, body) =>
      submissions.review(actor, id, action, body.reason),
    );
  }
});
