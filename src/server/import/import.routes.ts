// Bulk import of targets and figures from CSV or XLSX: every row is checked first; any bad row answers
// 422 listing them all, and the good rows are written in one transaction (all or none).
import { ImportBodySchema, importAnswers, XLSX_TYPE } from '../../contract';
import { createIndicatorRepository } from '../../db/indicator.repository';
import { createObservationRepository } from '../../db/observation.repository';
import { createTargetRepository } from '../../db/target.repository';
import { createUnitRepository } from '../../db/unit.repository';
import type { ImportProblem } from '../../documents/import-rows';
import { readImportRows } from '../../documents/import-rows';
import { buildImportTemplateCsv, buildImportTemplateXlsx } from '../../documents/import-template';
import { currentUser } from '../auth/auth.plugin';
import { requireRole } from '../auth/scope';
import type { RouteModule, ServerContext } from '../context';
import { ApiError, invalidInput } from '../errors/api-error';
import { type ImportPlan, storedDuplicates, validateImportRows } from './import-validate';

function invalidRows(problems: ImportProblem[]): ApiError {
  const shown = problems.slice(0, 3).map((p) => `dòng ${p.row} (${p.field}): ${p.reason}`);
  const more = problems.length > 3 ? `; và ${problems.length - 3} lỗi khác` : '';
  return new ApiError(
    422,
    'invalid_rows',
    `Tệp có ${problems.length} lỗi, chưa ghi dòng nào: ${shown.join('; ')}${more}`,
    {
      rows: problems,
    },
  );
}

/** Who imports: recorded in provenance and audit, and whose scope bounds the units. */
export interface Importer {
  userId: number | null;
  scopeUnitId: number | null;
}

export function createImportService({ db }: Pick<ServerContext, 'db'>) {
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
    /** Checks the file and writes all of it in one transaction; throws 422 `invalid_rows` otherwise. */
    async importFile(fileName: string, bytes: Uint8Array, user: Importer) {
      const checked = await plan(fileName, bytes, user);
      const actor = { userId: user.userId };
      return db.transaction(async (tx) => {
        const created = await targets.insertMany(checked.targets, actor, tx);
        // One audit entry for the file, named by each figure's provenance: per-figure entries halve the speed.
        const inserted = await observations.insertMany(checked.observations, actor, tx, { audit: 'summary' });
        return { targets: created.length, observations: inserted };
      });
    },
  };
}

export const importRoutes: RouteModule = (app, context) => {
  const service = createImportService(context);
  const units = createUnitRepository(context.db);
  const indicators = createIndicatorRepository(context.db);
  const tags = ['import'];

  app.post(
    '/import',
    {
      schema: {
        tags,
        consumes: ['multipart/form-data'],
        body: ImportBodySchema,
        response: importAnswers.file,
      },
    },
    async (request) => {
      const user = currentUser(request);
      requireRole(user, 'write');
      const file = await request.file();
      if (!file) throw invalidInput('file', 'thiếu tệp .csv hoặc .xlsx trong trường "file"');
      const bytes = await file.toBuffer();
      return service.importFile(file.filename, bytes, { userId: user.id, scopeUnitId: user.scopeUnitId });
    },
  );

  app.get(
    '/import/template.xlsx',
    { schema: { tags, response: importAnswers.xlsxTemplate } },
    async (request, reply) => {
      const { scopeUnitId } = currentUser(request);
      const all = await units.findAll();
      const scope = scopeUnitId === null ? null : new Set(await units.findSubtreeIds(scopeUnitId));
      // The catalog sheet lists only the units this user may import for.
      const bytes = await buildImportTemplateXlsx({
        units: scope === null ? all : all.filter((u) => scope.has(u.id)),
        indicators: await indicators.findAll(),
      });
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', 'attachment; filename="mau-nhap-lieu.xlsx"')
        .send(bytes);
    },
  );

  app.get(
    '/import/template.csv',
    { schema: { tags, response: importAnswers.csvTemplate } },
    async (_request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="mau-nhap-lieu.csv"')
        .send(buildImportTemplateCsv()),
  );
};
