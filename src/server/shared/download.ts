// A file the browser saves rather than shows, under the name officials see in their downloads folder.
import type { FastifyReply } from 'fastify';
import { XLSX_TYPE } from '../../contract';

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

/**
 * An .xlsx workbook. Its name carries codes officials typed (a unit's, a period's), so anything but letters,
 * digits, dots and dashes becomes "_" rather than break the header.
 * @example sendXlsx(reply, 'theo-doi-nop-KTXH THANG-2024-M3.xlsx', bytes) names it theo-doi-nop-KTXH_THANG-2024-M3.xlsx
 */
export const sendXlsx = (reply: FastifyReply, fileName: string, bytes: Uint8Array) =>
  sendDownload(reply, XLSX_TYPE, fileName.replace(/[^\w.-]/g, '_'), bytes);
