// Directives (kết luận, ý kiến chỉ đạo): given by a visit, an inspection or a document, followed to completion.
import { z } from 'zod';
import type { DirectiveSummary } from '../core/visit/directive-summary';
import type {
  Directive,
  DirectiveSource,
  DirectiveUpdate,
  ExtensionRequest,
} from '../core/visit/visit.types';
import {
  answers,
  download,
  IdSchema,
  Int,
  IsoDateSchema,
  LONG_TEXT_MAX,
  line,
  NAME_MAX,
  NoContentSchema,
  PathIdSchema,
  VersionSchema,
  versionedPatchOf,
  XLSX_TYPE,
} from './common.schema';
import { EvidenceFileSchema } from './file.schema';
import { AttachmentSchema, ProposedDirectiveSchema } from './visit.schema';

const DocumentNumber = z.string().trim().max(NAME_MAX).nullable().default(null);

const SourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('visit'), visitId: IdSchema, number: DocumentNumber }),
  z.object({
    kind: z.literal('inspection'),
    inspectionId: IdSchema,
    findingId: IdSchema.nullable().default(null),
    number: DocumentNumber,
  }),
  z.object({ kind: z.literal('document'), number: line(NAME_MAX) }),
]);

const DirectiveFields = {
  text: z.string().trim().min(3, 'cần ít nhất 3 ký tự').max(LONG_TEXT_MAX).describe('Nội dung kết luận'),
  leadUnitId: IdSchema.describe('Đơn vị chủ trì thực hiện'),
  coordinatingUnitIds: z.array(IdSchema).max(200).describe('Đơn vị phối hợp'),
  deadline: IsoDateSchema.nullable().describe('Hạn hoàn thành; null khi không đặt hạn'),
  indicatorIds: z.array(IdSchema).max(500).describe('Chỉ tiêu liên quan'),
};

export const DirectiveCreateSchema = z.object({
  ...DirectiveFields,
  source: SourceSchema,
  issuerUnitId: IdSchema.describe('Đơn vị ban hành'),
  coordinatingUnitIds: DirectiveFields.coordinatingUnitIds.default([]),
  deadline: DirectiveFields.deadline.default(null),
  indicatorIds: DirectiveFields.indicatorIds.default([]),
  createdOn: IsoDateSchema.optional(),
});

export const DirectiveBatchSchema = z.object({ directives: z.array(DirectiveCreateSchema).min(1).max(500) });

/**
 * Only what is sent changes: a new text leaves deadline, coordinators and indicators as they were. With the
 * version read, a directive someone changed since is refused (409 stale_version).
 */
export const DirectivePatchSchema = versionedPatchOf(DirectiveFields);

export const DirectiveStatusSchema = z.enum([
  'done_on_time',
  'done_late',
  'open_within_deadline',
  'open_overdue',
]);

export const DirectiveQuerySchema = z.object({
  issuerUnitId: PathIdSchema.optional(),
  leadUnitId: PathIdSchema.optional(),
  sourceKind: z.enum(['visit', 'inspection', 'document']).optional(),
  visitId: PathIdSchema.optional(),
  inspectionId: PathIdSchema.optional(),
  status: DirectiveStatusSchema.optional(),
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
  text: line(LONG_TEXT_MAX).describe('Kết quả thực hiện'),
  percent: z.number().min(0).max(100),
  reportedOn: IsoDateSchema.optional(),
  evidence: z.array(AttachmentSchema).max(100).default([]),
});

export const ExtensionCreateSchema = z.object({
  proposedDeadline: IsoDateSchema,
  reason: line(LONG_TEXT_MAX),
  requestedOn: IsoDateSchema.optional(),
});

export const ExtensionDecisionSchema = z.object({
  decision: z.enum(['approved', 'rejected']),
  decidedOn: IsoDateSchema.optional(),
});

export const CompletionSchema = z.object({ completedOn: IsoDateSchema });

const SourceAnswerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('visit'), visitId: Int, number: z.string().nullable() }),
  z.object({
    kind: z.literal('inspection'),
    inspectionId: Int,
    findingId: Int.nullable(),
    number: z.string().nullable(),
  }),
  z.object({ kind: z.literal('document'), number: z.string() }),
]) satisfies z.ZodType<DirectiveSource>;

