// Targets (chỉ tiêu giao): a value to reach for one unit, indicator and year or term, from one document.
import { z } from 'zod';
import { TARGET_SOURCES, type Target, type TargetSource } from '../core/types';
import {
  answers,
  IdSchema,
  NAME_MAX,
  PathIdSchema,
  VersionSchema,
  versionedPatchOf,
  YearSchema,
} from './common.schema';
import { FigureValueSchema } from './observation.schema';
import { listOf, recordAnswers } from './record.schema';

export const TargetSourceSchema = z
  .enum(TARGET_SOURCES as [TargetSource, ...TargetSource[]])
  .describe(
    'Nguồn: resolution (Nghị quyết), assigned (cấp trên giao), plan (kế hoạch), budget (dự toán), goal (mục tiêu)',
  );

const Year = z.number().int().min(1900).max(2999);

const TargetFields = {
  unitId: IdSchema.describe('Đơn vị được giao chỉ tiêu'),
  indicatorId: IdSchema.describe('Chỉ tiêu trong danh mục'),
  fromYear: Year.describe('Năm (hoặc năm đầu nhiệm kỳ)'),
  toYear: Year.describe('Năm cuối; bằng fromYear cho chỉ tiêu một năm'),
  value: FigureValueSchema.describe('Giá trị chỉ tiêu theo đơn vị tính'),
  source: TargetSourceSchema,
  document: z.string().trim().max(NAME_MAX).nullable().describe('Văn bản, ví dụ Nghị quyết số 12-NQ/HU'),
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

export const TargetPatchSchema = versionedPatchOf(TargetFields).refine(yearsInOrder, YEAR_ORDER);

export const TargetQuerySchema = z.object({
  unitId: PathIdSchema.describe('Đơn vị'),
  year: YearSchema,
});

export const TargetSchema = z
  .object({
    id: z.number().int(),
    unitId: z.number().int(),
    indicatorId: z.number().int(),
    fromYear: z.number().int(),
    toYear: z.number().int(),
    value: z.number(),
    source: TargetSourceSchema,
    document: z.string().nullable(),
    derivedFrom: z.string().nullable(),
    version: VersionSchema,
  })
  .describe('Chỉ tiêu giao') satisfies z.ZodType<Target>;

export const TargetListAnswer = listOf('targets', TargetSchema);

export const targetAnswers = {
  list: answers({ 200: TargetListAnswer }),
  ...recordAnswers('target', TargetSchema),
};
