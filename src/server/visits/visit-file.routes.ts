// Files kept with a visit (minutes, the host's report, photos): the organiser uploads, whoever sees the
// visit lists and downloads them. Bytes live in the database, so any app server answers.
import type { VisitFileMeta } from '../../app/visits/visit-file.use-cases';
import { FileUploadBodySchema, fileAnswers, IdParamsSchema, VisitFileParamsSchema } from '../../contract';
import { attachmentDisposition } from '../../documents/evidence-file';
import { currentUser } from '../auth/auth.plugin';
import type { RouteModule } from '../context';
import { uploadedFile } from './uploaded-file';

const present = ({ sha256: _sha256, uploadedByUserId: _by, ...meta }: VisitFileMeta) => meta;

export const visitFileRoutes: RouteModule = (app, { services }) => {
  const { visitFiles } = services;
  const tags = ['visits'];

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
      await visitFiles.checkUpload(user, request.params.id);
      const file = await uploadedFile(request, 'tệp');
      const saved = await visitFiles.add(user, request.params.id, file);
      return reply.status(201).send({ file: present(saved) });
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
};
