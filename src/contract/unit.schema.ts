// Units of the hierarchy and the links that carry them through merges, splits and renames.
import { z } from 'zod';
import { UNIT_KINDS, type Unit, type UnitKind, type UnitLink } from '../core/types';
import { answers, download, IdSchema, IsoDateSchema, line, patchOf, uploadBody } from './common.schema';
import { listOf, recordAnswers, under } from './record.schema';

export const UnitKindSchema = z
  .enum(UNIT_KINDS as [UnitKind, ...UnitKind[]])
  .describe('Loại đơn vị (cây Đảng và cây chính quyền tách riêng)');

const UnitFields = {
  code: line(50).describe('Mã đơn vị, duy nhất, ví dụ HU_CAINUOC'),
  name: line(200).describe('Tên đơn vị, ví dụ Huyện ủy Cái Nước'),
  kind: UnitKindSchema,
  parentId: IdSchema.nullable().describe('Đơn vị cấp trên; null cho gốc'),
  validFrom: IsoDateSchema.nullable().describe('Ngày thành lập; null nếu không rõ'),
  validTo: IsoDateSchema.nullable().describe('Ngày chấm dứt (sáp nhập, chia tách); null khi còn hoạt động'),
};

const datesInOrder = (u: { validFrom?: string | null; validTo?: string | null }) =>
  !u.validFrom || !u.validTo || u.validFrom <= u.validTo;
const DATE_ORDER = { message: 'validTo phải sau hoặc bằng validFrom', path: ['validTo'] };

export const UnitCreateSchema = z
  .object({
    ...UnitFields,
    parentId: UnitFields.parentId.default(null),
    validFrom: UnitFields.validFrom.default(null),
    validTo: UnitFields.validTo.default(null),
  })
  .refine(datesInOrder, DATE_ORDER);

export const UnitPatchSchema = patchOf(UnitFields).refine(datesInOrder, DATE_ORDER);

export const UnitMergeSchema = z.object({
  successorId: IdSchema.describe('Đơn vị kế thừa'),
  effectiveOn: IsoDateSchema.describe('Ngày có hiệu lực, ví dụ 2025-07-01'),
  kind: z.enum(['merge', 'split', 'rename']).describe('sáp nhập, chia tách hoặc đổi tên'),
});

export const UnitSchema = z
  .object({
    id: z.number().int(),
    code: z.string(),
    name: z.string(),
    kind: UnitKindSchema,
    parentId: z.number().int().nullable(),
    validFrom: z.string().nullable(),
    validTo: z.string().nullable(),
  })
  .describe('Đơn vị') satisfies z.ZodType<Unit>;

export const UnitLinkSchema = z
  .object({
    predecessorId: z.number().int(),
    successorId: z.number().int(),
    kind: UnitMergeSchema.shape.kind,
    effectiveOn: z.string(),
    scope: z.enum(['whole', 'part']).describe('Toàn bộ hay một phần đơn vị cũ'),
    share: z.number().gt(0).max(1).nullable().describe('Tỷ lệ của phần chuyển sang (0–1), nếu văn bản nêu'),
    basis: z.enum(['population', 'area']).nullable().describe('Tỷ lệ theo dân số hay diện tích'),
    document: z.string().nullable().describe('Văn bản sắp xếp, ví dụ 1655/NQ-UBTVQH15'),
  })
  .describe('Liên kết kế thừa') satisfies z.ZodType<UnitLink>;

export const UnitListAnswer = listOf('units', UnitSchema);
export const UnitDetailAnswer = z.object({
  unit: UnitSchema,
  predecessors: z.array(UnitLinkSchema),
  successors: z.array(UnitLinkSchema),
  linked: z
    .array(UnitSchema)
    .describe(
      'Các đơn vị mà liên kết nêu tên (cả khi ngoài phạm vi của người đọc), để lịch sử đơn vị đọc được bằng tên',
    ),
});

export const unitAnswers = {
  ...recordAnswers('unit', UnitSchema),
  list: answers({ 200: UnitListAnswer }),
  detail: answers({ 200: UnitDetailAnswer }),
  merged: answers({ 200: under('link', UnitLinkSchema) }),
};

export const ArrangementBodySchema = uploadBody(
  'Phương án sắp xếp .csv hoặc .xlsx, một dòng mỗi cặp đơn vị cũ → mới',
);

export const ArrangementQuerySchema = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('true: chỉ xem trước, không ghi'),
  effectiveOn: IsoDateSchema.optional().describe('Ngày hiệu lực khi tệp không có cột effective_on'),
  document: line(100).optional().describe('Văn bản sắp xếp khi tệp không có cột document'),
});

export const ArrangementAnswer = z.object({
  applied: z.boolean().describe('Đã ghi (false khi xem trước hoặc đã áp dụng trước đây)'),
  alreadyApplied: z.boolean().describe('Mọi liên kết của tệp đã có: áp dụng lại không đổi gì'),
  recordedRows: z
    .array(z.number().int())
    .describe('Các dòng mà liên kết đã ghi trước đây, đúng như dòng nói: bỏ qua, không ghi lại'),
  newUnits: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      kind: UnitKindSchema,
      parentCode: z.string().nullable(),
      validFrom: z.string(),
    }),
  ),
  endingUnits: z.array(z.object({ code: z.string(), name: z.string(), validTo: z.string() })),
  links: z.array(
    z.object({
      row: z.number().int(),
      predecessorCode: z.string(),
      successorCode: z.string(),
      scope: z.enum(['whole', 'part']),
      share: z.number().nullable(),
      basis: z.enum(['population', 'area']).nullable(),
      population: z.number().nullable(),
      areaKm2: z.number().nullable(),
      effectiveOn: z.string(),
      document: z.string().nullable(),
    }),
  ),
  dissolutions: z
    .array(z.object({ row: z.number().int(), code: z.string(), name: z.string(), validTo: z.string() }))
    .describe('Đơn vị giải thể, không có đơn vị kế thừa'),
  directiveMoves: z
    .array(
      z.object({
        directiveId: z.number().int(),
        text: z.string(),
        fromCode: z.string(),
        fromName: z.string(),
        toCode: z.string().nullable(),
        toName: z.string().nullable(),
        reason: z.string(),
      }),
    )
    .describe(
      'Kết luận, chỉ đạo đang mở của đơn vị kết thúc và đơn vị nhận (null: tệp phải ghi directive_successor)',
    ),
  inheritedFigures: z
    .array(
      z.object({
        predecessorCode: z.string(),
        successorCode: z.string(),
        figures: z.number().int(),
        inherited: z.boolean(),
        gap: z.string().nullable(),
      }),
    )
    .describe('Theo từng liên kết: số liệu của đơn vị cũ và đơn vị mới có kế thừa không'),
  endingAccounts: z
    .array(z.object({ username: z.string(), displayName: z.string(), scopeCode: z.string() }))
    .describe('Tài khoản có phạm vi là đơn vị kết thúc: cần chuyển sang đơn vị mới'),
});

export const arrangementAnswers = {
  arranged: answers({ 200: ArrangementAnswer }),
  csvTemplate: answers({
    200: download(
      'text/csv; charset=utf-8',
      'Mẫu phương án sắp xếp .csv, ví dụ xã Cái Nước theo Nghị quyết 1655/NQ-UBTVQH15',
    ),
  }),
};
