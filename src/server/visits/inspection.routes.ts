// The inspection and supervision programme: teams, their findings, and the counts reports state; the rules
// are the use cases' (src/app/visits/inspection.use-cases).
import {
  FindingCreateSchema,
  FindingPatchSchema,
  InspectionCountsQuerySchema,
  InspectionCreateSchema,
  InspectionQuerySchema,
  inspectionAnswers,
} from '../../contract';
import { recordModule, recordRoutes } from '../shared/record-routes';

export const inspectionRoutes = recordModule('/inspections', ({ app, routes, tags, services }) => {
  const { inspections } = services;

  routes.list(
    { key: 'inspections', querystring: InspectionQuerySchema, response: inspectionAnswers.list },
    inspections.list,
  );
  routes.view(
    'counts',
    { querystring: InspectionCountsQuerySchema, response: inspectionAnswers.counts },
    inspections.counts,
  );
  routes.create(
    { key: 'inspection', body: InspectionCreateSchema, response: inspectionAnswers.created },
    inspections.create,
  );
  routes.read({ response: inspectionAnswers.detail }, inspections.detail);

  routes.act(
    'findings',
    { key: 'finding', body: FindingCreateSchema, response: inspectionAnswers.finding, status: 201 },
    (user, id, body) => inspections.addFinding(user, id, body.text),
  );
  recordRoutes(app, '/findings', tags).change(
    { key: 'finding', body: FindingPatchSchema, response: inspectionAnswers.findingChanged },
    (user, id, patch) => inspections.setFindingStatus(user, id, patch.status),
  );
});
