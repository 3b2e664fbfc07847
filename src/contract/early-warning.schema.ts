// Early warnings (cảnh báo sớm) of a higher unit's board: the reporting units with an indicator at risk,
// late or waiting for approval, each with its reason in Vietnamese.
import { z } from 'zod';
import { answers } from './common.schema';

export const EarlyWarningBoardAnswer = z
  .object({
    regime: z.string(),
    period: z.string(),
    deadline: z.string().describe('Hạn gửi báo cáo (ngày ISO)'),
    asOf: z.string().describe('Ngày (giờ Việt Nam) đọc cảnh báo'),
    units: z.array(
      z.object({
        unit: z.object({ code: z.string(), name: z.string() }),
        status: z.enum(['not_submitted', 'submitted', 'returned', 'approved']),
        warnings: z.array(
          z.object({
            indicatorId: z.number().int(),
            code: z.string().describe('Mã chỉ tiêu'),
            kind: z
              .enum(['at_risk', 'late', 'not_approved'])
              .describe('nguy cơ không đạt, quá hạn chưa có số liệu, chưa được duyệt'),
            reason: z
              .string()
              .describe('Lý do, ví dụ "ước cả năm 80,44 tấn (ước theo tiến độ), dưới chỉ tiêu 100 tấn"'),
          }),
        ),
      }),
    ),
  })
  .describe('Cảnh báo sớm của các đơn vị báo cáo thuộc một đơn vị cấp trên, cho một kỳ');

export const earlyWarningAnswers = { board: answers({ 200: EarlyWarningBoardAnswer }) };
