// Visits: list and read within scope, plan and record them, draft one from an article, download its documents.

import {
  DocumentHeaderSchema,
  IdempotencyHeadersSchema,
  IdParamsSchema,
  TextBodySchema,
  VisitCreateSchema,
  VisitPatchSchema,
  VisitQuerySchema,
  visitAnswers,
} from '../../contract';
import type { User } from '../../core/types';
import { draftVisitFromText } from '../../core/visit/draft-visit';
import { unknownTopics } from '../../core/visit/topic-catalog';
import type { Visit } from '../../core/visit/visit.types';
import { createUnitRepository } from '../../db/unit.repository';
import { createVisitRepository } from '../../db/visit.repository';
import { docxToPdf, PdfConversionError } from '../../documents/docx-to-pdf';
import { renderPartyDocx } from '../../documents/party-docx';
import { extract } from '../../extract/extract';
import { currentUser } from '../auth/auth.plugin';
import { requireUnit } from '../auth/scope';
import type { RouteModule } from '../context';
import { ApiError, invalidInput } from '../errors/api-error';
import { createOnce } from '../shared/create-once';
import { matchUnitNames } from './unit-match';
import { readableVisit as readable, todayOr, visitViewer } from './visit.access';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A PDF of the .docx, or 503 saying LibreOffice is missing (or too slow) so the .docx is the way. */
async function pdfOf(docx: Uint8Array): Promise<Buffer> {
  try {
    return await docxToPdf(docx);
  } catch (error) {
    if (error instanceof PdfConversionError) throw new ApiError(503, error.code, error.message);
    throw error;
  }
}

export const visitRoutes: RouteModule = (app, { db, services }) => {
  const once = createOnce(db);
  const units = createUnitRepository(db);
  const visits = createVisitRepository(db);
  const documents = services.visitDocuments;
  const tags = ['visits'];

  const readableVisit = (user: User, id: number): Promise<Visit> => readable(units, visits, user, id);

  async function checkUnits(
    user: User,
    body: { organiserUnitId?: number; hostUnitIds?: number[]; topicCodes?: string[] },
  ) {
    if (body.organiserUnitId !== undefined)
      await requireUnit(units, user, body.organiserUnitId, 'write', 'organiserUnitId');
    for (const id of body.hostUnitIds ?? []) await requireUnit(units, user, id, 'read', 'hostUnitIds');
    const unknown = unknownTopics(body.topicCodes ?? []);
    if (unknown.length > 0)
      throw invalidInput('topicCodes', `không có trong danh mục: ${unknown.join(', ')}`);
  }

  const download = (name: string) => `attachment; filename="${name}"`;

  app.get(
    '/visits',
    { schema: { tags, querystring: VisitQuerySchema, response: visitAnswers.list } },
    async (request) => {
      const { scopeIds } = await visitViewer(units, currentUser(request));
      return { visits: await visits.list({ scopeUnitIds: scopeIds, ...request.query }) };
    },
  );

  app.get(
    '/visits/:id',
    { schema: { tags, params: IdParamsSchema, response: visitAnswers.one } },
    async (request) => ({
      visit: await readableVisit(currentUser(request), request.params.id),
    }),
  );

  app.post(
    '/visits',
    {
      schema: {
        tags,
        headers: IdempotencyHeadersSchema,
        body: VisitCreateSchema,
        response: visitAnswers.created,
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      await checkUnits(user, request.body);
      return once(request, reply, async (tx) => ({
        status: 201,
        body: { visit: await visits.create(request.body, { userId: user.id }, tx) },
      }));
    },
  );

  app.patch(
    '/visits/:id',
    { schema: { tags, params: IdParamsSchema, body: VisitPatchSchema, response: visitAnswers.one } },
    async (request) => {
      const user = currentUser(request);
      const before = await readableVisit(user, request.params.id);
      await requireUnit(units, user, before.organiserUnitId, 'write', 'organiserUnitId');
      await checkUnits(user, request.body);
      return { visit: await visits.update(before.id, request.body, { userId: user.id }) };
    },
  );

  app.delete(
    '/visits/:id',
    { schema: { tags, params: IdParamsSchema, response: visitAnswers.deleted } },
    async (request, reply) => {
      const user = currentUser(request);
      const before = await readableVisit(user, request.params.id);
      await requireUnit(units, user, before.organiserUnitId, 'write', 'organiserUnitId');
      await visits.remove(before.id, { userId: user.id });
      return reply.status(204).send();
    },
  );

  app.post(
    '/visits/from-text',
    { schema: { tags, body: TextBodySchema, response: visitAnswers.fromText } },
    async (request) => {
      const user = currentUser(request);
      const draft = draftVisitFromText(request.body.text);
      const { statements, checks } = extract(request.body.text);
      const hosts = await matchUnitNames(units, user, draft.hostNames);
      const organiser = draft.organiserName
        ? (await matchUnitNames(units, user, [draft.organiserName]))[0]!
        : null;
      return { draft, organiser, hosts, statements, checks };
    },
  );

  app.get(
    '/visits/:id/brief',
    { schema: { tags, params: IdParamsSchema, response: visitAnswers.brief } },
    async (request) => {
      const visit = await readableVisit(currentUser(request), request.params.id);
      return { brief: await documents.brief(visit) };
    },
  );

  /** The briefing pack and the news brief, each as .docx and, where LibreOffice is installed, as PDF. */
  const documentRoutes = [
    { path: 'briefing-pack', file: 'tai-lieu-doan-cong-tac', build: documents.briefingPack },
    { path: 'brief', file: 'thong-bao-doan-cong-tac', build: documents.briefDocument },
  ] as const;
  for (const { path, file, build } of documentRoutes) {
    for (const format of ['docx', 'pdf'] as const) {
      app.get(
        `/visits/:id/${path}.${format}`,
        {
          schema: {
            tags,
            params: IdParamsSchema,
            querystring: DocumentHeaderSchema,
            response: visitAnswers[format],
          },
        },
        async (request, reply) => {
          const visit = await readableVisit(currentUser(request), request.params.id);
          const docx = await renderPartyDocx(await build(visit, request.query, todayOr(request.query.date)));
          return reply
            .header('content-type', format === 'docx' ? DOCX : 'application/pdf')
            .header('content-disposition', download(`${file}-${visit.date}.${format}`))
            .send(format === 'docx' ? docx : await pdfOf(docx));
        },
      );
    }
  }
};