export const DirectiveSchema = z.object({
  id: Int,
  text: z.string(),
  source: SourceAnswerSchema,
  issuerUnitId: Int,
  leadUnitId: Int,
  coordinatingUnitIds: z.array(Int),
  deadline: z.string().nullable(),
  indicatorIds: z.array(Int),
  progressPercent: z.number(),
  completedOn: z.string().nullable(),
  createdOn: z.string(),
  version: VersionSchema,
}) satisfies z.ZodType<Directive>;

export const PendingExtensionSchema = z
  .object({ id: Int, proposedDeadline: z.string(), requestedOn: z.string() })
  .describe('Đề nghị gia hạn đang chờ đơn vị ban hành quyết định');

/** A directive as the API gives it: its four-way status and the names of the units it names, by id. */
export const DirectiveViewSchema = DirectiveSchema.extend({
  status: DirectiveStatusSchema,
  unitNames: z.record(z.string(), z.string()).describe('id → tên của đơn vị ban hành, chủ trì, phối hợp'),
  pendingExtension: PendingExtensionSchema.nullable(),
});

const AttachmentAnswer = z.object({ name: z.string(), mediaType: z.string(), size: Int });

export const DirectiveUpdateSchema = z.object({
  id: Int,
  directiveId: Int,
  unitId: Int,
  userId: Int.nullable(),
  reportedOn: z.string(),
  text: z.string(),
  percent: z.number(),
  evidence: z.array(AttachmentAnswer),
}) satisfies z.ZodType<DirectiveUpdate>;

export const ExtensionRequestSchema = z.object({
  id: Int,
  directiveId: Int,
  requestedByUnitId: Int,
  requestedOn: z.string(),
  currentDeadline: z.string().nullable(),
  proposedDeadline: z.string(),
  reason: z.string(),
  status: z.enum(['pending', 'approved', 'rejected']),
  decidedOn: z.string().nullable(),
  decidedByUserId: Int.nullable(),
}) satisfies z.ZodType<ExtensionRequest>;

const SummaryCounts = {
  done_on_time: Int,
  done_late: Int,
  open_within_deadline: Int,
  open_overdue: Int,
  total: Int,
  dueSoon: Int.describe('Chưa xong, đến hạn trong số ngày dueSoonDays'),
};

export const DirectiveSummaryAnswer = z.object({
  asOf: z.string(),
  rows: z.array(z.object({ unitId: Int, ...SummaryCounts })).describe('Theo đơn vị chủ trì'),
  totals: z.object(SummaryCounts),
}) satisfies z.ZodType<DirectiveSummary & { asOf: string }>;

export const DirectiveListAnswer = z.object({ asOf: z.string(), directives: z.array(DirectiveViewSchema) });
export const DirectiveBatchAnswer = z.object({ directives: z.array(DirectiveViewSchema) });
export const DirectiveAnswer = z.object({ directive: DirectiveViewSchema });

export const DirectiveDetailAnswer = z.object({
  directive: DirectiveViewSchema,
  updates: z.array(DirectiveUpdateSchema.extend({ reportedBy: z.string().nullable() })),
  extensions: z.array(ExtensionRequestSchema),
  evidence: z.array(EvidenceFileSchema),
});

export const ProposalsAnswer = z.object({ proposals: z.array(ProposedDirectiveSchema) });
export const ProgressAnswer = z.object({ update: DirectiveUpdateSchema, directive: DirectiveViewSchema });
export const ExtensionAnswer = z.object({ extension: ExtensionRequestSchema });
export const DecisionAnswer = z.object({ extension: ExtensionRequestSchema, directive: DirectiveViewSchema });

export const directiveAnswers = {
  list: answers({ 200: DirectiveListAnswer }),
  summary: answers({ 200: DirectiveSummaryAnswer }),
  summaryXlsx: answers({ 200: download(XLSX_TYPE, 'Bảng tổng hợp kết luận theo đơn vị chủ trì') }),
  proposals: answers({ 200: ProposalsAnswer }),
  created: answers({ 201: DirectiveBatchAnswer }),
  detail: answers({ 200: DirectiveDetailAnswer }),
  changed: answers({ 200: DirectiveAnswer }),
  deleted: answers({ 204: NoContentSchema }),
  progress: answers({ 201: ProgressAnswer }),
  extension: answers({ 201: ExtensionAnswer }),
  decision: answers({ 200: DecisionAnswer }),
};
