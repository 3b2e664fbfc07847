// The version a change says it read: `version` in the body or query, or the If-Match header ("3",
// W/"3" or 3). Without any, the change is not checked, as before versions existed.
import type { FastifyRequest } from 'fastify';
import { invalidInput } from '../errors/api-error';

const IF_MATCH = /^(?:W\/)?"?([1-9]\d{0,9})"?$/;

/**
 * The version read, or undefined; a malformed If-Match is refused (400) rather than ignored.
 * @example versionRead(request with header If-Match: "3") === 3
 */
export function versionRead(request: FastifyRequest, sent?: number): number | undefined {
  if (sent !== undefined) return sent;
  const header = request.headers['if-match'];
  if (header === undefined) return undefined;
  const match = IF_MATCH.exec(String(header).trim());
  const version = match ? Number(match[1]) : Number.NaN;
  if (!Number.isSafeInteger(version) || version > 2_147_483_647) {
    throw invalidInput('headers.if-match', `"${String(header)}" không phải phiên bản (ví dụ "3")`);
  }
  return version;
}
