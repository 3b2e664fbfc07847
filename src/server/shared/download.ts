// A file the browser saves rather than shows, under the name officials see in their downloads folder.
import type { FastifyReply } from 'fastify';

/** Sends `body` as an attachment named `fileName` of this content type. */
export function sendDownload(
  reply: FastifyReply,
  contentType: string,
  fileName: string,
  body: string | Uint8Array,
) {
  return reply
    .type(contentType)
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .send(body);
}

/** A `;`-separated CSV template, UTF-8 with its BOM. */
export const sendCsv = (reply: FastifyReply, fileName: string, csv: string) =>
  sendDownload(reply, 'text/csv; charset=utf-8', fileName, csv);
