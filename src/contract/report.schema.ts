// Reports: text (or a file) to extract figures from, and a reviewed report stored with its statements.
import { z } from 'zod';
import type { Statement } from '../core/statement';
import { answers, IdSchema, NAME_MAX, NoContentSchema, PathIdSchema, patchOf } from './common.schema';
import { FigureValueSchema, ObservationSchema } from './observation.schema';
import { TargetSchema } from './target.schema';

const MAX_TEXT = 2_000_000;

export const ExtractBodySchema = z.object({
  text: z.string().min(1, 'không được để trống').max(MAX_TEXT).describe('Văn bản báo cáo tiếng Việt'),
});

/** JSON {text}, or a multipart file (.txt, .docx, .pdf), which the route reads itself. */
export const ExtractRequestSchema = ExtractBodySchema.nullish().meta({
  description: 'JSON {"text": "…"} hoặc multipart với trường "file" (.txt, .docx, .pdf)',
});

const Span = z.tuple([z.number().int().min(0), z.number().int().min(0)]);
const SpanSchema = Span.refine(([start, end]) => start <= end, 'đầu đoạn phải không sau cuối đoạn').describe(
  '[đầu, cuối) theo đơn vị UTF-16 của văn bản',
);

const AGAINST = ['nghị quyết', 'kế hoạch', 'chỉ tiêu', 'dự toán', 'mục tiêu', 'khác'] as const;
const CHANGE_AGAINST = ['cùng kỳ', 'năm trước', 'tháng trước', 'quý trước', 'kỳ trước', 'khác'] as const;
/** JSON has no undefined: a client may send null for an absent optional figure. */
const absent = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);

/** The one statement type of core (src/core/statement.ts), as the API reads it. */
export const StatementSchema = z.object({
  indicator: z.string().min(1).max(NAME_MAX).describe('Cụm từ chỉ tiêu như báo cáo viết'),
  indicatorCode: absent(z.string().min(1).max(50)).describe('Mã chỉ tiêu trong danh mục'),
  value: FigureValueSchema,
  valueTo: absent(FigureValueSchema),
  unit: z.string().max(50),
  approx: z.enum(['hơn', 'trên', 'gần', 'khoảng', 'dưới', 'trên dưới']).nullable(),
  estimate: z.boolean(),
  achievement: z
    .object({ percent: z.number().finite(), against: z.enum(AGAINST) })
    .nullable()
    .describe('Tỷ lệ đạt so với chỉ tiêu như báo cáo nêu'),
  change: z
    .object({
      direction: z.enum(['tăng', 'giảm', 'bằng']),
      percent: z.number().finite().nullable(),
      against: z.enum(CHANGE_AGAINST),
      amount: absent(z.number().finite()),
      from: absent(z.number().finite()),
    })
    .nullable(),
  subject: z
    .string()
    .max(NAME_MAX)
    .nullish()
    .describe('Đơn vị mà số liệu thuộc về, khi văn bản nêu đơn vị khác'),
  span: SpanSchema,
  correction: z
    .boolean()
    .optional()
    .describe(
      'Người duyệt sửa có chủ ý số liệu so với câu trong báo cáo; không có thì số liệu phải đúng như câu',
    ),
}) satisfies z.ZodType<Statement, unknown>;

/** A statement as the server answers it: optional figures absent rather than null. */
export const StatementAnswerSchema = z.object({
  indicator: z.string(),
  indicatorCode: z.string().optional(),
  value: z.number(),
  valueTo: z.number().optional(),
  unit: z.string(),
  approx: StatementSchema.shape.approx,
  estimate: z.boolean(),
  achievement: StatementSchema.shape.achievement,
  change: z
    .object({
      direction: z.enum(['tăng', 'giảm', 'bằng']),
      percent: z.number().nullable(),
      against: z.enum(CHANGE_AGAINST),
      amount: z.number().optional(),
      from: z.number().optional(),
    })
    .nullable(),
  subject: z.string().nullish(),
  span: Span,
}) satisfies z.ZodType<Statement>;

