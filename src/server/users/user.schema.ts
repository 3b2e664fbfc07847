import { z } from 'zod';

const UserFields = {
  username: z
    .string()
    .trim()
    .min(2)
    .max(60)
    .regex(/^[a-z0-9._-]+$/i, 'chỉ gồm chữ không dấu, số, dấu chấm, gạch')
    .describe('Tên đăng nhập'),
  displayName: z.string().trim().min(1).max(200).describe('Họ tên hiển thị'),
  password: z.string().min(8, 'mật khẩu cần ít nhất 8 ký tự').max(200).describe('Mật khẩu (ít nhất 8 ký tự)'),
  role: z.enum(['admin', 'editor', 'viewer']).describe('admin: quản trị; editor: nhập liệu; viewer: chỉ xem'),
  scopeUnitId: z.number().int().positive().nullable().describe('Gốc cây đơn vị được thấy; null = tất cả'),
};

export const UserCreateSchema = z.object(UserFields);

export const UserPatchSchema = z
  .object({
    displayName: UserFields.displayName,
    password: UserFields.password,
    role: UserFields.role,
    scopeUnitId: UserFields.scopeUnitId,
  })
  .partial();
