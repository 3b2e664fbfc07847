// Evidence files of progress reports (minh chứng): uploaded by the lead unit's own editors (core's
// checkEvidenceUpload), downloaded by whoever reads the directive. The bytes arrive already told by the
// server's upload reader; the rules here are who and to which report.
import { DomainError } from '../../core/errors';
import type { User } from '../../core/types';
import { checkEvidenceUpload } from '../../core/visit/directive-rules';
import type { Db, Executor } from '../../db/database';
import { createUnitRepository } from '../../db/unit.repository';
import { createDirectiveRepository } from '../../db/visit-directive.repository';
import {
  createEvidenceRepository,
  type EvidenceFile,
  type EvidenceInput,
  type EvidenceMeta,
} from '../../db/visit-evidence.repository';
import { notFoundRecord } from '../access/unit-scope';
import { readableDirective } from './visit-actor';

export type { EvidenceMeta } from '../../db/visit-evidence.repository';

function repositories(ex: Executor) {
  return {
    directives: createDirectiveRepository(ex),
    evidence: createEvidenceRepository(ex),
    units: createUnitRepository(ex),
  };
}

/** The report exists on this directive, and the user is one of its lead unit's own editors. */
async function checkUploadOn(ex: Executor, user: User, directiveId: number, updateId: number): Promise<void> {
  const { units, directives } = repositories(ex);
  const { directive, actor } = await readableDirective(units, directives, user, directiveId);
  const update = await directives.findUpdate(updateId, ex);
  if (!update || update.directiveId !== directive.id) {
    throw new DomainError(
      'not_found',
      'updateId',
      `kết luận ${directive.id} không có báo cáo tiến độ id ${updateId}`,
    );
  }
  checkEvidenceUpload(directive, actor);
}

/** The evidence use cases over one database. */
export function createEvidenceUseCases(db: Db) {
  return {
    /** Whether the user may attach evidence to the report: asked before the upload is read, so a refused file is never buffered. */
    checkUpload: (user: User, directiveId: number, updateId: number) =>
      checkUploadOn(db, user, directiveId, updateId),

    /** Stores a file for a progress report, the checks repeated in the same transaction. */
    async add(
      user: User,
      ids: { directiveId: number; updateId: number },
      file: Omit<EvidenceInput, 'directiveId' | 'updateId'>,
    ): Promise<EvidenceMeta> {
      return db.transaction(async (tx) => {
        await checkUploadOn(tx, user, ids.directiveId, ids.updateId);
        return repositories(tx).evidence.add({ ...file, ...ids }, { userId: user.id }, tx);
      });
    },

    /** The evidence of a directive the user reads, metadata only. */
    async listOf(user: User, directiveId: number): Promise<EvidenceMeta[]> {
      const { units, directives, evidence } = repositories(db);
      const { directive } = await readableDirective(units, directives, user, directiveId);
      return evidence.listOf(directive.id);
    },

    /** One file of a directive the user reads, bytes included. */
    async file(user: User, directiveId: number, evidenceId: number): Promise<EvidenceFile> {
      const { units, directives, evidence } = repositories(db);
      const { directive } = await readableDirective(units, directives, user, directiveId);
      const file = await evidence.fileOf(directive.id, evidenceId);
      if (!file) throw notFoundRecord('tệp minh chứng', evidenceId);
      return file;
    },
  };
}

export type EvidenceUseCases = ReturnType<typeof createEvidenceUseCases>;
