// Working visits (đoàn công tác): plan and record them, draft one from an article, download their documents.
import { z } from 'zod';
import type { Visit, VisitAttachment } from '../core/visit/visit.types';
import type { VisitBrief } from '../core/visit/visit-brief';
import {
  answers,
  DOCX_TYPE,
  download,
  IdSchema,
  IsoDateSchema,
  LONG_TEXT_MAX,
  line,
  PathIdSchema,
  VersionSchema,
  versionedPatchOf,
  YearSchema,
} from './common.schema';
import { listOf, recordAnswers } from './record.schema';
import { StatementAnswerSchema, TextCheckSchema } from './report.schema';

export const VisitStatusSchema = z.enum(['planned', 'held', 'concluded']);
/** The names of a team: each a person, at most 100 of them. */
export const MembersSchema = z.array(line()).max(100);

export const AttachmentSchema = z.object({
  name: line(),
  mediaType: z.string().max(200),
  size: z.number().int().min(0),
}) satisfies z.ZodType<VisitAttachment>;

const VisitFields = {
  date: IsoDateSchema.describe('Ngày làm việc'),
  leader: z.object({ name: line(), title: line() }).describe('Trưởng đoàn'),
  members: MembersSchema.describe('Thành viên đoàn'),
  organiserUnitId: IdSchema.describe('Đơn vị tổ chức đoàn'),
  hostUnitIds: z
    .array(IdSchema)
    .min(1, 'cần ít nhất một đơn vị làm việc')
    .max(200)
    .describe('Các đơn vị làm việc, theo thứ tự'),
  topicCodes: z.array(line(50)).max(100).describe('Mã nội dung làm việc trong danh mục'),
  status: VisitStatusSchema,
  minutes: z.string().max(LONG_TEXT_MAX).nullable().describe('Biên bản, tóm tắt buổi làm việc'),
  attachments: z.array(AttachmentSchema).max(100),
};

export const VisitCreateSchema = z.object({
  ...VisitFields,
  members: VisitFields.members.default([]),
  topicCodes: VisitFields.topicCodes.default([]),
  status: VisitFields.status.default('planned'),
  minutes: VisitFields.minutes.default(null),
  attachments: VisitFields.attachments.default([]),
});

/**
 * Only what is sent changes: a new date leaves status, minutes and members as they were. With the version
 * read, a visit someone changed since is refused (409 stale_version).
 */
export const VisitPatchSchema = versionedPatchOf(VisitFields);

export const VisitQuerySchema = z.object({
  status: VisitStatusSchema.optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  hostUnitId: PathIdSchema.optional(),
});

export const TextBodySchema = z.object({ text: z.string().min(1, 'cần dán nội dung văn bản').max(200_000) });

export const DocumentHeaderSchema = z.object({
  number: line().default('…-BC/TU').describe('Số và ký hiệu, không có "Số:"'),
  place: line().default('Cà Mau'),
  date: IsoDateSchema.optional(),
  year: YearSchema.optional(),
});

export const VisitSchema = z
  .object({
    id: z.number().int(),
    date: z.string(),
    leader: z.object({ name: z.string(), title: z.string() }),
    members: z.array(z.string()),
    organiserUnitId: z.number().int(),
    hostUnitIds: z.array(z.number().int()),
    topicCodes: z.array(z.string()),
    status: VisitStatusSchema,
    minutes: z.string().nullable(),
    attachments: z.array(z.object({ name: z.string(), mediaType: z.string(), size: z.number().int() })),
    version: VersionSchema,
  })
  .describe('Đoàn công tác') satisfies z.ZodType<Visit>;

/** A name read from a text matched to a unit the user may see, or to none. */
export const UnitMatchSchema = z.object({
  name: z.string(),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
});

export const ProposedDirectiveSchema = z.object({
  text: z.string(),
  addressee: z.string().nullable().describe('Đơn vị câu văn giao việc, khi có nêu'),
  span: z.tuple([z.number().int(), z.number().int()]),
});

export const VisitDraftSchema = z.object({
  date: z.string().nullable(),
  leader: z.object({ name: z.string(), title: z.string() }).nullable(),
  organiserName: z.string().nullable(),
  members: z.array(z.string()),
  hostNames: z.array(z.string()),
  topicCodes: z.array(z.string()),
  directives: z.array(ProposedDirectiveSchema),
  warnings: z.array(z.string()).describe('Những gì chưa tìm thấy, để người duyệt bổ sung'),
});

export const FromTextAnswer = z.object({
  draft: VisitDraftSchema,
  organiser: UnitMatchSchema.nullable(),
  hosts: z.array(UnitMatchSchema),
  statements: z.array(StatementAnswerSchema),
  checks: z.array(TextCheckSchema),
});

export const BriefAnswer = z.object({
  brief: z
    .object({ title: z.string(), paragraphs: z.array(z.string()) })
    .describe('Tin bài viết lại từ hồ sơ đoàn') satisfies z.ZodType<VisitBrief>,
});

export const visitAnswers = {
  ...recordAnswers('visit', VisitSchema),
  list: answers({ 200: listOf('visits', VisitSchema) }),
  fromText: answers({ 200: FromTextAnswer }),
  brief: answers({ 200: BriefAnswer }),
  docx: answers({ 200: download(DOCX_TYPE, 'Văn bản .docx theo thể thức của Đảng') }),
  pdf: answers({
    200: download('application/pdf', 'Văn bản PDF (LibreOffice); 503 pdf_unavailable khi máy chủ không có'),
  }),
};