/** A problem the text raises against itself (a stated % that disagrees with its figures). */
export const TextCheckSchema = z.object({
  kind: z.string().describe('achievement_mismatch, part_exceeds_whole, breakdown_sum'),
  message: z.string(),
  span: Span.describe('Câu có lỗi'),
  relatedSpan: Span.describe('Câu mâu thuẫn với nó (chỉ tiêu, tổng)'),
});

export const ExtractAnswer = z.object({
  text: z.string().describe('Văn bản đã đọc (từ tệp, hoặc như đã gửi)'),
  statements: z.array(StatementAnswerSchema),
  checks: z.array(TextCheckSchema),
});

const ReportPeriodSchema = z
  .string()
  .min(1)
  .max(40)
  .describe('Kỳ báo cáo: 2023-M10, 2023-Q3, 2023-H1, 2023-9M (N tháng: 2023-8M), 2023, 2023-YTD-2023-11-17');
const ReportTitleSchema = z.string().trim().min(1, 'không được để trống').max(500);

export const ReportCreateSchema = z
  .object({
    unitId: IdSchema.describe('Đơn vị gửi báo cáo'),
    period: ReportPeriodSchema,
    title: ReportTitleSchema,
    text: z.string().min(1).max(MAX_TEXT),
    fileName: z.string().max(255).nullish(),
    statements: z.array(StatementSchema).max(5000),
  })
  .superRefine((body, ctx) => {
    body.statements.forEach((s, i) => {
      if (s.span[1] > body.text.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['statements', i, 'span'],
          message: `đoạn [${s.span[0]}, ${s.span[1]}) vượt quá độ dài văn bản (${body.text.length})`,
        });
      }
    });
  });

export const ReportSchema = z
  .object({
    id: z.number().int(),
    unitId: z.number().int(),
    period: z.string(),
    title: z.string(),
    text: z.string(),
    fileName: z.string().nullable(),
    createdBy: z.number().int().nullable(),
    createdAt: z.string().describe('Thời điểm ISO 8601 (UTC)'),
  })
  .describe('Báo cáo');

export const StoredReportAnswer = z.object({
  report: ReportSchema,
  observations: z.array(ObservationSchema),
  targets: z.array(TargetSchema),
  skipped: z
    .array(z.object({ index: z.number().int(), indicator: z.string(), reason: z.string() }))
    .describe('Câu số liệu không thành số liệu, kèm lý do (index: vị trí trong statements)'),
});

export const ReportStatementSchema = z.object({
  id: z.number().int(),
  reportId: z.number().int(),
  statement: z.record(z.string(), z.unknown()).describe('Câu số liệu như đã lưu'),
  spanStart: z.number().int(),
  spanEnd: z.number().int(),
  observationId: z.number().int().nullable(),
});

export const ReportAnswer = z.object({ report: ReportSchema, statements: z.array(ReportStatementSchema) });

export const ReportQuerySchema = z.object({ unitId: PathIdSchema.describe('Đơn vị gửi báo cáo') });

/** A report's correction: title, period or unit; its text and statements stay as stored. */
export const ReportPatchSchema = patchOf({
  title: ReportTitleSchema,
  period: ReportPeriodSchema,
  unitId: IdSchema.describe('Đơn vị gửi báo cáo'),
});

/** A report in a list: without its text, which can run to megabytes. */
export const ReportSummarySchema = ReportSchema.omit({ text: true });

export const ReportListAnswer = z.object({ reports: z.array(ReportSummarySchema) });

export const reportAnswers = {
  extracted: answers({ 200: ExtractAnswer }),
  stored: answers({ 201: StoredReportAnswer }),
  one: answers({ 200: ReportAnswer }),
  list: answers({ 200: ReportListAnswer }),
  changed: answers({ 200: z.object({ report: ReportSchema }) }),
  deleted: answers({ 204: NoContentSchema }),
};
