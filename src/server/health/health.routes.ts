import { healthAnswers } from '../../contract';
import type { RouteModule } from '../context';

export const healthRoutes: RouteModule = (app) => {
  app.get(
    '/health',
    { schema: { tags: ['health'], response: healthAnswers }, config: { public: true } },
    async () => ({ status: 'ok' as const }),
  );
};
