import { z } from 'zod';
import { UNIT_KINDS, type UnitKind } from '../../core/types';
import { IsoDateSchema } from '../shared/common.schema';

const UnitKindSchema = z
  .enum(UNIT_KINDS as [UnitKind, ...UnitKind[]])
  .describe('Loại đơn vị (cây Đảng và cây chính quyền tách riêng)');

const UnitFields = {
  code: z.string().trim().min(1).max(50).describe('Mã đơn vị, duy nhất, ví dụ HU_CAINUOC'),
  name: z.string().trim().min(1).max(200).describe('Tên đơn vị, ví dụ Huyện ủy Cái Nước'),
  kind: UnitKindSchema,
  parentId: z.number().int().positive().nullable().describe('Đơn vị cấp trên; null cho gốc'),
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

export const UnitPatchSchema = z.object(UnitFields).partial().refine(datesInOrder, DATE_ORDER);

export const UnitMergeSchema = z.object({
  successorId: z.number().int().positive().describe('Đơn vị kế thừa'),
  effectiveOn: IsoDateSchema.describe('Ngày có hiệu lực, ví dụ 2025-07-01'),
  kind: z.enum(['merge', 'split', 'rename']).describe('sáp nhập, chia tách hoặc đổi tên'),
});
