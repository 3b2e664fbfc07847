// Reporting regimes (chế độ báo cáo): who reports which indicators, how often, by when, approved by whom.
import { z } from 'zod';
import { type DeadlineRule, REGIME_FREQUENCIES, type RegimeFrequency } from '../core/regime';
import { answers, IdSchema, line, NAME_MAX } from './common.schema';
import { UnitKindSchema } from './unit.schema';

const DeadlineSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('day_of_month'),
      day: z.number().int().min(1).max(31).describe('Ngày trong tháng, ví dụ 18'),
      monthsAfter: z
        .number()
        .int()
        .min(0)
        .max(3)
        .describe('Số tháng sau tháng chốt số liệu: 0 là chính tháng chốt (ngày 18 sau ngày chốt 14)'),
    }),
    z.object({
      kind: z.literal('days_after'),
      days: z.number().int().min(1).max(90).describe('Số ngày sau ngày chốt số liệu'),
    }),
  ])
  .describe('Hạn gửi báo cáo') satisfies z.ZodType<DeadlineRule>;

const FrequencySchema = z
  .enum(REGIME_FREQUENCIES as [RegimeFrequency, ...RegimeFrequency[]])
  .describe('Kỳ báo cáo: tháng, quý, 6 tháng, 9 tháng, năm');
const CutoffSchema = z
  .enum(['nd09', 'calendar'])
  .describe('nd09: chốt số liệu theo NĐ 09/2019 (15 tháng trước → 14 tháng này); calendar: theo lịch');

export const RegimeCreateSchema = z.object({
  code: line(50).describe('Mã chế độ báo cáo, duy nhất, ví dụ KTXH_THANG'),
  name: line(NAME_MAX).describe('Tên chế độ báo cáo'),
  document: line(NAME_MAX).describe('Văn bản quy định, ví dụ Nghị định 09/2019/NĐ-CP'),
  tree: z.enum(['party', 'state']).describe('Cây Đảng hay cây chính quyền'),
  frequency: FrequencySchema,
  cutoff: CutoffSchema,
  deadline: DeadlineSchema,
  reportingRootUnitId: IdSchema.describe('Đơn vị gốc: các đơn vị báo cáo nằm dưới đơn vị này'),
  reportingUnitKind: UnitKindSchema.describe('Loại đơn vị phải báo cáo, ví dụ commune_party'),
  approvalUnitIds: z.array(IdSchema).min(1).max(5).describe('Đơn vị duyệt, cấp thấp trước'),
  indicatorIds: z.array(IdSchema).max(500).default([]).describe('Các chỉ tiêu của chế độ'),
});

export const RegimeSchema = z
  .object({
    id: z.number().int(),
    code: z.string(),
    name: z.string(),
    document: z.string(),
    tree: z.enum(['party', 'state']),
    frequency: FrequencySchema,
    cutoff: CutoffSchema,
    deadline: DeadlineSchema,
    reportingUnits: z
      .object({
        root: z.object({ id: z.number().int(), code: z.string(), name: z.string() }),
        kind: UnitKindSchema,
      })
      .describe('Đơn vị báo cáo: mọi đơn vị loại này dưới đơn vị gốc còn hiệu lực trong kỳ'),
    approvalUnitIds: z.array(z.number().int()),
    indicatorIds: z.array(z.number().int()),
  })
  .describe('Chế độ báo cáo');

export type RegimeAnswerBody = z.infer<typeof RegimeSchema>;

export const RegimeListAnswer = z.object({ regimes: z.array(RegimeSchema) });
export const RegimeAnswer = z.object({ regime: RegimeSchema });

export const RegimePeriodParamsSchema = z.object({
  code: line(50).describe('Mã chế độ báo cáo, ví dụ KTXH_THANG'),
  period: line(40).describe('Kỳ báo cáo theo tần suất của chế độ, ví dụ 2024-M3'),
});

/** A period of a regime as answers name it: the regime's code, the period, its cut-off window and deadline. */
export const RegimePeriodFields = {
  regime: z.string(),
  period: z.string(),
  window: z.object({ from: z.string(), to: z.string() }).describe('Thời gian chốt số liệu, cả hai ngày'),
  deadline: z.string().describe('Hạn gửi báo cáo (ngày ISO)'),
};

export const RegimePeriodAnswer = z
  .object({
    ...RegimePeriodFields,
    units: z.array(z.object({ code: z.string(), name: z.string() })).describe('Đơn vị phải báo cáo trong kỳ'),
  })
  .describe('Một kỳ của chế độ báo cáo');

export const regimeAnswers = {
  period: answers({ 200: RegimePeriodAnswer }),
  list: answers({ 200: RegimeListAnswer }),
  created: answers({ 201: RegimeAnswer }),
};
