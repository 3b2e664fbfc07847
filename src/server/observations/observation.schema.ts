import { z } from 'zod';
import { YearSchema } from '../shared/common.schema';

export const PeriodSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .describe('Kỳ: 2023-M10, 2023-Q3, 2023-H1, 2023-9M, 2023 hoặc 2023-YTD-2023-11-17');

export const ObservationKindSchema = z.enum(['actual', 'estimate']);

export const ObservationCreateSchema = z.object({
  unitId: z.number().int().positive().describe('Đơn vị báo cáo'),
  indicatorId: z.number().int().positive().describe('Chỉ tiêu'),
  period: PeriodSchema,
  kind: ObservationKindSchema.describe('actual: số thực hiện; estimate: số ước'),
  value: z.number().finite().describe('Giá trị theo đơn vị tính của chỉ tiêu'),
  note: z.string().trim().max(2000).nullable().optional().describe('Ghi chú'),
});

export const ObservationPatchSchema = z.object({
  value: z.number().finite().describe('Giá trị mới'),
  note: z.string().trim().max(2000).nullable().optional().describe('Ghi chú'),
  version: z
    .number()
    .int()
    .positive()
    .describe('Phiên bản đã đọc; khác phiên bản hiện tại thì trả 409 stale_version'),
});

/** A province holds ~1M figures: a list is read a page at a time, never whole into memory. */
export const OBSERVATION_PAGE_DEFAULT = 1000;
export const OBSERVATION_PAGE_MAX = 5000;

export const ObservationQuerySchema = z.object({
  unitId: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .describe('Đơn vị (mặc định: mọi đơn vị trong phạm vi)'),
  year: YearSchema.optional(),
  period: PeriodSchema.optional(),
  indicatorId: z.coerce.number().int().positive().optional().describe('Chỉ tiêu'),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(OBSERVATION_PAGE_MAX)
    .default(OBSERVATION_PAGE_DEFAULT)
    .describe(`Số dòng mỗi trang (mặc định ${OBSERVATION_PAGE_DEFAULT}, tối đa ${OBSERVATION_PAGE_MAX})`),
  after: z.string().max(200).optional().describe('Trang tiếp theo: giá trị "next" của trang trước'),
});

export const DeleteQuerySchema = z.object({
  version: z.coerce.number().int().positive().optional().describe('Phiên bản đã đọc'),
});
