// Working visits, directives and inspections: one entry for src/server/routes.ts.
import type { RouteModule } from '../context';
import { directiveRoutes } from './directive.routes';
import { evidenceRoutes } from './evidence.routes';
import { inspectionRoutes } from './inspection.routes';
import { visitRoutes } from './visit.routes';
import { visitFileRoutes } from './visit-file.routes';

export const visitModule: RouteModule = async (app, context) => {
  await visitRoutes(app, context);
  await visitFileRoutes(app, context);
  await directiveRoutes(app, context);
  await evidenceRoutes(app, context);
  await inspectionRoutes(app, context);
};
