// Units of the hierarchy: auth → validate (the contract) → the unit use cases → present.
import {
  ArrangementBodySchema,
  ArrangementQuerySchema,
  arrangementAnswers,
  UnitCreateSchema,
  UnitMergeSchema,
  UnitPatchSchema,
  unitAnswers,
} from '../../contract';
import { buildArrangementTemplateCsv } from '../../documents/arrangement-template';
import { currentUser } from '../auth/auth.plugin';
import { sendCsv } from '../shared/download';
import { recordModule } from '../shared/record-routes';
import { uploadedTable } from '../shared/uploaded-table';

export const unitRoutes = recordModule('/units', ({ app, routes, tags, services }) => {
  const { units } = services;

  routes.list({ key: 'units', response: unitAnswers.list }, units.list);
  routes.read({ response: unitAnswers.detail }, units.get);
  routes.create({ key: 'unit', body: UnitCreateSchema, response: unitAnswers.created }, units.create);
  routes.change({ key: 'unit', body: UnitPatchSchema, response: unitAnswers.changed }, units.change);
  routes.remove({ response: unitAnswers.deleted }, units.remove);

  routes.act('merge', { key: 'link', body: UnitMergeSchema, response: unitAnswers.merged }, units.merge);

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
      return services.arrangements.arrange(user, await uploadedTable(request), request.query);
    },
  );
});
