// One file uploaded as multipart "file" (≤ 10 MB, PDF/DOCX/XLSX/PNG/JPG told by their bytes): evidence of a
// directive's progress or a visit's minutes. Every refusal says what is wrong with the file and where.
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { FileUploadBodySchema } from '../../contract';
import type { User } from '../../core/types';
import {
  cleanFileName,
  EVIDENCE_CONTENT_TYPES,
  kindOfName,
  MAX_EVIDENCE_BYTES,
  sniffEvidence,
} from '../../documents/evidence-file';
import { ApiError, invalidInput } from '../errors/api-error';
import type { Answer, Answers, Given, Key, RecordRoutes } from '../shared/record-routes';

const ACCEPTED = 'PDF, DOCX, XLSX, PNG, JPG';
const LIMIT_MB = MAX_EVIDENCE_BYTES / 1024 / 1024;

const unsupported = (message: string) =>
  new ApiError(415, 'unsupported_media_type', `file: ${message}`, { field: 'file', accepted: ACCEPTED });

const missingFile = (noun: string) => invalidInput('file', `thiếu ${noun} trong trường "file"`);

/** Reads the one file of the request, refusing with what is wrong and where. */
export async function uploadedFile(request: FastifyRequest, noun = 'tệp minh chứng') {
  if (!request.isMultipart()) {
    throw unsupported(`gửi ${noun} dạng multipart/form-data trong trường "file"`);
  }
  const file = await request.file({ limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1 } });
  if (!file) throw missingFile(noun);
  if (file.fieldname !== 'file') {
    throw invalidInput('file', `tệp phải gửi trong trường "file", không phải "${file.fieldname}"`);
  }
  let content: Buffer;
  try {
    content = await file.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new ApiError(413, 'too_large', `file: ${noun} vượt quá ${LIMIT_MB} MB`, {
        field: 'file',
        maxBytes: MAX_EVIDENCE_BYTES,
      });
    }
    throw error;
  }
  const fileName = cleanFileName(file.filename ?? '');
  // A browser form whose file input was left empty sends a part with no name and no bytes.
  if (fileName === '' && content.length === 0) throw missingFile(noun);
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

export type UploadedFile = Awaited<ReturnType<typeof uploadedFile>>;

/**
 * POST `under`: one file in multipart "file", read by `uploadedFile` (its refusals naming `noun`), answered
 * 201 with what `run` stored under `key`. Evidence and a visit's files differ only in these.
 */
export function singleFileUpload<R extends Answers, P extends z.ZodType, K extends Key<R, 201>>(
  routes: RecordRoutes,
  under: string,
  schema: { params: P; response: R; key: K; noun?: string },
  run: (
    user: User,
    params: z.output<P>,
    file: () => Promise<UploadedFile>,
  ) => Promise<Given<Answer<R, 201>, K>>,
) {
  const { noun, ...route } = schema;
  routes.upload(
    under,
    { ...route, body: FileUploadBodySchema, status: 201 },
    (request) => uploadedFile(request, noun),
    run,
  );
}
