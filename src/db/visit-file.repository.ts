// Files kept with a visit (minutes, reports, photos): bytes and checksum in the database (the app servers
// keep no files), metadata for lists, every upload in the audit trail.
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from './audit.repository';
import type { Executor } from './database';
import { addStoredFile, type StoredFileMeta, storedFileMeta, withIsoUploadTime } from './stored-file';
import { visitFiles } from './visit.schema';

/** What lists and the upload answer show of a visit's file: never its bytes. */
export interface VisitFileMeta extends StoredFileMeta {
  id: number;
  visitId: number;
}

const META = { id: visitFiles.id, visitId: visitFiles.visitId, ...storedFileMeta(visitFiles) };

const toMeta = withIsoUploadTime;

export function createVisitFileRepository(db: Executor) {
  return {
    /** Stores one file with its SHA-256, audited (the entry holds the metadata, not the bytes). */
    async add(
      input: { visitId: number; fileName: string; contentType: string; content: Buffer },
      actor: Actor,
    ): Promise<VisitFileMeta> {
      return addStoredFile(db, { entity: 'visit_file', actor, content: input.content }, (tx, stored) =>
        tx
          .insert(visitFiles)
          .values({ ...input, ...stored })
          .returning(META),
      );
    },

    /** The files of a visit, oldest first, without bytes. */
    async listOf(visitId: number): Promise<VisitFileMeta[]> {
      const rows = await db
        .select(META)
        .from(visitFiles)
        .where(eq(visitFiles.visitId, visitId))
        .orderBy(asc(visitFiles.id));
      return rows.map(toMeta);
    },

    /** One file of a visit with its bytes; null when absent or of another visit. */
    async fileOf(visitId: number, id: number): Promise<(VisitFileMeta & { content: Buffer }) | null> {
      const [row] = await db
        .select({ ...META, content: visitFiles.content })
        .from(visitFiles)
        .where(and(eq(visitFiles.id, id), eq(visitFiles.visitId, visitId)));
      return row ? toMeta(row) : null;
    },
  };
}
