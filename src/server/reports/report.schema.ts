// Schemas of the report routes: text to extract, and a reviewed report with its statements to store.
import { z } from 'zod';
import type { Statement } from '../../core/statement';

const MAX_TEXT = 2_000_000;

export const ExtractBodySchema = z.object({
  text: z.string().min(1, 'không được để trống').max(MAX_TEXT).describe('Văn bản báo cáo tiếng Việt'),
});

const SpanSchema = z
  .tuple([z.number().int().min(0), z.number().int().min(0)])
  .refine(([start, end]) => start <= end, 'đầu đoạn phải không sau cuối đoạn')
  .describe('[đầu, cuối) theo đơn vị UTF-16 của văn bản');

const AGAINST = ['nghị quyết', 'kế hoạch', 'chỉ tiêu', 'dự toán', 'mục tiêu', 'khác'] as const;
const CHANGE_AGAINST = ['cùng kỳ', 'năm trước', 'tháng trước', 'quý trước', 'kỳ trước', 'khác'] as const;
/** JSON has no undefined: a client may send null for an absent optional figure. */
const absent = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);

/** The one statement type of core (src/core/statement.ts), as the API reads it. */
export const StatementSchema = z.object({
  indicator: z.string().min(1).describe('Cụm từ chỉ tiêu như báo cáo viết'),
  indicatorCode: absent(z.string().min(1)).describe('Mã chỉ tiêu trong danh mục'),
  value: z.number().finite(),
  valueTo: absent(z.number().finite()),
  unit: z.string(),
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
  span: SpanSchema,
  correction: z
    .boolean()
    .optional()
    .describe(
      'Người duyệt sửa có chủ ý số liệu so với câu trong báo cáo; không có thì số liệu phải đúng như câu',
    ),
}) satisfies z.ZodType<Statement, unknown>;

export const ReportCreateSchema = z
  .object({
    unitId: z.number().int().positive().describe('Đơn vị gửi báo cáo'),
    period: z
      .string()
      .min(1)
      .describe('Kỳ báo cáo: 2023-M10, 2023-Q3, 2023-H1, 2023-9M, 2023, 2023-YTD-2023-11-17'),
    title: z.string().min(1).max(500),
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
