// The scorecard (bảng chỉ tiêu) of a unit and year. The route sends it as JSON bytes encoded and compressed
// once per cached scorecard, so this schema documents the answer and types the web; it never re-serialises.
import { z } from 'zod';
import type { Check } from '../core/checks';
import type { Projection } from '../core/projection';
import type {
  Scorecard,
  ScorecardAchievement,
  ScorecardChange,
  ScorecardFigure,
  ScorecardIndicator,
  ScorecardRollup,
  ScorecardRow,
  ScorecardTarget,
} from '../core/scorecard.types';
import type { StatusResult } from '../core/status';
import {
  answers,
  DOCX_TYPE,
  download,
  IdParamsSchema,
  Int,
  IsoDateSchema,
  line,
  NAME_MAX,
  NoContentSchema,
  XLSX_TYPE,
  YearSchema,
} from './common.schema';
import { TargetSourceSchema } from './target.schema';

export const ScorecardParamsSchema = IdParamsSchema;

export const ScorecardQuerySchema = z.object({
  year: YearSchema,
  asOf: IsoDateSchema.optional().describe('Chỉ tính số liệu có kỳ kết thúc đến ngày này (YYYY-MM-DD)'),
});

export const StatusSchema = z.enum(['on_track', 'at_risk', 'off_track', 'achieved']);
export const ScorecardStatusSchema = z.enum([...StatusSchema.options, 'no_target', 'no_data']);

const ScorecardIndicatorSchema = z.object({
  id: Int,
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  measure: z.string(),
  category: z.string(),
  nature: z.enum(['flow', 'stock']),
  polarity: z.enum(['higher_is_better', 'lower_is_better']),
  decimals: Int,
  parentCode: z.string().nullable(),
}) satisfies z.ZodType<ScorecardIndicator>;

const ScorecardTargetSchema = z.object({
  id: Int,
  source: TargetSourceSchema,
  value: z.number(),
  fromYear: Int,
  toYear: Int,
  document: z.string().nullable(),
  derivedFrom: z.string().nullable(),
}) satisfies z.ZodType<ScorecardTarget>;

/** A figure a successor holds through its links (not stored), with what it is made of. */
const InheritedProvenanceSchema = z
  .object({
    kind: z.literal('inherited'),
    label: z.string().describe('"Kế thừa từ: xã Trần Thới, thị trấn Cái Nước"'),
    sources: z.array(
      z.object({
        unitId: Int,
        unitName: z.string(),
        indicatorId: Int,
        observationId: Int.nullable(),
        period: z.string(),
        value: z.number(),
        shares: z.array(z.object({ share: z.number(), basis: z.enum(['population', 'area']) })),
      }),
    ),
  })
  .describe('Số kế thừa từ đơn vị cũ (không phải số báo cáo của đơn vị)');

const ScorecardFigureSchema = z.object({
  value: z.number(),
  period: z.string(),
  periodLabel: z.string().describe('"từ 01/01/2023 đến 17/11/2023"'),
  observationId: Int.nullable(),
  note: z.string().nullable(),
  inherited: InheritedProvenanceSchema.optional(),
}) satisfies z.ZodType<ScorecardFigure>;

export const ScorecardAchievementSchema = z.object({
  source: TargetSourceSchema,
  targetId: Int,
  kind: z.enum(['ok', 'no_target', 'zero_target', 'zero_actual', 'not_comparable']),
  percent: z.number().nullable(),
}) satisfies z.ZodType<ScorecardAchievement>;

const ScorecardChangeSchema = z.object({
  kind: z.enum(['ok', 'zero_prior']),
  percent: z.number().nullable(),
  amount: z.number(),
  prior: z.number(),
  priorPeriod: z.string(),
  priorObservationId: Int.nullable(),
  priorInherited: InheritedProvenanceSchema.optional(),
}) satisfies z.ZodType<ScorecardChange>;

const ScorecardRollupSchema = z.object({
  kind: z.enum(['ok', 'no_data', 'zero_denominator']),
  value: z.number().nullable(),
  reporting: Int,
  expected: Int,
  period: z.string(),
  completeness: z.string().describe('"42/64 xã đã báo cáo": số đơn vị đã báo cáo trên số phải báo cáo'),
}) satisfies z.ZodType<ScorecardRollup>;

const StatusResultSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('ok'),
    status: StatusSchema,
    basis: z.enum(['flow_pace', 'stock_level', 'term_growth']),
    ratio: z.number().nullable(),
    openSdgLevel: z
      .enum([
        'target_achieved',
        'substantial_progress',
        'moderate_progress',
        'limited_progress',
        'deterioration',
      ])
      .nullable(),
  }),
  z.object({ kind: z.literal('no_target') }),
  z.object({ kind: z.literal('zero_target') }),
  z.object({ kind: z.literal('no_actual') }),
  z.object({ kind: z.literal('no_baseline') }),
]) satisfies z.ZodType<StatusResult>;

const ProjectionSchema = z.object({
  value: z.number(),
  method: z.enum(['seasonal', 'linear', 'reported_estimate', 'stock_latest']),
  seasonalShare: z.number().optional(),
  years: z.array(Int).optional(),
}) satisfies z.ZodType<Projection>;

const CheckBase = { indicatorCode: z.string(), period: z.string().nullable(), message: z.string() };

