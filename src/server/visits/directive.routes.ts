// Directives: lists and summary within scope, drafts from text, and the follow-up workflow whose rights
// (lead unit reports, issuer decides) live in core/visit/directive-rules.
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
import type { User } from '../../core/types';
import {
  confirmCompletion,
  decideExtension,
  recordProgress,
  requestExtension,
} from '../../core/visit/directive-rules';
import { directiveStatus } from '../../core/visit/directive-status';
import { proposeDirectives } from '../../core/visit/propose-directives';
import type { Directive, DirectiveUpdate } from '../../core/visit/visit.types';
import { can } from '../../core/visit/visit-access';
import { createIndicatorRepository } from '../../db/indicator.repository';
import { createUnitRepository } from '../../db/unit.repository';
import { createUserRepository } from '../../db/user.repository';
import { createDirectiveRepository } from '../../db/visit-directive.repository';
import { createEvidenceRepository } from '../../db/visit-evidence.repository';
import { directiveSummaryXlsx } from '../../documents/directive-summary-xlsx';
import { currentUser } from '../auth/auth.plugin';
import type { RouteModule } from '../context';
import { notFoundRecord } from '../shared/lookup';
import { checkDirectiveReferences, type DirectiveReferences } from './directive-references';
import { presentEvidence } from './evidence.routes';
import { allow, readableDirective, todayOr, visitViewer } from './visit.access';

