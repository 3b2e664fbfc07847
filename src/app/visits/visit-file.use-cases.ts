// Files kept with a visit (minutes, the host's report, photos): the organiser's editors upload, whoever
// sees the visit lists and downloads them. The bytes arrive already read by the server's upload reader.
import type { User } from '../../core/types';
import type { Db, Executor } from '../../db/database';
import { createUnitRepository } from '../../db/unit.repository';
import { createVisitRepository, type StoredVisit } from '../../db/visit.repository';
import { createVisitFileRepository, type VisitFileMeta } from '../../db/visit-file.repository';
import { notFoundRecord, requireUnit } from '../access/unit-scope';
import { readableVisit } from './visit-actor';

export type { VisitFileMeta } from '../../db/visit-file.repository';

/** A file as the user receives it: its metadata and bytes. */
export type VisitFile = VisitFileMeta & { content: Buffer };

function repositories(ex: Executor) {
  return {
    units: createUnitRepository(ex),
    visits: createVisitRepository(ex),
    files: createVisitFileRepository(ex),
  };
}

/** The visit exists for the user, and the user writes for its organiser, who keeps the visit's record. */
async function checkUploadOn(ex: Executor, user: User, visitId: number): Promise<StoredVisit> {
  const { units, visits } = repositories(ex);
  const visit = await readableVisit(units, visits, user, visitId);
  await requireUnit(units, user, visit.organiserUnitId, 'write', 'organiserUnitId');
  return visit;
}

/** The visit-file use cases over one database. */
export function createVisitFileUseCases(db: Db) {
  return {
    /** Whether the user may attach a file: asked before the upload is read, so a refused file is never buffered. */
    checkUpload: async (user: User, visitId: number): Promise<void> => {
      await checkUploadOn(db, user, visitId);
    },

    /** Stores a file with the visit, the checks repeated in the same transaction. */
    async add(
      user: User,
      visitId: number,
      file: { fileName: string; contentType: string; content: Buffer },
    ): Promise<VisitFileMeta> {
      return db.transaction(async (tx) => {
        const visit = await checkUploadOn(tx, user, visitId);
        return repositories(tx).files.add({ ...file, visitId: visit.id }, { userId: user.id });
      });
    },

    /** The files of a visit the user sees, oldest first, metadata only. */
    async listOf(user: User, visitId: number): Promise<VisitFileMeta[]> {
      const { units, visits, files } = repositories(db);
      const visit = await readableVisit(units, visits, user, visitId);
      return files.listOf(visit.id);
    },

    /** One file of a visit the user sees, bytes included. */
    async file(user: User, visitId: number, fileId: number): Promise<VisitFile> {
      const { units, visits, files } = repositories(db);
      const visit = await readableVisit(units, visits, user, visitId);
      const file = await files.fileOf(visit.id, fileId);
      if (!file) throw notFoundRecord('tệp', fileId);
      return file;
    },
  };
}

export type VisitFileUseCases = ReturnType<typeof createVisitFileUseCases>;
