// Files kept with a visit, and evidence files of a directive's progress: their metadata, never their bytes.
import { z } from 'zod';
import { answers, BinarySchema, nestedIdParams, TimestampSchema, uploadBody } from './common.schema';

export const FileUploadBodySchema = uploadBody(
  'PDF, DOCX, XLSX, PNG hoặc JPG (nhận biết theo nội dung), tối đa 10 MB',
);

const FileMeta = {
  id: z.number().int(),
  fileName: z.string().describe('Tên tệp (NFC)'),
  contentType: z.string(),
  size: z.number().int().describe('Số byte'),
  uploadedAt: TimestampSchema,
};

export const EvidenceFileSchema = z
  .object({ ...FileMeta, updateId: z.number().int().describe('Báo cáo tiến độ mà tệp minh chứng') })
  .describe('Tệp minh chứng');

export const VisitFileSchema = z
  .object({ ...FileMeta, visitId: z.number().int() })
  .describe('Tệp của đoàn công tác');

export const EvidenceParamsSchema = nestedIdParams('evidenceId');
export const UpdateParamsSchema = nestedIdParams('updateId');
export const VisitFileParamsSchema = nestedIdParams('fileId');

/** A stored file's bytes, under its own content type and Vietnamese name (RFC 5987). */
const storedFile = (description: string) => ({
  description,
  content: { 'application/octet-stream': { schema: BinarySchema } },
});

export const fileAnswers = {
  evidenceUploaded: answers({ 201: z.object({ evidence: EvidenceFileSchema }) }),
  evidenceFile: answers({ 200: storedFile('Tệp minh chứng, với content-type của nó') }),
  visitFileUploaded: answers({ 201: z.object({ file: VisitFileSchema }) }),
  visitFiles: answers({ 200: z.object({ files: z.array(VisitFileSchema) }) }),
  visitFile: answers({ 200: storedFile('Tệp của đoàn, với content-type của nó') }),
};
