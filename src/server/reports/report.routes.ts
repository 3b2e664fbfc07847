// Reports: auth → validate (the contract) → the report use cases → present. Reading an uploaded file into
// text is the route's own work (it is HTTP's multipart); everything after is the use cases'.
import type { FastifyRequest } from 'fastify';
import {
  ExtractBodySchema,
  ExtractRequestSchema,
  ReportCreateSchema,
  ReportPatchSchema,
  ReportQuerySchema,
  reportAnswers,
} from '../../contract';
import { ReportTextError, reportText } from '../../documents/report-text';
import { currentUser } from '../auth/auth.plugin';
import { ApiError, invalidInput } from '../errors/api-error';
import { createOnce } from '../shared/create-once';
import { recordModule } from '../shared/record-routes';

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

export const reportRoutes = recordModule('/reports', ({ app, routes, tags, db, services }) => {
  const once = createOnce(db);
  const { reports } = services;

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
      const user = currentUser(request);
      const text = request.isMultipart() ? await uploadedText(request) : textOfBody(request.body);
      return reports.extract(user, text);
    },
  );

  app.get(
    '/reports',
    { schema: { tags, querystring: ReportQuerySchema, response: reportAnswers.list } },
    async (request) => {
      const found = await reports.list(currentUser(request), request.query);
      return { reports: found.map(({ text: _text, ...summary }) => summary) };
    },
  );

  routes.createOnce(once, { body: ReportCreateSchema, response: reportAnswers.stored }, reports.create);

  routes.read({ response: reportAnswers.one }, reports.get);
  routes.change({ key: 'report', body: ReportPatchSchema, response: reportAnswers.changed }, reports.change);
  // A report whose figures remain is refused (409 in_use): the figures would lose their sentence.
  routes.remove({ response: reportAnswers.deleted }, reports.remove);
});
