import { z } from 'zod';
import type { RouteModule } from '../context';

const HealthSchema = z.object({ status: z.literal('ok').describe('Máy chủ đang chạy') });

export const healthRoutes: RouteModule = (app) => {
  app.get(
    '/health',
    { schema: { tags: ['health'], response: { 200: HealthSchema } }, config: { public: true } },
    async () => ({ status: 'ok' as const }),
  );
};
