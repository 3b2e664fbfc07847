// Evidence files of progress updates: the lead unit uploads (multipart "file", ≤ 10 MB, PDF/DOCX/XLSX/PNG/JPG
// told by their bytes), whoever reads the directive downloads. Bytes live in the database: no server state.
import type { FastifyRequest } from 'fastify';
import { checkEvidenceUpload } from '../../core/visit/directive-rules';
import { createUnitRepository } from '../../db/unit.repository';
import { createDirectiveRepository } from '../../db/visit-directive.repository';
import { createEvidenceRepository, type EvidenceMeta } from '../../db/visit-evidence.repository';
import {
  attachmentDisposition,
  cleanFileName,
  EVIDENCE_CONTENT_TYPES,
  kindOfName,
  MAX_EVIDENCE_BYTES,
  sniffEvidence,
} from '../../documents/evidence-file';
import { currentUser } from '../auth/auth.plugin';
import type { RouteModule } from '../context';
import { ApiError, invalidInput } from '../errors/api-error';
import { IdParamsSchema } from '../shared/common.schema';
import { notFoundRecord } from '../shared/lookup';
import { readableDirective } from './visit.access';

const ACCEPTED = 'PDF, DOCX, XLSX, PNG, JPG';
const LIMIT_MB = MAX_EVIDENCE_BYTES / 1024 / 1024;

/** The metadata the API shows of an evidence file (never its bytes). */
export const presentEvidence = (e: EvidenceMeta) => ({
  id: e.id,
  fileName: e.fileName,
  contentType: e.contentType,
  size: e.size,
  updateId: e.updateId,
  uploadedAt: e.uploadedAt,
});

const unsupported = (message: string) =>
  new ApiError(415, 'unsupported_media_type', `file: ${message}`, { field: 'file', accepted: ACCEPTED });

const missingFile = () => invalidInput('file', 'thiếu tệp minh chứng trong trường "file"');

/** Reads the one file of the request, refusing with what is wrong and where. */
async function uploadedEvidence(request: FastifyRequest) {
  if (!request.isMultipart()) {
    throw unsupported('gửi tệp minh chứng dạng multipart/form-data trong trường "file"');
  }
  const file = await request.file({ limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1 } });
  if (!file) throw missingFile();
  if (file.fieldname !== 'file') {
    throw invalidInput('file', `tệp phải gửi trong trường "file", không phải "${file.fieldname}"`);
  }
  let content: Buffer;
  try {
    content = await file.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new ApiError(413, 'too_large', `file: tệp minh chứng vượt quá ${LIMIT_MB} MB`, {
        field: 'file',
        maxBytes: MAX_EVIDENCE_BYTES,
      });
    }
    throw error;
  }
  const fileName = cleanFileName(file.filename ?? '');
  // A browser form whose file input was left empty sends a part with no name and no bytes.
  if (fileName === '' && content.length === 0) throw missingFile();
  if (fileName === '') throw invalidInput('file', 'tệp không có tên');
  if (content.length === 0) throw invalidInput('file', `tệp "${fileName}" rỗng (0 byte)`);
  const claimed = kindOfName(fileName);
  if (claimed === null) throw unsupported(`"${fileName}" không phải ${ACCEPTED}`);
  const actual = sniffEvidence(content);
  if (actual !== claimed) {
    const inside = actual === null ? `không phải tệp ${ACCEPTED}` : `là tệp ${actual.toUpperCase()}`;
    throw unsupported(`"${fileName}" mang đuôi .${claimed} nhưng nội dung ${inside}`);
  }
  return { fileName, contentType: EVIDENCE_CONTENT_TYPES[actual], content };
}

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
        params: IdParamsSchema.extend({ updateId: IdParamsSchema.shape.id }),
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
      const file = await uploadedEvidence(request);
      const saved = await evidence.add(
        { ...file, directiveId: directive.id, updateId: update.id },
        { userId: user.id },
      );
      return reply.status(201).send({ evidence: presentEvidence(saved) });
    },
  );

  app.get(
    '/directives/:id/evidence/:evidenceId',
    { schema: { tags, params: IdParamsSchema.extend({ evidenceId: IdParamsSchema.shape.id }) } },
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
