// What evidence files and visit files share: the checksum and size stored beside the bytes, and the upload
// time as an ISO string in what lists show.
import { createHash } from 'node:crypto';

/** The size and SHA-256 (hex) stored with a file's bytes. */
export function storedFileValues(content: Buffer): { size: number; sha256: string } {
  return { size: content.length, sha256: createHash('sha256').update(content).digest('hex') };
}

/** A stored file's row with its upload time as an ISO timestamp. */
export const withIsoUploadTime = <T extends { uploadedAt: Date }>(row: T) => ({
  ...row,
  uploadedAt: row.uploadedAt.toISOString(),
});
