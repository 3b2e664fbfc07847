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
  IdParamsSchema,
  nestedIdParams,
  ProgressSchema,
  SummaryQuerySchema,
  TextBodySchema,
  XLSX_TYPE,
} from '../../contract';
import { proposeDirectives } from '../../core/visit/propose-directives';
import { directiveSummaryXlsx } from '../../documents/directive-summary-xlsx';
import { currentUser } from '../auth/auth.plugin';
import type { RouteModule } from '../context';
import { recordRoutes } from '../shared/record-routes';
import { presentEvidence } from './evidence.routes';
import { todayOr } from './visit.access';

export const directiveRoutes: RouteModule = (app, { services }) => {
  const useCases = services.directives;
  const views = services.directiveViews;
  const presentAll = views.viewAll;
  const present = views.view;
  const tags = ['directives'];

  app.get(
    '/directives',
    { schema: { tags, querystring: DirectiveQuerySchema, response: directiveAnswers.list } },
    async (request) => {
      const today = todayOr(request.query.asOf);
      const list = await useCases.list(currentUser(request), { ...request.query, today });
      return { asOf: today, directives: await presentAll(list, today) };
    },
  );

  app.get(
    '/directives/summary',
    { schema: { tags, querystring: SummaryQuerySchema, response: directiveAnswers.summary } },
    async (request) => {
      const today = todayOr(request.query.asOf);
      const summary = await useCases.summary(currentUser(request), { ...request.query, today });
      return { asOf: today, ...summary };
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
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', `attachment; filename="tong-hop-ket-luan-${today}.xlsx"`)
        .send(bytes);
    },
  );

  app.post(
    '/directives/propose',
    { schema: { tags, body: TextBodySchema, response: directiveAnswers.proposals } },
    async (request) => ({ proposals: proposeDirectives(request.body.text) }),
  );

  app.post(
    '/directives',
    { schema: { tags, body: DirectiveBatchSchema, response: directiveAnswers.created } },
    async (request, reply) => {
      const today = todayOr(undefined);
      const saved = await useCases.create(currentUser(request), request.body.directives, today);
      return reply.status(201).send({ directives: await presentAll(saved, today) });
    },
  );

  app.get(
    '/directives/:id',
    { schema: { tags, params: IdParamsSchema, response: directiveAnswers.detail } },
    async (request) => {
      const detail = await useCases.detail(currentUser(request), request.params.id);
      return {
        ...detail,
        directive: await present(detail.directive, todayOr(undefined)),
        evidence: (await views.evidenceOf(detail.directive.id)).map(presentEvidence),
      };
    },
  );

  app.patch(
    '/directives/:id',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        body: DirectivePatchSchema,
        response: directiveAnswers.changed,
      },
    },
    async (request) => {
      const saved = await useCases.change(currentUser(request), request.params.id, request.body);
      return { directive: await present(saved, todayOr(undefined)) };
    },
  );

  recordRoutes(app, '/directives', tags).remove({ response: directiveAnswers.deleted }, useCases.remove);

  app.post(
    '/directives/:id/updates',
    { schema: { tags, params: IdParamsSchema, body: ProgressSchema, response: directiveAnswers.progress } },
    async (request, reply) => {
      const reported = await useCases.reportProgress(currentUser(request), request.params.id, request.body);
      const directive = await present(reported.directive, reported.update.reportedOn);
      return reply.status(201).send({ update: reported.update, directive });
    },
  );

  app.post(
    '/directives/:id/extensions',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        body: ExtensionCreateSchema,
        response: directiveAnswers.extension,
      },
    },
    async (request, reply) => {
      const extension = await useCases.requestExtension(
        currentUser(request),
        request.params.id,
        request.body,
      );
      return reply.status(201).send({ extension });
    },
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

  app.post(
    '/directives/:id/complete',
    { schema: { tags, params: IdParamsSchema, body: CompletionSchema, response: directiveAnswers.changed } },
    async (request) => {
      const saved = await useCases.complete(
        currentUser(request),
        request.params.id,
        request.body.completedOn,
      );
      return { directive: await present(saved, request.body.completedOn) };
    },
  );
};
