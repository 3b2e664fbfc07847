// Files kept with a visit (minutes, the host's report, photos): the organiser uploads, whoever sees the
// visit lists and downloads them. Bytes live in the database, so any app server answers.
import type { VisitFileMeta } from '../../app/visits/visit-file.use-cases';
import { fileAnswers, IdParamsSchema, VisitFileParamsSchema } from '../../contract';
import { attachmentDisposition } from '../../documents/evidence-file';
import { currentUser } from '../auth/auth.plugin';
import { recordModule } from '../shared/record-routes';
import { singleFileUpload } from './uploaded-file';

const present = ({ sha256: _sha256, uploadedByUserId: _by, ...meta }: VisitFileMeta) => meta;

export const visitFileRoutes = recordModule('/visits', ({ app, routes, tags, services }) => {
  const { visitFiles } = services;

  singleFileUpload(
    routes,
    '/:id/files',
    { params: IdParamsSchema, response: fileAnswers.visitFileUploaded, key: 'file', noun: 'tệp' },
    async (user, { id }, file) => {
      await visitFiles.checkUpload(user, id);
      return present(await visitFiles.add(user, id, await file()));
    },
  );

  app.get(
    '/visits/:id/files',
    { schema: { tags, params: IdParamsSchema, response: fileAnswers.visitFiles } },
    async (request) => ({
      files: (await visitFiles.listOf(currentUser(request), request.params.id)).map(present),
    }),
  );

  app.get(
    '/visits/:id/files/:fileId',
    { schema: { tags, params: VisitFileParamsSchema, response: fileAnswers.visitFile } },
    async (request, reply) => {
      const file = await visitFiles.file(currentUser(request), request.params.id, request.params.fileId);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', attachmentDisposition(file.fileName))
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );
});
