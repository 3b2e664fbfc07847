// A table uploaded as multipart "file" (.csv or .xlsx): the bulk import and the unit arrangement both read
// one, and both refuse a request without it the same way.
import type { FastifyRequest } from 'fastify';
import { invalidInput } from '../errors/api-error';

/** The file's name and bytes; 400 naming the field when the request has no file. */
export async function uploadedTable(request: FastifyRequest): Promise<{ name: string; bytes: Buffer }> {
  const file = await request.file();
  if (!file) throw invalidInput('file', 'thiếu tệp .csv hoặc .xlsx trong trường "file"');
  return { name: file.filename, bytes: await file.toBuffer() };
}
