// The indicator catalog: auth → validate (the contract) → the indicator use cases → present.
import { IndicatorCreateSchema, IndicatorPatchSchema, indicatorAnswers } from '../../contract';
import { recordModule } from '../shared/record-routes';

export const indicatorRoutes = recordModule('/indicators', ({ routes, services }) => {
  const { indicators } = services;
  routes.list({ key: 'indicators', response: indicatorAnswers.list }, indicators.list);
  routes.read({ key: 'indicator', response: indicatorAnswers.one }, indicators.get);
  routes.create(
    { key: 'indicator', body: IndicatorCreateSchema, response: indicatorAnswers.created },
    indicators.create,
  );
  routes.change(
    { key: 'indicator', body: IndicatorPatchSchema, response: indicatorAnswers.one, versioned: true },
    indicators.change,
  );
  routes.remove({ response: indicatorAnswers.deleted, versioned: true }, indicators.remove);
});
