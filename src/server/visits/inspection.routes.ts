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

export const inspectionRoutes: RouteModule = (app, { services }) => {
  const inspections = services.inspections;
  const tags = ['inspections'];

  app.get(
    '/inspections',
    { schema: { tags, querystring: InspectionQuerySchema, response: inspectionAnswers.list } },
    async (request) => {
      return { inspections: await inspections.list(currentUser(request), request.query) };
    },
  );

  app.get(
    '/inspections/counts',
    {
      schema: { tags, querystring: InspectionCountsQuerySchema, response: inspectionAnswers.counts },
    },
    async (request) => inspections.counts(currentUser(request), request.query),
  );

  app.post(
    '/inspections',
    { schema: { tags, body: InspectionCreateSchema, response: inspectionAnswers.created } },
    async (request, reply) => {
      const inspection = await inspections.create(currentUser(request), request.body);
      return reply.status(201).send({ inspection });
    },
  );

  app.get(
    '/inspections/:id',
    { schema: { tags, params: IdParamsSchema, response: inspectionAnswers.detail } },
    async (request) => inspections.detail(currentUser(request), request.params.id),
  );

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
