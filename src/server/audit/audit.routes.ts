// Who changed a unit, a target, an indicator, a directive, a visit or an account, when, and from what
// to what: the trail figures already had (their history drawer), for every record people manage.
import { AuditParamsSchema, auditAnswers } from '../../contract';
import { currentUser } from '../auth/auth.plugin';
import type { RouteModule } from '../context';
import { presentHistory } from '../shared/history.presenter';

export const auditRoutes: RouteModule = (app, { services }) => {
  app.get(
    '/audit/:entity/:id',
    { schema: { tags: ['audit'], params: AuditParamsSchema, response: auditAnswers.history } },
    async (request) => {
      const { entity, id } = request.params;
      const entries = await services.audit.history(currentUser(request), entity, id);
      return presentHistory(entries);
    },
  );
};
