// Evidence files of directive progress updates: bytes and checksum in the database (the app servers keep
// no files), metadata for lists, every upload in the audit trail.
import { and, asc, eq } from 'drizzle-orm';
import { type Actor, createAuditRepository } from './audit.repository';
import type { Executor } from './database';
import { mappingErrors } from './errors';
import { storedFileValues, withIsoUploadTime } from './stored-file';
import { directiveEvidence } from './visit.schema';

/** What lists and the upload answer show of an evidence file: never its bytes. */
export interface EvidenceMeta {
  id: number;
  directiveId: number;
  updateId: number;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedByUserId: number | null;
  /** ISO timestamp. */
  uploadedAt: string;
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
  fileName: directiveEvidence.fileName,
  contentType: directiveEvidence.contentType,
  size: directiveEvidence.size,
  sha256: directiveEvidence.sha256,
  uploadedByUserId: directiveEvidence.uploadedByUserId,
  uploadedAt: directiveEvidence.uploadedAt,
};

const toMeta = withIsoUploadTime;

export function createEvidenceRepository(db: Executor) {
  const audit = createAuditRepository(db);

  return {
    /** Stores one file with its SHA-256, audited (the entry holds the metadata, not the bytes). */
    async add(input: EvidenceInput, actor: Actor, ex: Executor = db): Promise<EvidenceMeta> {
      return ex.transaction(async (tx) => {
        const [row] = await mappingErrors(() =>
          tx
            .insert(directiveEvidence)
            .values({
              ...input,
              ...storedFileValues(input.content),
              uploadedByUserId: actor.userId,
            })
            .returning(META),
        );
        const meta = toMeta(row!);
        await audit.append(
          {
            userId: actor.userId,
            entity: 'directive_evidence',
            entityId: meta.id,
            action: 'create',
            before: null,
            after: meta,
          },
          tx,
        );
        return meta;
      });
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
