// The inspection and supervision programme: teams, their findings, and the counts reports state; the rules
// are the use cases' (src/app/visits/inspection.use-cases).

import {
  FindingCreateSchema,
  FindingPatchSchema,
  IdParamsSchema,
  InspectionCountsQuerySchema,
  InspectionCreateSchema,
  InspectionQuerySchema,
  inspectionAnswers,
} from '../../contract';
import { currentUser } from '../auth/auth.plugin';
import type { RouteModule } from '../context';
import { recordRoutes } from '../shared/record-routes';

export const inspectionRoutes: RouteModule = (app, { services }) => {
  const inspections = services.inspections;
  const tags = ['inspections'];
  const routes = recordRoutes(app, '/inspections', tags);

  routes.list(
    { key: 'inspections', querystring: InspectionQuerySchema, response: inspectionAnswers.list },
    inspections.list,
  );

  app.get(
    '/inspections/counts',
    {
      schema: { tags, querystring: InspectionCountsQuerySchema, response: inspectionAnswers.counts },
    },
    async (request) => inspections.counts(currentUser(request), request.query),
  );

  routes.create(
    { key: 'inspection', body: InspectionCreateSchema, response: inspectionAnswers.created },
    inspections.create,
  );
  routes.read({ response: inspectionAnswers.detail }, inspections.detail);

  app.post(
    '/inspections/:id/findings',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        body: FindingCreateSchema,
        response: inspectionAnswers.finding,
      },
    },
    async (request, reply) => {
      const finding = await inspections.addFinding(
        currentUser(request),
        request.params.id,
        request.body.text,
      );
      return reply.status(201).send({ finding });
    },
  );

  app.patch(
    '/findings/:id',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        body: FindingPatchSchema,
        response: inspectionAnswers.findingChanged,
      },
    },
    async (request) => {
      const { id } = request.params;
      return { finding: await inspections.setFindingStatus(currentUser(request), id, request.body.status) };
    },
  );
};
