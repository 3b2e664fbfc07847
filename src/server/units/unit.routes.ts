// Units of the hierarchy: auth → validate (the contract) → the unit use cases → present.
import {
  ArrangementBodySchema,
  ArrangementQuerySchema,
  arrangementAnswers,
  IdParamsSchema,
  UnitCreateSchema,
  UnitMergeSchema,
  UnitPatchSchema,
  unitAnswers,
} from '../../contract';
import { buildArrangementTemplateCsv } from '../../documents/arrangement-template';
import { currentUser } from '../auth/auth.plugin';
import type { RouteModule } from '../context';
import { invalidInput } from '../errors/api-error';
import { sendCsv } from '../shared/download';

export const unitRoutes: RouteModule = (app, { services }) => {
  const { units } = services;
  const tags = ['units'];

  app.get('/units', { schema: { tags, response: unitAnswers.list } }, async (request) => ({
    units: await units.list(currentUser(request)),
  }));

  app.get(
    '/units/:id',
    { schema: { tags, params: IdParamsSchema, response: unitAnswers.detail } },
    async (request) => units.get(currentUser(request), request.params.id),
  );

  app.post(
    '/units',
    { schema: { tags, body: UnitCreateSchema, response: unitAnswers.created } },
    async (request, reply) => {
      const unit = await units.create(currentUser(request), request.body);
      return reply.status(201).send({ unit });
    },
  );

  app.patch(
    '/units/:id',
    { schema: { tags, params: IdParamsSchema, body: UnitPatchSchema, response: unitAnswers.changed } },
    async (request) => ({ unit: await units.change(currentUser(request), request.params.id, request.body) }),
  );

  app.delete(
    '/units/:id',
    { schema: { tags, params: IdParamsSchema, response: unitAnswers.deleted } },
    async (request, reply) => {
      await units.remove(currentUser(request), request.params.id);
      return reply.status(204).send();
    },
  );

  app.post(
    '/units/:id/merge',
    { schema: { tags, params: IdParamsSchema, body: UnitMergeSchema, response: unitAnswers.merged } },
    async (request) => ({ link: await units.merge(currentUser(request), request.params.id, request.body) }),
  );

  app.get(
    '/units/arrangements/template.csv',
    { schema: { tags, response: arrangementAnswers.csvTemplate } },
    async (_request, reply) => sendCsv(reply, 'mau-phuong-an-sap-xep.csv', buildArrangementTemplateCsv()),
  );

  app.post(
    '/units/arrangements',
    {
      schema: {
        tags,
        consumes: ['multipart/form-data'],
        body: ArrangementBodySchema,
        querystring: ArrangementQuerySchema,
        response: arrangementAnswers.arranged,
      },
    },
    async (request) => {
      const user = currentUser(request);
      const file = await request.file();
      if (!file) throw invalidInput('file', 'thiếu tệp .csv hoặc .xlsx trong trường "file"');
      const bytes = await file.toBuffer();
      return services.arrangements.arrange(user, { name: file.filename, bytes }, request.query);
    },
  );
};
