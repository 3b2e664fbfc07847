// Submissions of a reporting regime: the board a higher unit reads, and a unit's report through submit,
// approve, return and unlock. A unit with no row yet submits by regime, period and unit code.
import { z } from 'zod';
import {
  answers,
  download,
  IdParamsSchema,
  LONG_TEXT_MAX,
  line,
  NoBodySchema,
  XLSX_TYPE,
} from './common.schema';
import { RegimePeriodFields } from './regime.schema';

const StatusSchema = z
  .enum(['not_submitted', 'submitted', 'returned', 'approved'])
  .describe('chưa nộp, đã nộp, bị trả lại, đã duyệt');
const UnitRefSchema = z.object({ code: z.string(), name: z.string() });

export const SubmissionBoardQuerySchema = z.object({
  regime: line(50).describe('Mã chế độ báo cáo, ví dụ KTXH_THANG'),
  period: line(40).describe('Kỳ báo cáo theo tần suất của chế độ, ví dụ 2024-M3'),
  unit: line(50).optional().describe('Mã đơn vị cấp trên xem bảng; mặc định là đơn vị phạm vi của bạn'),
  status: StatusSchema.optional().describe('Chỉ các đơn vị có trạng thái này'),
});

export const SubmissionBoardAnswer = z
  .object({
    ...RegimePeriodFields,
    units: z.array(
      z.object({
        submissionId: z.number().int().nullable().describe('Mã báo cáo nộp; null khi chưa nộp'),
        unit: UnitRefSchema,
        status: StatusSchema,
        returnReason: z
          .string()
          .nullable()
          .describe('Lý do trả lại, đơn vị thấy được; null khi không bị trả lại'),
        submittedAt: z.string().nullable(),
        daysLate: z
          .number()
          .int()
          .nullable()
          .describe('Số ngày trễ hạn (0 là đúng hạn); chưa nộp: số ngày đã quá hạn, null khi chưa đến hạn'),
        completeness: z.object({ reported: z.number().int(), expected: z.number().int() }),
        approvedBy: z.string().nullable().describe('Tên người duyệt'),
        approvedAt: z.string().nullable(),
        locked: z.boolean(),
      }),
    ),
  })
  .describe('Bảng theo dõi nộp báo cáo của một kỳ');

export const SubmissionSubmitSchema = z.object({
  regime: line(50).describe('Mã chế độ báo cáo'),
  period: line(40).describe('Kỳ báo cáo, ví dụ 2024-M3'),
  unit: line(50).describe('Mã đơn vị nộp báo cáo'),
});

export const SubmissionReasonSchema = z.object({
  reason: z.string().max(LONG_TEXT_MAX).describe('Lý do (bắt buộc)'),
});

export const SubmissionSchema = z
  .object({
    id: z.number().int(),
    regime: z.string(),
    period: z.string(),
    unit: UnitRefSchema,
    status: StatusSchema,
    label: z.string().describe('Trạng thái như bảng hiển thị: "đã nộp (trễ 2 ngày)"'),
    dueOn: z.string(),
    submittedAt: z.string().nullable(),
    daysLate: z.number().int().nullable(),
    returnReason: z.string().nullable(),
    approvedAt: z.string().nullable(),
    locked: z.boolean(),
    version: z.number().int(),
    history: z.array(
      z.object({
        action: z.enum(['submit', 'approve', 'return', 'unlock']),
        userId: z.number().int().nullable(),
        reason: z.string().nullable(),
        at: z.string(),
      }),
    ),
  })
  .describe('Báo cáo nộp của một đơn vị cho một kỳ');

export const SubmissionAnswer = z.object({ submission: SubmissionSchema });
export const SubmissionIdParamsSchema = IdParamsSchema;
export const SubmissionNoBodySchema = NoBodySchema;

export const submissionAnswers = {
  board: answers({ 200: SubmissionBoardAnswer }),
  boardXlsx: answers({ 200: download(XLSX_TYPE, 'Bảng theo dõi nộp báo cáo dạng Excel') }),
  one: answers({ 200: SubmissionAnswer }),
};
