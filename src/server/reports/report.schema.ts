// Schemas of the report routes: text to extract, and a reviewed report with its statements to store.
import { z } from 'zod';

const MAX_TEXT = 2_000_000;

export const ExtractBodySchema = z.object({
  text: z.string().min(1, 'không được để trống').max(MAX_TEXT).describe('Văn bản báo cáo tiếng Việt'),
});

const SpanSchema = z
  .tuple([z.number().int().min(0), z.number().int().min(0)])
  .refine(([start, end]) => start <= end, 'đầu đoạn phải không sau cuối đoạn')
  .describe('[đầu, cuối) theo đơn vị UTF-16 của văn bản');

export const StatementSchema = z.object({
  indicator: z.string().min(1).describe('Cụm từ chỉ tiêu như báo cáo viết'),
  indicatorCode: z.string().min(1).nullish().describe('Mã chỉ tiêu trong danh mục'),
  value: z.number().finite(),
  valueTo: z.number().finite().optional(),
  unit: z.string(),
  approx: z.enum(['hơn', 'trên', 'gần', 'khoảng', 'dưới', 'trên dưới']).nullable(),
  estimate: z.boolean(),
  achievement: z
    .object({ percent: z.number().finite(), against: z.string() })
    .nullable()
    .describe('Tỷ lệ đạt so với chỉ tiêu như báo cáo nêu'),
  change: z
    .object({
      direction: z.enum(['tăng', 'giảm', 'bằng']),
      percent: z.number().finite().nullable(),
      against: z.string(),
      amount: z.number().finite().nullish(),
      from: z.number().finite().nullish(),
    })
    .nullable(),
  span: SpanSchema,
});

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