export const ScorecardCheckSchema = z.discriminatedUnion('kind', [
  z.object({
    ...CheckBase,
    kind: z.literal('inheritance_gap'),
    reason: z.enum(['part_without_share', 'missing_figure', 'not_combinable']),
    unitIds: z.array(Int),
    periods: z.array(z.string()),
  }),
  z.object({
    ...CheckBase,
    kind: z.literal('stated_achievement_mismatch'),
    value: z.number(),
    target: z.number(),
    source: TargetSourceSchema,
    stated: z.number(),
    computed: z.number(),
    difference: z.number(),
    tolerance: z.number(),
  }),
  z.object({
    ...CheckBase,
    kind: z.literal('part_exceeds_whole'),
    partCode: z.string(),
    wholeCode: z.string(),
    part: z.number(),
    whole: z.number(),
    excess: z.number(),
  }),
  z.object({
    ...CheckBase,
    kind: z.literal('parts_exceed_whole'),
    partCodes: z.array(z.string()),
    wholeCode: z.string(),
    parts: z.number(),
    whole: z.number(),
    excess: z.number(),
  }),
  z.object({
    ...CheckBase,
    kind: z.literal('rollup_mismatch'),
    own: z.number(),
    rollup: z.number(),
    difference: z.number(),
    percent: z.number().nullable(),
    reporting: Int,
    expected: Int,
  }),
  z.object({
    ...CheckBase,
    kind: z.literal('change_out_of_bounds'),
    current: z.number(),
    prior: z.number(),
    percent: z.number(),
    bound: z.number(),
  }),
]) satisfies z.ZodType<Check>;

const ScorecardRowSchema = z.object({
  indicator: ScorecardIndicatorSchema,
  targets: z.array(ScorecardTargetSchema),
  actual: ScorecardFigureSchema.nullable().describe('Số thực hiện mới nhất của năm (cộng dồn từ 1/1)'),
  estimate: ScorecardFigureSchema.nullable(),
  achievement: z.array(ScorecardAchievementSchema).describe('Tỷ lệ đạt theo từng nguồn chỉ tiêu'),
  change: ScorecardChangeSchema.nullable().describe('So với cùng kỳ'),
  status: ScorecardStatusSchema,
  statusDetail: StatusResultSchema,
  projection: ProjectionSchema.nullable().describe('Ước cả năm'),
  rollup: ScorecardRollupSchema.nullable().describe('Cộng từ các đơn vị cấp dưới'),
  checks: z.array(ScorecardCheckSchema),
}) satisfies z.ZodType<ScorecardRow>;

export const ScorecardSchema = z
  .object({
    unit: z.object({ id: Int, code: z.string(), name: z.string() }),
    year: Int,
    asOf: z.string().nullable(),
    rows: z.array(ScorecardRowSchema),
  })
  .describe('Bảng chỉ tiêu') satisfies z.ZodType<Scorecard>;

/**
 * The scorecard as served: the last computed version, which may lag the latest write by a recompute (the
 * X-Scorecard-Stale header says so, Age says how long ago it was computed).
 */
export const ServedScorecardSchema = ScorecardSchema.extend({
  asOfVersion: Int.describe(
    'Phiên bản dữ liệu khi tính bảng (một lần ghi có phiên bản ≤ số này thì đã có trong bảng)',
  ),
  computedAt: z.string().datetime().describe('Thời điểm tính bảng (ISO 8601)'),
}).describe('Bảng chỉ tiêu, kèm phiên bản dữ liệu và thời điểm tính');

export const scorecardAnswers = {
  json: answers({
    200: {
      description: 'Bảng chỉ tiêu (nén br/gzip khi Accept-Encoding cho phép; ETag, 304 khi chưa đổi)',
      content: { 'application/json': { schema: ServedScorecardSchema } },
    },
    304: NoContentSchema.describe('Không đổi so với ETag đã gửi'),
  }),
  xlsx: answers({ 200: download(XLSX_TYPE, 'Bảng chỉ tiêu dạng Excel') }),
  stateReport: answers({
    200: download(DOCX_TYPE, 'Báo cáo thể thức Nghị định 30/2020/NĐ-CP, kèm bảng chỉ tiêu'),
  }),
};

export const StateReportQuerySchema = ScorecardQuerySchema.extend({
  number: line(NAME_MAX).default('…/BC-UBND').describe('Số và ký hiệu, không có "Số:", ví dụ 12/BC-UBND'),
  date: IsoDateSchema.optional().describe('Ngày ban hành (mặc định: hôm nay, giờ Việt Nam)'),
  place: line(NAME_MAX).optional().describe('Địa danh (mặc định: tên địa phương của đơn vị)'),
  issuer: line(NAME_MAX)
    .optional()
    .describe('Dòng thứ hai của cơ quan ban hành khi tên đơn vị không cho biết, ví dụ "XÃ TRẦN THỚI"'),
  signerName: line(NAME_MAX).optional().describe('Họ tên người ký'),
});

const DataYearSchema = z.object({
  year: Int,
  figures: z.boolean().describe('Có số liệu (thực hiện hoặc ước) của đơn vị hoặc cấp dưới trong năm này'),
  targets: z.boolean().describe('Có chỉ tiêu áp dụng cho năm này (chỉ tiêu nhiệm kỳ tính cho từng năm)'),
});

export const DataYearsAnswer = z
  .object({ years: z.array(DataYearSchema).describe('Mới nhất trước') })
  .describe('Các năm có chỉ tiêu hoặc số liệu của đơn vị và cấp dưới');

export const dataYearsAnswers = { list: answers({ 200: DataYearsAnswer }) };
