// Schemas every resource shares: ids within the database's integer range, calendar dates, years, bounded
// texts, the error envelope, and how a PATCH is built (only what is sent, never empty).
import { z } from 'zod';

// Zod's own messages (wrong type, too long) in Vietnamese: a refusal names the field and says why.
z.config(z.locales.vi());

/** PostgreSQL's integer: an id above it can only be a mistake, refused before it reaches the database. */
export const INT4_MAX = 2_147_483_647;

/** Names of units, people, documents (issue 16: names at most 300 characters). */
export const NAME_MAX = 300;
/** A directive, a progress report, a finding (issue 16: 20 000 characters; a 19 MB directive slowed every list). */
export const LONG_TEXT_MAX = 20_000;

export const IdSchema = z
  .number()
  .int('phải là số nguyên')
  .min(1, 'phải từ 1 trở lên')
  .max(INT4_MAX, `vượt quá giới hạn ${INT4_MAX}`);

/** An id in a path or a query string, where it arrives as text. */
export const PathIdSchema = z.coerce
  .number()
  .int('phải là số nguyên')
  .min(1, 'phải từ 1 trở lên')
  .max(INT4_MAX, `vượt quá giới hạn ${INT4_MAX}`);

export const IdParamsSchema = z.object({ id: PathIdSchema.describe('Mã số (id) của bản ghi') });

/** The params of a record nested in another, e.g. /directives/:id/evidence/:evidenceId. */
export const nestedIdParams = <K extends string>(key: K) =>
  IdParamsSchema.extend({ [key]: PathIdSchema } as { [P in K]: typeof PathIdSchema });

/**
 * True for a date the calendar has: 2023-02-28 yes, 2023-02-30 and 2023-04-31 no.
 * @example isCalendarDate('2024-02-29') === true; isCalendarDate('2023-02-29') === false
 */
export function isCalendarDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A whole number in an answer (ids, counts): answers are ours, so no bounds beyond being whole. */
export const Int = z.number().int();

export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'phải là ngày dạng YYYY-MM-DD')
  .refine(isCalendarDate, 'không phải ngày có thật trên lịch');

/** A moment as the API writes it: ISO 8601 in UTC, e.g. 2023-11-17T08:30:00.000Z. */
export const TimestampSchema = z.string().describe('Thời điểm ISO 8601 (UTC)');

export const YearSchema = z.coerce.number().int().min(1900).max(2999).describe('Năm, ví dụ 2023');

/** A required, trimmed line of text of at most `max` characters. */
export const line = (max: number = NAME_MAX) => z.string().trim().min(1, 'không được để trống').max(max);

export const ErrorSchema = z
  .looseObject({
    error: z.string().describe('Mã lỗi ổn định, ví dụ invalid_input'),
    message: z.string().describe('Lỗi gì, ở đâu'),
    field: z.string().optional().describe('Trường bị từ chối, ví dụ body.value'),
  })
  .describe('Lỗi: {error, message, …}');

/** A route's answers: its success schemas, and the one error envelope for every 4xx. */
export const answers = <R extends Record<number, unknown>>(success: R) => ({
  ...success,
  '4xx': ErrorSchema,
});

const hasSomeField = (patch: object) => Object.keys(patch).length > 0;

/**
 * A PATCH body over a resource's fields: each optional and with no default, so only what is sent changes;
 * an empty body is refused (400) rather than reaching the database as "no values to set".
 * @example patchOf({ name: line() }).safeParse({}).success === false
 */
export const patchOf = <S extends z.ZodRawShape>(fields: S) =>
  z.object(fields).partial().refine(hasSomeField, { message: 'cần gửi ít nhất một trường để sửa' });

/** The optimistic-locking counter a record answers with and a change sends back. */
export const VersionSchema = z
  .number()
  .int('phải là số nguyên')
  .min(1, 'phải từ 1 trở lên')
  .max(INT4_MAX, `vượt quá giới hạn ${INT4_MAX}`)
  .describe('Phiên bản đã đọc (hoặc gửi trong If-Match); khác phiên bản hiện tại thì trả 409 stale_version');

const hasSomeChange = (patch: object) => Object.keys(patch).some((key) => key !== 'version');

/**
 * A PATCH body as patchOf, plus the version the client read (optional; when sent, a stale one is refused).
 * @example versionedPatchOf({ name: line() }).safeParse({ version: 2 }).success === false
 */
export const versionedPatchOf = <S extends z.ZodRawShape>(fields: S) =>
  z
    .object(fields)
    .partial()
    .extend({ version: VersionSchema.optional() })
    .refine(hasSomeChange, { message: 'cần gửi ít nhất một trường để sửa' });

/** The query of a DELETE that names the version it read. */
export const VersionQuerySchema = z.object({
  version: PathIdSchema.optional().describe(
    'Phiên bản đã đọc; khác phiên bản hiện tại thì trả 409 stale_version',
  ),
});

/** A body that carries no data (logout): nothing, or an empty object. */
export const NoBodySchema = z.object({}).nullish().describe('Không cần nội dung');

/** Bytes a route sends as they are (a download): documented, never serialised as JSON. */
export const BinarySchema = z.any().meta({ type: 'string', format: 'binary' });

/** A download's answer in OpenAPI: its media type and bytes. */
export const download = (contentType: string, description: string) => ({
  description,
  content: { [contentType]: { schema: BinarySchema } },
});

/** A multipart upload of one file in the field "file": documented here, read by the route itself. */
export const uploadBody = (description: string) =>
  z.any().meta({
    type: 'object',
    properties: { file: { type: 'string', format: 'binary', description } },
    required: ['file'],
  });

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The answer of a DELETE or a logout: 204 and no body. */
export const NoContentSchema = z.undefined().describe('Không có nội dung');

/** The header a create request may carry so that sending it twice (a double click) creates one record. */
export const IdempotencyHeadersSchema = z.object({
  'idempotency-key': z
    .string()
    .min(8, 'Idempotency-Key: cần ít nhất 8 ký tự')
    .max(200, 'Idempotency-Key: tối đa 200 ký tự')
    .optional()
    .describe(
      'Khóa chống tạo trùng: gửi lại cùng khóa nhận lại đúng câu trả lời lần đầu, không tạo thêm bản ghi',
    ),
});
