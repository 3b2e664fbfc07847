// Visits: auth, validate (contract), call the use cases (src/app/visits/visit.use-cases), present; plus
// drafts from an article and the visit's documents.

import {
  DOCX_TYPE,
  DocumentHeaderSchema,
  IdParamsSchema,
  TextBodySchema,
  VisitCreateSchema,
  VisitPatchSchema,
  VisitQuerySchema,
  visitAnswers,
} from '../../contract';
import { docxToPdf, PdfConversionError } from '../../documents/docx-to-pdf';
import { renderPartyDocx } from '../../documents/party-docx';
import { currentUser } from '../auth/auth.plugin';
import { ApiError } from '../errors/api-error';
import { createOnce } from '../shared/create-once';
import { sendDownload } from '../shared/download';
import { recordModule } from '../shared/record-routes';
import { todayOr } from './visit.access';

const DOCUMENT_TYPES = { docx: DOCX_TYPE, pdf: 'application/pdf' } as const;

/** A PDF of the .docx, or 503 saying LibreOffice is missing (or too slow) so the .docx is the way. */
async function pdfOf(docx: Uint8Array): Promise<Buffer> {
  try {
    return await docxToPdf(docx);
  } catch (error) {
    if (error instanceof PdfConversionError) throw new ApiError(503, error.code, error.message);
    throw error;
  }
}

export const visitRoutes = recordModule('/visits', ({ app, routes, tags, db, services }) => {
  const once = createOnce(db);
  const useCases = services.visits;
  const documents = services.visitDocuments;

  routes.list({ key: 'visits', querystring: VisitQuerySchema, response: visitAnswers.list }, useCases.list);
  routes.read({ key: 'visit', response: visitAnswers.one }, useCases.get);

  routes.createOnce(
    once,
    { key: 'visit', body: VisitCreateSchema, response: visitAnswers.created },
    useCases.create,
  );

  // Like a target's, a change names the version it read (in the body or If-Match), so a stale one is refused.
  routes.change(
    { key: 'visit', body: VisitPatchSchema, response: visitAnswers.changed, versioned: true },
    useCases.change,
  );
  routes.remove({ response: visitAnswers.deleted }, useCases.remove);

  app.post(
    '/visits/from-text',
    { schema: { tags, body: TextBodySchema, response: visitAnswers.fromText } },
    async (request) => useCases.draftFromText(currentUser(request), request.body.text),
  );

  app.get(
    '/visits/:id/brief',
    { schema: { tags, params: IdParamsSchema, response: visitAnswers.brief } },
    async (request) => {
      const visit = await useCases.get(currentUser(request), request.params.id);
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
          const visit = await useCases.get(currentUser(request), request.params.id);
          const docx = await renderPartyDocx(await build(visit, request.query, todayOr(request.query.date)));
          const bytes = format === 'docx' ? docx : await pdfOf(docx);
          return sendDownload(reply, DOCUMENT_TYPES[format], `${file}-${visit.date}.${format}`, bytes);
        },
      );
    }
  }
});
