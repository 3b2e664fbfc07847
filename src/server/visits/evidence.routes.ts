// Evidence files of progress updates: the lead unit uploads (multipart "file", ≤ 10 MB, PDF/DOCX/XLSX/PNG/JPG
// told by their bytes), whoever reads the directive downloads. Bytes live in the database: no server state.

import type { EvidenceMeta } from '../../app/visits/evidence.use-cases';
import { EvidenceParamsSchema, fileAnswers, UpdateParamsSchema } from '../../contract';
import { attachmentDisposition } from '../../documents/evidence-file';
import { currentUser } from '../auth/auth.plugin';
import { recordModule } from '../shared/record-routes';
import { singleFileUpload } from './uploaded-file';

/** The metadata the API shows of an evidence file (never its bytes). */
export const presentEvidence = (e: EvidenceMeta) => ({
  id: e.id,
  fileName: e.fileName,
  contentType: e.contentType,
  size: e.size,
  updateId: e.updateId,
  uploadedAt: e.uploadedAt,
});

export const evidenceRoutes = recordModule('/directives', ({ app, routes, tags, services }) => {
  const { evidence } = services;

  singleFileUpload(
    routes,
    '/:id/updates/:updateId/evidence',
    { params: UpdateParamsSchema, response: fileAnswers.evidenceUploaded, key: 'evidence' },
    async (user, { id, updateId }, file) => {
      await evidence.checkUpload(user, id, updateId);
      return presentEvidence(await evidence.add(user, { directiveId: id, updateId }, await file()));
    },
  );

  app.get(
    '/directives/:id/evidence/:evidenceId',
    { schema: { tags, params: EvidenceParamsSchema, response: fileAnswers.evidenceFile } },
    async (request, reply) => {
      const { id, evidenceId } = request.params;
      const file = await evidence.file(currentUser(request), id, evidenceId);
      return reply
        .header('content-type', file.contentType)
        .header('content-length', file.size)
        .header('content-disposition', attachmentDisposition(file.fileName))
        .header('cache-control', 'private, no-store')
        .header('x-content-sha256', file.sha256)
        .send(file.content);
    },
  );
});
