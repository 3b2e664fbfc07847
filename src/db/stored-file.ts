// What evidence files and visit files share: the checksum and size stored beside the bytes, the columns
// lists show, the audited upload, and the upload time as an ISO string in what lists show.
import { createHash } from 'node:crypto';
import type { Actor } from './audit.repository';
import { createAuditTrail } from './audit-trail';
import type { Executor } from './database';
import { mappingErrors } from './errors';
import type { directiveEvidence, visitFiles } from './visit.schema';

/** The size and SHA-256 (hex) stored with a file's bytes. */
export function storedFileValues(content: Buffer): { size: number; sha256: string } {
  return { size: content.length, sha256: createHash('sha256').update(content).digest('hex') };
}

/** A stored file's row with its upload time as an ISO timestamp. */
export const withIsoUploadTime = <T extends { uploadedAt: Date }>(row: T) => ({
  ...row,
  uploadedAt: row.uploadedAt.toISOString(),
});

/** What lists and the upload answer show of a stored file, after its id and owner: never its bytes. */
export interface StoredFileMeta {
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedByUserId: number | null;
  /** ISO timestamp. */
  uploadedAt: string;
}

/** The columns lists show of a stored file, after its id and owner: never the bytes. */
export function storedFileMeta(table: typeof directiveEvidence | typeof visitFiles) {
  return {
    fileName: table.fileName,
    contentType: table.contentType,
    size: table.size,
    sha256: table.sha256,
    uploadedByUserId: table.uploadedByUserId,
    uploadedAt: table.uploadedAt,
  };
}

interface StoredFileValues {
  size: number;
  sha256: string;
  uploadedByUserId: number | null;
}

/**
 * Stores one file with its size, SHA-256 and uploader in one transaction with its audit entry (which holds
 * the metadata, not the bytes); `insert` writes the row with these values and returns its metadata.
 */
export async function addStoredFile<M extends { id: number; uploadedAt: Date }>(
  ex: Executor,
  { entity, actor, content }: { entity: string; actor: Actor; content: Buffer },
  insert: (tx: Executor, stored: StoredFileValues) => Promise<M[]>,
) {
  return ex.transaction(async (tx) => {
    const stored = { ...storedFileValues(content), uploadedByUserId: actor.userId };
    const [row] = await mappingErrors(() => insert(tx, stored));
    const meta = withIsoUploadTime(row!);
    await createAuditTrail(tx, entity).created(actor, meta, tx);
    return meta;
  });
}
