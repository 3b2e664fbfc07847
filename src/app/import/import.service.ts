// Bulk import of targets and figures from CSV or XLSX: every row is checked first; any bad row refuses the
// whole file (DomainError invalid_rows listing them all), and the good rows are written in one transaction.
import { DomainError } from '../../core/errors';
import type { Db } from '../../db/database';
import { createIndicatorRepository } from '../../db/indicator.repository';
import { createObservationRepository } from '../../db/observation.repository';
import { createTargetRepository } from '../../db/target.repository';
import { createUnitRepository } from '../../db/unit.repository';
import type { ImportProblem } from '../../documents/import-rows';
import { readImportRows } from '../../documents/import-rows';
import { type ImportPlan, storedDuplicates, validateImportRows } from './import-validate';

/** The file's problems, the first three in the message and all of them in `rows` for a screen or a CLI. */
export function invalidRows(problems: ImportProblem[]): DomainError {
  const shown = problems.slice(0, 3).map((p) => `dòng ${p.row} (${p.field}): ${p.reason}`);
  const more = problems.length > 3 ? `; và ${problems.length - 3} lỗi khác` : '';
  return new DomainError(
    'invalid_rows',
    null,
    `Tệp có ${problems.length} lỗi, chưa ghi dòng nào: ${shown.join('; ')}${more}`,
    { rows: problems },
  );
}

/** Who imports: recorded in provenance and audit, and whose scope bounds the units. */
export interface Importer {
  userId: number | null;
  scopeUnitId: number | null;
}

export interface ImportResult {
  targets: number;
  observations: number;
}

export function createImportService(db: Db) {
  const units = createUnitRepository(db);
  const indicators = createIndicatorRepository(db);
  const targets = createTargetRepository(db);
  const observations = createObservationRepository(db);

  async function plan(fileName: string, bytes: Uint8Array, user: Importer): Promise<ImportPlan> {
    const parsed = await readImportRows(fileName, bytes);
    if (parsed.kind === 'invalid') throw invalidRows(parsed.problems);
    const all = await units.findAll();
    const scope = user.scopeUnitId === null ? null : new Set(await units.findSubtreeIds(user.scopeUnitId));
    const validation = validateImportRows(parsed.rows, {
      fileName,
      userId: user.userId,
      unitsByCode: new Map(all.map((u) => [u.code, u])),
      indicatorsByCode: new Map((await indicators.findAll()).map((i) => [i.code, i])),
      mayWrite: (unit) => scope === null || scope.has(unit.id),
    });
    if (validation.kind === 'invalid') throw invalidRows(validation.problems);
    const stored = await observations.findStoredKeys(validation.plan.observations);
    const duplicates = storedDuplicates(validation.plan, stored);
    if (duplicates.length > 0) throw invalidRows(duplicates);
    return validation.plan;
  }

  return {
    /** Checks the file and writes all of it in one transaction; throws invalid_rows otherwise. */
    async importFile(fileName: string, bytes: Uint8Array, user: Importer): Promise<ImportResult> {
      const checked = await plan(fileName, bytes, user);
      const actor = { userId: user.userId };
      return db.transaction(async (tx) => {
        const created = await targets.insertMany(checked.targets, actor, tx);
        // One audit entry for the file, named by each figure's provenance: per-figure entries halve the speed.
        const inserted = await observations.insertMany(checked.observations, actor, tx, { audit: 'summary' });
        return { targets: created.length, observations: inserted };
      });
    },

    /** What a template's catalog sheet lists: the units the user may import for, and every indicator. */
    async templateCatalog(scopeUnitId: number | null) {
      const all = await units.findAll();
      const scope = scopeUnitId === null ? null : new Set(await units.findSubtreeIds(scopeUnitId));
      return {
        units: scope === null ? all : all.filter((u) => scope.has(u.id)),
        indicators: await indicators.findAll(),
      };
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