export const directiveRoutes: RouteModule = (app, { db }) => {
  const units = createUnitRepository(db);
  const users = createUserRepository(db);
  const directives = createDirectiveRepository(db);
  const evidence = createEvidenceRepository(db);
  const indicators = createIndicatorRepository(db);
  const tags = ['directives'];

  const checkReferences = (user: User, d: DirectiveReferences, at?: string) =>
    checkDirectiveReferences({ units, indicators }, user, d, at);

  const readable = (user: User, id: number) => readableDirective(units, directives, user, id);

  const unitIdsOf = (d: Directive) => [d.issuerUnitId, d.leadUnitId, ...d.coordinatingUnitIds];

  /**
   * Directives with their four-way status and the names of the units they name: the district must read
   * who issued its directive though the province lies outside the units it may list.
   */
  async function presentAll(list: readonly Directive[], today: string) {
    const names = await units.findNames(list.flatMap(unitIdsOf));
    // A list shows which directives wait on the issuer: a deadline asked to move, not yet decided.
    const pending = await directives.pendingExtensionsOf(list.map((d) => d.id));
    return list.map((d) => {
      const request = pending.get(d.id);
      return {
        ...d,
        status: directiveStatus(d, today),
        unitNames: Object.fromEntries(unitIdsOf(d).map((id) => [id, names.get(id) ?? ''])),
        pendingExtension: request
          ? { id: request.id, proposedDeadline: request.proposedDeadline, requestedOn: request.requestedOn }
          : null,
      };
    });
  }
  const present = async (d: Directive, today: string) => (await presentAll([d], today))[0]!;

  /** Progress updates with the name of who reported each. */
  async function withReporters(updates: readonly DirectiveUpdate[]) {
    const names = new Map<number, string>();
    for (const id of new Set(updates.flatMap((u) => (u.userId === null ? [] : [u.userId])))) {
      const user = await users.findById(id);
      if (user) names.set(id, user.displayName);
    }
    return updates.map((u) => ({
      ...u,
      reportedBy: u.userId === null ? null : (names.get(u.userId) ?? null),
    }));
  }

  app.get(
    '/directives',
    { schema: { tags, querystring: DirectiveQuerySchema, response: directiveAnswers.list } },
    async (request) => {
      const { scopeIds } = await visitViewer(units, currentUser(request));
      const today = todayOr(request.query.asOf);
      const list = await directives.list({ ...request.query, scopeUnitIds: scopeIds, today });
      return { asOf: today, directives: await presentAll(list, today) };
    },
  );

  app.get(
    '/directives/summary',
    { schema: { tags, querystring: SummaryQuerySchema, response: directiveAnswers.summary } },
    async (request) => {
      const { scopeIds } = await visitViewer(units, currentUser(request));
      const today = todayOr(request.query.asOf);
      const summary = await directives.summary({ ...request.query, scopeUnitIds: scopeIds, today });
      return { asOf: today, ...summary };
    },
  );

  app.get(
    '/directives/summary.xlsx',
    { schema: { tags, querystring: SummaryQuerySchema, response: directiveAnswers.summaryXlsx } },
    async (request, reply) => {
      const { scopeIds } = await visitViewer(units, currentUser(request));
      const today = todayOr(request.query.asOf);
      const summary = await directives.summary({ ...request.query, scopeUnitIds: scopeIds, today });
      const names = new Map((await units.findAll()).map((u) => [u.id, u.name]));
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
    async (request) => ({
      proposals: proposeDirectives(request.body.text),
    }),
  );

  app.post(
    '/directives',
    { schema: { tags, body: DirectiveBatchSchema, response: directiveAnswers.created } },
    async (request, reply) => {
      const user = currentUser(request);
      for (const [n, d] of request.body.directives.entries())
        await checkReferences(user, d, `directives.${n}`);
      const today = todayOr(undefined);
      const saved = await directives.createMany(
        request.body.directives.map((d) => ({ ...d, createdOn: d.createdOn ?? today })),
        { userId: user.id },
      );
      return reply.status(201).send({ directives: await presentAll(saved, today) });
    },
  );

  app.get(
    '/directives/:id',
    { schema: { tags, params: IdParamsSchema, response: directiveAnswers.detail } },
    async (request) => {
      const { directive } = await readable(currentUser(request), request.params.id);
      const today = todayOr(undefined);
      return {
        directive: await present(directive, today),
        updates: await withReporters(await directives.updatesOf(directive.id)),
        extensions: await directives.extensionsOf(directive.id),
        evidence: (await evidence.listOf(directive.id)).map(presentEvidence),
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
      const user = currentUser(request);
      const { directive, actor } = await readable(user, request.params.id);
      allow(
        can(actor, 'directive.edit', directive),
        `id: chỉ đơn vị ban hành được sửa kết luận ${directive.id}`,
      );
      await checkReferences(user, request.body);
      const saved = await directives.save({ ...directive, ...request.body }, { userId: user.id });
      return { directive: await present(saved, todayOr(undefined)) };
    },
  );

  app.delete(
    '/directives/:id',
    { schema: { tags, params: IdParamsSchema, response: directiveAnswers.deleted } },
    async (request, reply) => {
      const user = currentUser(request);
      const { directive, actor } = await readable(user, request.params.id);
      allow(
        can(actor, 'directive.delete', directive),
        `id: chỉ đơn vị ban hành được xóa kết luận ${directive.id}`,
      );
      await directives.remove(directive.id, { userId: user.id });
      return reply.status(204).send();
    },
  );

  app.post(
    '/directives/:id/updates',
    { schema: { tags, params: IdParamsSchema, body: ProgressSchema, response: directiveAnswers.progress } },
    async (request, reply) => {
      const user = currentUser(request);
      const { directive, actor } = await readable(user, request.params.id);
      const reportedOn = todayOr(request.body.reportedOn);
      const after = recordProgress(directive, actor, { ...request.body, reportedOn });
      const update = await directives.addUpdate(
        {
          ...request.body,
          reportedOn,
          directiveId: directive.id,
          unitId: directive.leadUnitId,
          userId: user.id,
        },
        after,
        { userId: user.id },
      );
      return reply.status(201).send({ update, directive: await present(after, reportedOn) });
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
      const user = currentUser(request);
      const { directive, actor } = await readable(user, request.params.id);
      const today = todayOr(request.body.requestedOn);
      const draft = requestExtension(directive, actor, { ...request.body, today });
      return reply.status(201).send({ extension: await directives.addExtension(draft, { userId: user.id }) });
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
      const user = currentUser(request);
      const { directive, actor } = await readable(user, request.params.id);
      const request0 = await directives.findExtension(request.params.extensionId);
      if (!request0 || request0.directiveId !== directive.id)
        throw notFoundRecord('đề nghị gia hạn', request.params.extensionId);
      const today = todayOr(request.body.decidedOn);
      const decided = decideExtension(directive, request0, actor, request.body.decision, today);
      const extension = await directives.saveDecision(decided.request, decided.directive, {
        userId: user.id,
      });
      return { extension, directive: await present(decided.directive, today) };
    },
  );

  app.post(
    '/directives/:id/complete',
    { schema: { tags, params: IdParamsSchema, body: CompletionSchema, response: directiveAnswers.changed } },
    async (request) => {
      const user = currentUser(request);
      const { directive, actor } = await readable(user, request.params.id);
      const after = confirmCompletion(directive, actor, request.body.completedOn);
      const saved = await directives.save(after, { userId: user.id });
      return { directive: await present(saved, request.body.completedOn) };
    },
  );
};
