// Figures (số liệu): entered, corrected with the version read, paged through, traced to their source.
import { z } from 'zod';
import { FIGURE_MAGNITUDE_MAX, FIGURE_MAGNITUDE_REASON } from '../core/errors';
import type { Observation, Provenance } from '../core/types';
import { answers, IdSchema, PathIdSchema, TimestampSchema, YearSchema } from './common.schema';
import { recordAnswers } from './record.schema';
import { UserSchema } from './user.schema';

/**
 * A figure's or a target's value: finite and within ±10^15, so 1e308 is refused at the field, not stored.
 * @example FigureValueSchema.safeParse(1e16).success === false; FigureValueSchema.safeParse(-12.5).success === true
 */
export const FigureValueSchema = z
  .number()
  .finite()
  .min(-FIGURE_MAGNITUDE_MAX, FIGURE_MAGNITUDE_REASON)
  .max(FIGURE_MAGNITUDE_MAX, FIGURE_MAGNITUDE_REASON);

export const PeriodSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .describe('Kỳ: 2023-M10, 2023-Q3, 2023-H1, 2023-9M (N tháng: 2023-8M), 2023 hoặc 2023-YTD-2023-11-17');

export const ObservationKindSchema = z.enum(['actual', 'estimate']);

const NoteSchema = z.string().trim().max(2000).nullable().optional().describe('Ghi chú');

export const ObservationCreateSchema = z.object({
  unitId: IdSchema.describe('Đơn vị báo cáo'),
  indicatorId: IdSchema.describe('Chỉ tiêu'),
  period: PeriodSchema,
  kind: ObservationKindSchema.describe('actual: số thực hiện; estimate: số ước'),
  value: FigureValueSchema.describe('Giá trị theo đơn vị tính của chỉ tiêu'),
  note: NoteSchema,
});

export const ObservationPatchSchema = z.object({
  value: FigureValueSchema.describe('Giá trị mới'),
  note: NoteSchema,
  version: IdSchema.describe('Phiên bản đã đọc; khác phiên bản hiện tại thì trả 409 stale_version'),
});

/** A province holds ~1M figures: a list is read a page at a time, never whole into memory. */
export const OBSERVATION_PAGE_DEFAULT = 1000;
export const OBSERVATION_PAGE_MAX = 5000;

export const ObservationQuerySchema = z.object({
  unitId: PathIdSchema.optional().describe('Đơn vị (mặc định: mọi đơn vị trong phạm vi)'),
  year: YearSchema.optional(),
  period: PeriodSchema.optional(),
  indicatorId: PathIdSchema.optional().describe('Chỉ tiêu'),
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
  version: PathIdSchema.optional().describe('Phiên bản đã đọc'),
});

const UserIdSchema = z.number().int().nullable();

export const ProvenanceSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('entered'), userId: UserIdSchema }),
    z.object({
      kind: z.literal('imported'),
      file: z.string(),
      row: z.number().int(),
      userId: UserIdSchema,
      importId: z.number().int().optional(),
    }),
    z.object({
      kind: z.literal('extracted'),
      reportId: z.number().int(),
      span: z.tuple([z.number().int(), z.number().int()]),
      userId: UserIdSchema,
    }),
    z.object({ kind: z.literal('derived'), from: z.string() }),
  ])
  .describe(
    'Nguồn gốc số liệu: nhập tay, nhập tệp, trích từ báo cáo, suy ra',
  ) satisfies z.ZodType<Provenance>;

export const ObservationSchema = z
  .object({
    id: z.number().int(),
    unitId: z.number().int(),
    indicatorId: z.number().int(),
    period: z.string(),
    kind: ObservationKindSchema,
    value: z.number(),
    note: z.string().nullable(),
    provenance: ProvenanceSchema,
    version: z.number().int(),
  })
  .describe('Số liệu') satisfies z.ZodType<Observation>;

export const ObservationPageAnswer = z.object({
  observations: z.array(ObservationSchema),
  next: z.string().nullable().describe('Đưa vào "after" để đọc trang sau; null ở trang cuối'),
});

export const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    at: TimestampSchema,
    action: z.string().describe('create, update, delete, import …'),
    userId: UserIdSchema,
    who: z.string().nullable().describe('Họ tên người sửa; null khi hệ thống ghi'),
    before: z.unknown(),
    after: z.unknown(),
  })
  .describe('Một dòng nhật ký thay đổi');

export const HistoryAnswer = z.object({ entries: z.array(AuditEntrySchema) });

export const ProvenanceAnswer = z.object({
  observation: ObservationSchema,
  provenance: ProvenanceSchema,
  user: UserSchema.nullable(),
  report: z
    .object({
      id: z.number().int(),
      title: z.string(),
      text: z.string(),
      span: z.tuple([z.number().int(), z.number().int()]),
    })
    .nullable()
    .describe('Báo cáo và câu chứa số liệu, khi số liệu được trích từ báo cáo'),
});

export const observationAnswers = {
  ...recordAnswers('observation', ObservationSchema),
  page: answers({ 200: ObservationPageAnswer }),
  history: answers({ 200: HistoryAnswer }),
  provenance: answers({ 200: ProvenanceAnswer }),
};
