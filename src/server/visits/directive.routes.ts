// Directives: auth, validate (contract), call the use cases (src/app/visits/directive.use-cases), present
// with status, unit names and the pending extension.
import {
  CompletionSchema,
  DirectiveBatchSchema,
  DirectivePatchSchema,
  DirectiveQuerySchema,
  directiveAnswers,
  ExtensionCreateSchema,
  ExtensionDecisionSchema,
  nestedIdParams,
  ProgressSchema,
  SummaryQuerySchema,
  TextBodySchema,
} from '../../contract';
import { proposeDirectives } from '../../core/visit/propose-directives';
import { directiveSummaryXlsx } from '../../documents/directive-summary-xlsx';
import { currentUser } from '../auth/auth.plugin';
import { sendXlsx } from '../shared/download';
import { recordModule } from '../shared/record-routes';
import { presentEvidence } from './evidence.routes';
import { todayOr } from './visit.access';

export const directiveRoutes = recordModule('/directives', ({ app, routes, tags, services }) => {
  const useCases = services.directives;
  const views = services.directiveViews;
  const present = views.view;

  routes.list({ querystring: DirectiveQuerySchema, response: directiveAnswers.list }, async (user, query) => {
    const today = todayOr(query.asOf);
    return {
      asOf: today,
      directives: await views.viewAll(await useCases.list(user, { ...query, today }), today),
    };
  });

  routes.view(
    'summary',
    { querystring: SummaryQuerySchema, response: directiveAnswers.summary },
    async (user, query) => {
      const today = todayOr(query.asOf);
      return { asOf: today, ...(await useCases.summary(user, { ...query, today })) };
    },
  );

  app.get(
    '/directives/summary.xlsx',
    { schema: { tags, querystring: SummaryQuerySchema, response: directiveAnswers.summaryXlsx } },
    async (request, reply) => {
      const today = todayOr(request.query.asOf);
      const summary = await useCases.summary(currentUser(request), { ...request.query, today });
      const names = await views.unitNames();
      const bytes = await directiveSummaryXlsx({
        title: 'TỔNG HỢP TÌNH HÌNH THỰC HIỆN KẾT LUẬN, CHỈ ĐẠO',
        asOf: today,
        dueSoonDays: request.query.dueSoonDays,
        rows: summary.rows.map((r) => ({ ...r, unitName: names.get(r.unitId) ?? `#${r.unitId}` })),
        totals: summary.totals,
      });
      return sendXlsx(reply, `tong-hop-ket-luan-${today}.xlsx`, bytes);
    },
  );

  app.post(
    '/directives/propose',
    { schema: { tags, body: TextBodySchema, response: directiveAnswers.proposals } },
    async (request) => ({ proposals: proposeDirectives(request.body.text) }),
  );

  routes.create({ body: DirectiveBatchSchema, response: directiveAnswers.created }, async (user, body) => {
    const today = todayOr(undefined);
    return { directives: await views.viewAll(await useCases.create(user, body.directives, today), today) };
  });

  routes.read({ response: directiveAnswers.detail }, async (user, id) => {
    const detail = await useCases.detail(user, id);
    return {
      ...detail,
      directive: await present(detail.directive, todayOr(undefined)),
      evidence: (await views.evidenceOf(detail.directive.id)).map(presentEvidence),
    };
  });

  // Like a target's, a change names the version it read (in the body or If-Match), so a stale one is refused.
  routes.change(
    { key: 'directive', body: DirectivePatchSchema, response: directiveAnswers.changed, versioned: true },
    async (user, id, patch) => present(await useCases.change(user, id, patch), todayOr(undefined)),
  );
  routes.remove({ response: directiveAnswers.deleted }, useCases.remove);

  routes.act(
    'updates',
    { body: ProgressSchema, response: directiveAnswers.progress, status: 201 },
    async (user, id, body) => {
      const reported = await useCases.reportProgress(user, id, body);
      return {
        update: reported.update,
        directive: await present(reported.directive, reported.update.reportedOn),
      };
    },
  );

  routes.act(
    'extensions',
    { key: 'extension', body: ExtensionCreateSchema, response: directiveAnswers.extension, status: 201 },
    useCases.requestExtension,
  );

  app.post(
    '/directives/:id/extensions/:extensionId/decision',
    {
      schema: {
        tags,
        params: nestedIdParams('extensionId'),
        body: ExtensionDecisionSchema,
        response: directiveAnswers.decision,
      },
    },
    async (request) => {
      const { id, extensionId } = request.params;
      const decided = await useCases.decideExtension(currentUser(request), id, extensionId, request.body);
      const today = todayOr(request.body.decidedOn);
      return { extension: decided.extension, directive: await present(decided.directive, today) };
    },
  );

  routes.act(
    'complete',
    { key: 'directive', body: CompletionSchema, response: directiveAnswers.changed },
    async (user, id, body) => present(await useCases.complete(user, id, body.completedOn), body.completedOn),
  );
});
