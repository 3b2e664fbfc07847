// Bulk import of targets and figures over HTTP: the file arrives as multipart, the use case checks and
// writes it (422 invalid_rows lists every bad row), and the templates download in the same columns.
import { ImportBodySchema, importAnswers } from '../../contract';
import { buildImportTemplateCsv, buildImportTemplateXlsx } from '../../documents/import-template';
import { currentUser } from '../auth/auth.plugin';
import { requireRole } from '../auth/scope';
import { sendCsv, sendXlsx } from '../shared/download';
import { recordModule } from '../shared/record-routes';
import { uploadedTable } from '../shared/uploaded-table';

export const importRoutes = recordModule('/import', ({ app, routes, tags, services }) => {
  const { imports } = services;

  routes.upload(
    '',
    { body: ImportBodySchema, response: importAnswers.file },
    uploadedTable,
    async (user, _none, table) => {
      requireRole(user, 'write');
      const { name, bytes } = await table();
      return imports.importFile(name, bytes, { userId: user.id, scopeUnitId: user.scopeUnitId });
    },
  );

  app.get(
    '/import/template.xlsx',
    { schema: { tags, response: importAnswers.xlsxTemplate } },
    async (request, reply) => {
      const { scopeUnitId } = currentUser(request);
      // The catalog sheet lists only the units this user may import for.
      const bytes = await buildImportTemplateXlsx(await imports.templateCatalog(scopeUnitId));
      return sendXlsx(reply, 'mau-nhap-lieu.xlsx', bytes);
    },
  );

  app.get(
    '/import/template.csv',
    { schema: { tags, response: importAnswers.csvTemplate } },
    async (_request, reply) => sendCsv(reply, 'mau-nhap-lieu.csv', buildImportTemplateCsv()),
  );
});
