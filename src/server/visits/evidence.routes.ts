// Evidence files of progress updates: the lead unit uploads (multipart "file", ≤ 10 MB, PDF/DOCX/XLSX/PNG/JPG
// told by their bytes), whoever reads the directive downloads. Bytes live in the database: no server state.
import { EvidenceParamsSchema, FileUploadBodySchema, fileAnswers, UpdateParamsSchema } from '../../contract';
import { checkEvidenceUpload } from '../../core/visit/directive-rules';
import { createUnitRepository } from '../../db/unit.repository';
import { createDirectiveRepository } from '../../db/visit-directive.repository';
import { createEvidenceRepository, type EvidenceMeta } from '../../db/visit-evidence.repository';
import { attachmentDisposition } from '../../documents/evidence-file';
import { currentUser } from '../auth/auth.plugin';
import type { RouteModule } from '../context';
import { ApiError } from '../errors/api-error';
import { notFoundRecord } from '../shared/lookup';
import { uploadedFile } from './uploaded-file';
import { readableDirective } from './visit.access';

/** The metadata the API shows of an evidence file (never its bytes). */
export const presentEvidence = (e: EvidenceMeta) => ({
  id: e.id,
  fileName: e.fileName,
  contentType: e.contentType,
  size: e.size,
  updateId: e.updateId,
  uploadedAt: e.uploadedAt,
});

export const evidenceRoutes: RouteModule = (app, { db }) => {
  const units = createUnitRepository(db);
  const directives = createDirectiveRepository(db);
  const evidence = createEvidenceRepository(db);
  const tags = ['directives'];

  app.post(
    '/directives/:id/updates/:updateId/evidence',
    {
      schema: {
        tags,
        consumes: ['multipart/form-data'],
        params: UpdateParamsSchema,
        body: FileUploadBodySchema,
        response: fileAnswers.evidenceUploaded,
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const { directive, actor } = await readableDirective(units, directives, user, request.params.id);
      const update = await directives.findUpdate(request.params.updateId);
      if (!update || update.directiveId !== directive.id) {
        throw new ApiError(
          404,
          'not_found',
          `updateId: kết luận ${directive.id} không có báo cáo tiến độ id ${request.params.updateId}`,
          { field: 'updateId' },
        );
      }
      checkEvidenceUpload(directive, actor);
      const file = await uploadedFile(request);
      const saved = await evidence.add(
        { ...file, directiveId: directive.id, updateId: update.id },
        { userId: user.id },
      );
      return reply.status(201).send({ evidence: presentEvidence(saved) });
    },
  );

  app.get(
    '/directives/:id/evidence/:evidenceId',
    { schema: { tags, params: EvidenceParamsSchema, response: fileAnswers.evidenceFile } },
    async (request, reply) => {
      const { directive } = await readableDirective(
        units,
        directives,
        currentUser(request),
        request.params.id,
      );
      const file = await evidence.fileOf(directive.id, request.params.evidenceId);
      if (!file) throw notFoundRecord('tệp minh chứng', request.params.evidenceId);
      return reply
        .header('content-type', file.contentType)
        .header('content-length', file.size)
        .header('content-disposition', attachmentDisposition(file.fileName))
        .header('cache-control', 'private, no-store')
        .header('x-content-sha256', file.sha256)
        .send(file.content);
    },
  );
};
