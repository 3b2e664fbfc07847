// Targets of a unit: auth → validate (the contract) → the target use cases → present.
import { TargetCreateSchema, TargetPatchSchema, TargetQuerySchema, targetAnswers } from '../../contract';
import { recordModule } from '../shared/record-routes';

export const targetRoutes = recordModule('/targets', ({ routes, services }) => {
  const { targets } = services;
  routes.list({ key: 'targets', querystring: TargetQuerySchema, response: targetAnswers.list }, targets.list);
  routes.create({ key: 'target', body: TargetCreateSchema, response: targetAnswers.created }, targets.create);
  routes.change(
    { key: 'target', body: TargetPatchSchema, response: targetAnswers.changed, versioned: true },
    targets.change,
  );
  routes.remove({ response: targetAnswers.deleted, versioned: true }, targets.remove);
});
