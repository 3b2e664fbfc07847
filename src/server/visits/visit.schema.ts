// Request schemas of the visit, directive and inspection routes; types are inferred from them.
import { z } from 'zod';
import { IsoDateSchema, YearSchema } from '../shared/common.schema';

const UnitId = z.number().int().positive();
const Attachment = z.object({
  name: z.string().min(1),
  mediaType: z.string(),
  size: z.number().int().min(0),
});

export const VisitCreateSchema = z.object({
  date: IsoDateSchema.describe('Ngày làm việc'),
  leader: z.object({ name: z.string().trim().min(1), title: z.string().trim().min(1) }),
  members: z.array(z.string().trim().min(1)).default([]),
  organiserUnitId: UnitId.describe('Đơn vị tổ chức đoàn'),
  hostUnitIds: z
    .array(UnitId)
    .min(1, 'cần ít nhất một đơn vị làm việc')
    .describe('Các đơn vị làm việc, theo thứ tự'),
  topicCodes: z.array(z.string()).default([]).describe('Mã nội dung làm việc trong danh mục'),
  status: z.enum(['planned', 'held', 'concluded']).default('planned'),
  minutes: z.string().nullable().default(null),
  attachments: z.array(Attachment).default([]),
});

export const VisitPatchSchema = VisitCreateSchema.partial();

export const VisitQuerySchema = z.object({
  status: z.enum(['planned', 'held', 'concluded']).optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  hostUnitId: z.coerce.number().int().positive().optional(),
});

export const TextBodySchema = z.object({ text: z.string().min(1, 'cần dán nội dung văn bản').max(200_000) });

export const DocumentHeaderSchema = z.object({
  number: z.string().trim().min(1).default('…-BC/TU').describe('Số và ký hiệu, không có "Số:"'),
  place: z.string().trim().min(1).default('Cà Mau'),
  date: IsoDateSchema.optional(),
  year: YearSchema.optional(),
});

const Source = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('visit'), visitId: UnitId, number: z.string().nullable().default(null) }),
  z.object({
    kind: z.literal('inspection'),
    inspectionId: UnitId,
    findingId: UnitId.nullable().default(null),
    number: z.string().nullable().default(null),
  }),
  z.object({ kind: z.literal('document'), number: z.string().trim().min(1) }),
]);

export const DirectiveCreateSchema = z.object({
  text: z.string().trim().min(3),
  source: Source,
  issuerUnitId: UnitId,
  leadUnitId: UnitId,
  coordinatingUnitIds: z.array(UnitId).default([]),
  deadline: IsoDateSchema.nullable().default(null),
  indicatorIds: z.array(UnitId).default([]),
  createdOn: IsoDateSchema.optional(),
});

export const DirectiveBatchSchema = z.object({ directives: z.array(DirectiveCreateSchema).min(1).max(500) });

export const DirectivePatchSchema = DirectiveCreateSchema.pick({
  text: true,
  leadUnitId: true,
  coordinatingUnitIds: true,
  deadline: true,
  indicatorIds: true,
}).partial();

export const DirectiveQuerySchema = z.object({
  issuerUnitId: z.coerce.number().int().positive().optional(),
  leadUnitId: z.coerce.number().int().positive().optional(),
  sourceKind: z.enum(['visit', 'inspection', 'document']).optional(),
  visitId: z.coerce.number().int().positive().optional(),
  inspectionId: z.coerce.number().int().positive().optional(),
  status: z.enum(['done_on_time', 'done_late', 'open_within_deadline', 'open_overdue']).optional(),
  deadlineFrom: IsoDateSchema.optional(),
  deadlineTo: IsoDateSchema.optional(),
  dueWithinDays: z.coerce.number().int().min(0).max(366).optional(),
  pendingExtension: z
    .literal('true')
    .transform(() => true)
    .optional()
    .describe('Chỉ những kết luận có đề nghị gia hạn đang chờ đơn vị ban hành quyết định'),
  asOf: IsoDateSchema.optional().describe('Ngày tính tình trạng (mặc định hôm nay)'),
});

export const SummaryQuerySchema = DirectiveQuerySchema.omit({
  status: true,
  dueWithinDays: true,
  pendingExtension: true,
}).extend({
  dueSoonDays: z.coerce.number().int().min(0).max(366).default(7),
});

export const ProgressSchema = z.object({
  text: z.string().trim().min(1),
  percent: z.number().min(0).max(100),
  reportedOn: IsoDateSchema.optional(),
  evidence: z.array(Attachment).default([]),
});

export const ExtensionCreateSchema = z.object({
  proposedDeadline: IsoDateSchema,
  reason: z.string().trim().min(1),
  requestedOn: IsoDateSchema.optional(),
});

export const ExtensionDecisionSchema = z.object({
  decision: z.enum(['approved', 'rejected']),
  decidedOn: IsoDateSchema.optional(),
});

export const CompletionSchema = z.object({ completedOn: IsoDateSchema });

export const InspectionCreateSchema = z.object({
  year: YearSchema,
  kind: z.enum(['inspection', 'supervision']),
  organiserUnitId: UnitId,
  targetUnitId: UnitId,
  members: z.array(z.string().trim().min(1)).default([]),
  periodFrom: IsoDateSchema,
  periodTo: IsoDateSchema,
  content: z.string().trim().min(1),
  conclusionNumber: z.string().trim().min(1).nullable().default(null),
});

export const InspectionQuerySchema = z.object({
  year: z.coerce.number().int().optional(),
  organiserUnitId: z.coerce.number().int().positive().optional(),
  targetUnitId: z.coerce.number().int().positive().optional(),
});

export const FindingCreateSchema = z.object({ text: z.string().trim().min(1) });
export const FindingPatchSchema = z.object({ status: z.enum(['open', 'remedied']) });
