// Reports: extract figures from a text or an uploaded file; store a reviewed report with its figures;
// read a stored report with its statements (a figure's provenance).
import type { FastifyRequest } from 'fastify';
import {
  ExtractBodySchema,
  ExtractRequestSchema,
  IdempotencyHeadersSchema,
  IdParamsSchema,
  ReportCreateSchema,
  reportAnswers,
} from '../../contract';
import { normalizePeriodCode } from '../../core/period';
import { createIndicatorRepository } from '../../db/indicator.repository';
import { createReportRepository } from '../../db/report.repository';
import { createUnitRepository } from '../../db/unit.repository';
import { ReportTextError, reportText } from '../../documents/report-text';
import { extract } from '../../extract/extract';
import { currentUser } from '../auth/auth.plugin';
import { requireRole, requireUnit } from '../auth/scope';
import type { RouteModule } from '../context';
import { ApiError, invalidInput } from '../errors/api-error';
import { createOnce } from '../shared/create-once';
import { notFoundRecord } from '../shared/lookup';
import { checkStatementsAgainstText } from './statement-check';

async function uploadedText(request: FastifyRequest) {
  const file = await request.file();
  if (!file) throw invalidInput('file', 'thiếu tệp báo cáo (.txt, .docx, .pdf) trong trường "file"');
  try {
    return (await reportText(await file.toBuffer(), { filename: file.filename, mime: file.mimetype })).text;
  } catch (error) {
    if (error instanceof ReportTextError)
      throw new ApiError(422, error.code, `file: ${error.message}`, { field: 'file' });
    throw error;
  }
}

function textOfBody(body: unknown): string {
  const parsed = ExtractBodySchema.safeParse(body);
  if (parsed.success) return parsed.data.text;
  const issue = parsed.error.issues[0];
  throw invalidInput(issue?.path.join('.') || 'text', issue?.message ?? 'cần { "text": "..." }');
}

export const reportRoutes: RouteModule = (app, { db, services }) => {
  const once = createOnce(db);
  const units = createUnitRepository(db);
  const indicators = createIndicatorRepository(db);
  const reports = createReportRepository(db);
  const tags = ['reports'];

  async function catalog() {
    return (await indicators.findAll()).map((i) => ({
      code: i.code,
      name: i.nameVi,
      measure: i.measure,
      synonyms: i.synonyms,
    }));
  }

  app.post(
    '/extract',
    {
      schema: {
        tags,
        consumes: ['application/json', 'multipart/form-data'],
        body: ExtractRequestSchema,
        response: reportAnswers.extracted,
      },
    },
    async (request) => {
      requireRole(currentUser(request), 'read');
      const text = request.isMultipart() ? await uploadedText(request) : textOfBody(request.body);
      return { text, ...extract(text, { catalog: await catalog() }) };
    },
  );

  app.post(
    '/reports',
    {
      schema: {
        tags,
        headers: IdempotencyHeadersSchema,
        body: ReportCreateSchema,
        response: reportAnswers.stored,
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const body = request.body;
      await requireUnit(units, user, body.unitId, 'write');
      checkStatementsAgainstText(body.text, body.statements, { catalog: await catalog() });
      const period = normalizePeriodCode(body.period);
      return once(request, reply, async (tx) => ({
        status: 201,
        body: await services.reports.ingest({ ...body, period }, { userId: user.id }, tx),
      }));
    },
  );

  app.get(
    '/reports/:id',
    { schema: { tags, params: IdParamsSchema, response: reportAnswers.one } },
    async (request) => {
      const found = await reports.findById(request.params.id);
      if (!found) throw notFoundRecord('báo cáo', request.params.id);
      await requireUnit(units, currentUser(request), found.report.unitId, 'read');
      return found;
    },
  );
};
