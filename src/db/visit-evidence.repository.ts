// Evidence files of directive progress updates: bytes and checksum in the database (the app servers keep
// no files), metadata for lists, every upload in the audit trail.
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from './audit.repository';
import type { Executor } from './database';
import { addStoredFile, type StoredFileMeta, storedFileMeta, withIsoUploadTime } from './stored-file';
import { directiveEvidence } from './visit.schema';

/** What lists and the upload answer show of an evidence file: never its bytes. */
export interface EvidenceMeta extends StoredFileMeta {
  id: number;
  directiveId: number;
  updateId: number;
}

export interface EvidenceFile extends EvidenceMeta {
  content: Buffer;
}

export interface EvidenceInput {
  directiveId: number;
  updateId: number;
  fileName: string;
  contentType: string;
  content: Buffer;
}

const META = {
  id: directiveEvidence.id,
  directiveId: directiveEvidence.directiveId,
  updateId: directiveEvidence.updateId,
  ...storedFileMeta(directiveEvidence),
};

const toMeta = withIsoUploadTime;

export function createEvidenceRepository(db: Executor) {
  return {
    /** Stores one file with its SHA-256, audited (the entry holds the metadata, not the bytes). */
    async add(input: EvidenceInput, actor: Actor, ex: Executor = db): Promise<EvidenceMeta> {
      return addStoredFile(
        ex,
        { entity: 'directive_evidence', actor, content: input.content },
        (tx, stored) =>
          tx
            .insert(directiveEvidence)
            .values({ ...input, ...stored })
            .returning(META),
      );
    },

    /** The evidence of a directive, oldest first, without bytes. */
    async listOf(directiveId: number, ex: Executor = db): Promise<EvidenceMeta[]> {
      const rows = await ex
        .select(META)
        .from(directiveEvidence)
        .where(eq(directiveEvidence.directiveId, directiveId))
        .orderBy(asc(directiveEvidence.id));
      return rows.map(toMeta);
    },

    /** One file of a directive with its bytes; null when it does not exist or belongs to another directive. */
    async fileOf(directiveId: number, id: number, ex: Executor = db): Promise<EvidenceFile | null> {
      const [row] = await ex
        .select({ ...META, content: directiveEvidence.content })
        .from(directiveEvidence)
        .where(and(eq(directiveEvidence.id, id), eq(directiveEvidence.directiveId, directiveId)));
      return row ? toMeta(row) : null;
    },
  };
}

export type EvidenceRepository = ReturnType<typeof createEvidenceRepository>;
