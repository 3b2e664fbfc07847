// The indicator catalog: what is measured, in what unit, how it rolls up.
import { z } from 'zod';
import { CATEGORY_NAMES_VI, categoryOf, INDICATOR_CATEGORIES } from '../core/indicator-category';
import type { Aggregation, Indicator, Versioned } from '../core/types';
import { answers, IdSchema, line, NAME_MAX, VersionSchema, versionedPatchOf } from './common.schema';
import { listOf, recordAnswers } from './record.schema';

const AggregationSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('sum') }),
    z.object({ kind: z.literal('mean') }),
    z.object({
      kind: z.literal('ratio'),
      numeratorCode: line(50).describe('Mã chỉ tiêu tử số, ví dụ số người có BHYT'),
      denominatorCode: line(50).describe('Mã chỉ tiêu mẫu số, ví dụ dân số'),
      factor: z.number().positive().describe('Hệ số, 100 cho tỷ lệ %'),
    }),
    z.object({ kind: z.literal('none') }),
  ])
  .describe(
    'Cách cộng lên cấp trên: tổng, trung bình, tỷ lệ của hai chỉ tiêu, hoặc không cộng',
  ) satisfies z.ZodType<Aggregation>;

const CATEGORY_LIST = INDICATOR_CATEGORIES.map((c) => `${c} (${CATEGORY_NAMES_VI[c]})`).join(', ');

/** A category of the one list, given by its code or its Vietnamese name; anything else is refused. */
function CategorySchema() {
  return z
    .string()
    .max(100)
    .transform((text, ctx) => {
      const code = categoryOf(text);
      if (code) return code;
      ctx.addIssue({
        code: 'custom',
        message: `Lĩnh vực "${text}" không có trong danh mục: ${CATEGORY_LIST}`,
      });
      return z.NEVER;
    })
    .describe(`Lĩnh vực của chỉ tiêu, một trong: ${CATEGORY_LIST}`);
}

const IndicatorFields = {
  code: line(50).describe('Mã chỉ tiêu, duy nhất, ví dụ TS_TOM'),
  nameVi: line(NAME_MAX).describe('Tên tiếng Việt'),
  nameEn: z.string().trim().max(NAME_MAX).describe('Tên tiếng Anh'),
  measure: line(50).describe('Đơn vị tính: tấn, tỷ đồng, %, người …'),
  nature: z.enum(['flow', 'stock']).describe('flow: cộng dồn trong năm; stock: số thời điểm'),
  aggregation: AggregationSchema,
  polarity: z.enum(['higher_is_better', 'lower_is_better']).describe('Cao hơn là tốt hơn, hay thấp hơn'),
  category: CategorySchema(),
  decimals: z.number().int().min(0).max(6).describe('Số chữ số thập phân khi hiển thị'),
  parentId: IdSchema.nullable().describe('Chỉ tiêu cha (tôm thuộc thủy sản)'),
  minValue: z.number().finite().nullable().describe('Giá trị nhỏ nhất hợp lệ, ví dụ 0'),
  maxValue: z.number().finite().nullable().describe('Giá trị lớn nhất hợp lệ, ví dụ 100 cho %'),
  synonyms: z.array(line(NAME_MAX)).max(200).describe('Cách gọi khác trong báo cáo'),
};

const rangeInOrder = (i: { minValue?: number | null; maxValue?: number | null }) =>
  i.minValue == null || i.maxValue == null || i.minValue <= i.maxValue;
const RANGE_ORDER = { message: 'maxValue phải lớn hơn hoặc bằng minValue', path: ['maxValue'] };

export const IndicatorCreateSchema = z
  .object({
    ...IndicatorFields,
    nameEn: IndicatorFields.nameEn.default(''),
    category: IndicatorFields.category.default('khac'),
    decimals: IndicatorFields.decimals.default(0),
    parentId: IndicatorFields.parentId.default(null),
    minValue: IndicatorFields.minValue.default(null),
    maxValue: IndicatorFields.maxValue.default(null),
    synonyms: IndicatorFields.synonyms.default([]),
  })
  .refine(rangeInOrder, RANGE_ORDER);

export const IndicatorPatchSchema = versionedPatchOf(IndicatorFields).refine(rangeInOrder, RANGE_ORDER);

export const IndicatorSchema = z
  .object({
    id: z.number().int(),
    code: z.string(),
    nameVi: z.string(),
    nameEn: z.string(),
    measure: z.string(),
    nature: IndicatorFields.nature,
    aggregation: AggregationSchema,
    polarity: IndicatorFields.polarity,
    category: z.string(),
    decimals: z.number().int(),
    parentId: z.number().int().nullable(),
    minValue: z.number().nullable(),
    maxValue: z.number().nullable(),
    synonyms: z.array(z.string()),
    version: VersionSchema,
  })
  .describe('Chỉ tiêu') satisfies z.ZodType<Versioned<Indicator>>;

export const IndicatorListAnswer = listOf('indicators', IndicatorSchema);

export const indicatorAnswers = {
  list: answers({ 200: IndicatorListAnswer }),
  ...recordAnswers('indicator', IndicatorSchema),
};
