// Files kept with a visit (minutes, the host's report, photos): the organiser uploads, whoever sees the
// visit lists and downloads them. Bytes live in the database, so any app server answers.
import { FileUploadBodySchema, fileAnswers, IdParamsSchema, VisitFileParamsSchema } from '../../contract';
import type { User } from '../../core/types';
import { createUnitRepository } from '../../db/unit.repository';
import { createVisitRepository } from '../../db/visit.repository';
import { createVisitFileRepository, type VisitFileMeta } from '../../db/visit-file.repository';
import { attachmentDisposition } from '../../documents/evidence-file';
import { currentUser } from '../auth/auth.plugin';
import { requireUnit } from '../auth/scope';
import type { RouteModule } from '../context';
import { notFoundRecord } from '../shared/lookup';
import { uploadedFile } from './uploaded-file';
import { readableVisit } from './visit.access';

const present = ({ sha256: _sha256, uploadedByUserId: _by, ...meta }: VisitFileMeta) => meta;

export const visitFileRoutes: RouteModule = (app, { db }) => {
  const units = createUnitRepository(db);
  const visits = createVisitRepository(db);
  const files = createVisitFileRepository(db);
  const tags = ['visits'];

  const readable = (user: User, id: number) => readableVisit(units, visits, user, id);

  app.post(
    '/visits/:id/files',
    {
      schema: {
        tags,
        consumes: ['multipart/form-data'],
        params: IdParamsSchema,
        body: FileUploadBodySchema,
        response: fileAnswers.visitFileUploaded,
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const visit = await readable(user, request.params.id);
      // The organiser keeps the visit's record, as it plans and edits the visit.
      await requireUnit(units, user, visit.organiserUnitId, 'write', 'organiserUnitId');
      const file = await uploadedFile(request, 'tệp');
      const saved = await files.add({ ...file, visitId: visit.id }, { userId: user.id });
      return reply.status(201).send({ file: present(saved) });
    },
  );

  app.get(
    '/visits/:id/files',
    { schema: { tags, params: IdParamsSchema, response: fileAnswers.visitFiles } },
    async (request) => {
      const visit = await readable(currentUser(request), request.params.id);
      return { files: (await files.listOf(visit.id)).map(present) };
    },
  );

  app.get(
    '/visits/:id/files/:fileId',
    { schema: { tags, params: VisitFileParamsSchema, response: fileAnswers.visitFile } },
    async (request, reply) => {
      const visit = await readable(currentUser(request), request.params.id);
      const file = await files.fileOf(visit.id, request.params.fileId);
      if (!file) throw notFoundRecord('tệp', request.params.fileId);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', attachmentDisposition(file.fileName))
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );
};
