import { z } from 'zod';
import { TARGET_SOURCES, type TargetSource } from '../../core/types';
import { YearSchema } from '../shared/common.schema';

const TargetSourceSchema = z
  .enum(TARGET_SOURCES as [TargetSource, ...TargetSource[]])
  .describe(
    'Nguồn: resolution (Nghị quyết), assigned (cấp trên giao), plan (kế hoạch), budget (dự toán), goal (mục tiêu)',
  );

const Year = z.number().int().min(1900).max(2999);

const TargetFields = {
  unitId: z.number().int().positive().describe('Đơn vị được giao chỉ tiêu'),
  indicatorId: z.number().int().positive().describe('Chỉ tiêu trong danh mục'),
  fromYear: Year.describe('Năm (hoặc năm đầu nhiệm kỳ)'),
  toYear: Year.describe('Năm cuối; bằng fromYear cho chỉ tiêu một năm'),
  value: z.number().finite().describe('Giá trị chỉ tiêu theo đơn vị tính'),
  source: TargetSourceSchema,
  document: z.string().trim().max(300).nullable().describe('Văn bản, ví dụ Nghị quyết số 12-NQ/HU'),
  derivedFrom: z.string().trim().max(500).nullable().describe('Suy ra từ đâu, khi chỉ biết qua tỷ lệ đạt'),
};

const yearsInOrder = (t: { fromYear?: number; toYear?: number }) =>
  t.fromYear === undefined || t.toYear === undefined || t.fromYear <= t.toYear;
const YEAR_ORDER = { message: 'toYear phải lớn hơn hoặc bằng fromYear', path: ['toYear'] };

export const TargetCreateSchema = z
  .object({
    ...TargetFields,
    toYear: TargetFields.toYear.optional(),
    document: TargetFields.document.default(null),
    derivedFrom: TargetFields.derivedFrom.default(null),
  })
  .refine(yearsInOrder, YEAR_ORDER);

export const TargetPatchSchema = z.object(TargetFields).partial().refine(yearsInOrder, YEAR_ORDER);

export const TargetQuerySchema = z.object({
  unitId: z.coerce.number().int().positive().describe('Đơn vị'),
  year: YearSchema,
});
