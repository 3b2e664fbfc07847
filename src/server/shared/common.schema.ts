// Schemas several routes share: path ids, ISO dates, years.
import { z } from 'zod';

export const IdParamsSchema = z.object({
  id: z.coerce.number().int().positive().describe('Mã số (id) của bản ghi'),
});

export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'phải là ngày dạng YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'không phải ngày có thật');

export const YearSchema = z.coerce.number().int().min(1900).max(2999).describe('Năm, ví dụ 2023');

export const ErrorSchema = z
  .object({ error: z.string().describe('Mã lỗi ổn định'), message: z.string().describe('Lỗi gì, ở đâu') })
  .passthrough();
