// Targets of a unit: auth → validate (the contract) → the target use cases → present.
import { TargetCreateSchema, TargetPatchSchema, TargetQuerySchema, targetAnswers } from '../../contract';
import type { RouteModule } from '../context';
import { recordRoutes } from '../shared/record-routes';

export const targetRoutes: RouteModule = (app, { services }) => {
  const { targets } = services;
  const routes = recordRoutes(app, '/targets', ['targets']);
  routes.list({ key: 'targets', querystring: TargetQuerySchema, response: targetAnswers.list }, targets.list);
  routes.create({ key: 'target', body: TargetCreateSchema, response: targetAnswers.created }, targets.create);
  routes.change(
    { key: 'target', body: TargetPatchSchema, response: targetAnswers.changed, versioned: true },
    targets.change,
  );
  routes.remove({ response: targetAnswers.deleted, versioned: true }, targets.remove);
};
