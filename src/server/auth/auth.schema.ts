import { z } from 'zod';

export const LoginSchema = z.object({
  username: z.string().trim().min(1).max(100).describe('Tên đăng nhập'),
  password: z.string().min(1).max(200).describe('Mật khẩu'),
});

export const UserSchema = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string().describe('Họ tên hiển thị'),
    role: z
      .enum(['admin', 'editor', 'viewer'])
      .describe('admin: quản trị; editor: nhập liệu; viewer: chỉ xem'),
    scopeUnitId: z.number().int().nullable().describe('Gốc cây đơn vị người dùng được thấy; null = tất cả'),
  })
  .describe('Người dùng');

export const SessionAnswerSchema = z.object({
  user: UserSchema,
  csrfToken: z.string().describe('Gửi lại trong header x-csrf-token ở mọi yêu cầu thay đổi dữ liệu'),
});
