// The inspection and supervision programme (kiểm tra, giám sát): teams, their findings, and the counts.
import { z } from 'zod';
import type { InspectionCounts } from '../core/visit/inspection-counts';
import type { Finding, Inspection } from '../core/visit/visit.types';
import {
  answers,
  IdSchema,
  Int,
  IsoDateSchema,
  LONG_TEXT_MAX,
  line,
  PathIdSchema,
  YearSchema,
} from './common.schema';
import { MembersSchema } from './visit.schema';

export const InspectionKindSchema = z.enum(['inspection', 'supervision']).describe('kiểm tra hoặc giám sát');

export const InspectionCreateSchema = z.object({
  year: YearSchema,
  kind: InspectionKindSchema,
  organiserUnitId: IdSchema.describe('Đơn vị tổ chức đoàn'),
  targetUnitId: IdSchema.describe('Đơn vị được kiểm tra, giám sát'),
  members: MembersSchema.default([]),
  periodFrom: IsoDateSchema,
  periodTo: IsoDateSchema,
  content: line(LONG_TEXT_MAX),
  conclusionNumber: line().nullable().default(null),
});

export const InspectionQuerySchema = z.object({
  year: YearSchema.optional(),
  organiserUnitId: PathIdSchema.optional(),
  targetUnitId: PathIdSchema.optional(),
});

export const InspectionCountsQuerySchema = z.object({ year: YearSchema, organiserUnitId: PathIdSchema });

export const FindingCreateSchema = z.object({ text: line(LONG_TEXT_MAX) });
export const FindingPatchSchema = z.object({ status: z.enum(['open', 'remedied']) });

export const InspectionSchema = z
  .object({
    id: Int,
    year: Int,
    kind: InspectionKindSchema,
    organiserUnitId: Int,
    targetUnitId: Int,
    members: z.array(z.string()),
    periodFrom: z.string(),
    periodTo: z.string(),
    content: z.string(),
    conclusionNumber: z.string().nullable(),
  })
  .describe('Đoàn kiểm tra, giám sát') satisfies z.ZodType<Inspection>;

export const FindingSchema = z
  .object({ id: Int, inspectionId: Int, text: z.string(), status: FindingPatchSchema.shape.status })
  .describe('Kết quả kiểm tra') satisfies z.ZodType<Finding>;

export const InspectionCountsAnswer = z.object({
  total: Int,
  inspection: Int,
  supervision: Int,
  text: z.string().describe('Như báo cáo viết: "08 đoàn (04 kiểm tra, 04 giám sát)"'),
}) satisfies z.ZodType<InspectionCounts & { text: string }>;

export const inspectionAnswers = {
  list: answers({ 200: z.object({ inspections: z.array(InspectionSchema) }) }),
  counts: answers({ 200: InspectionCountsAnswer }),
  created: answers({ 201: z.object({ inspection: InspectionSchema }) }),
  detail: answers({ 200: z.object({ inspection: InspectionSchema, findings: z.array(FindingSchema) }) }),
  finding: answers({ 201: z.object({ finding: FindingSchema }) }),
  findingChanged: answers({ 200: z.object({ finding: FindingSchema }) }),
};
