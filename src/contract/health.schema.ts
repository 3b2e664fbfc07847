import { z } from 'zod';
import { answers } from './common.schema';

export const HealthSchema = z.object({ status: z.literal('ok').describe('Máy chủ đang chạy') });

export const healthAnswers = answers({ 200: HealthSchema });
