// Accounts and sessions: who may see and change what.
import { z } from 'zod';
import type { User } from '../core/types';
import { answers, IdSchema, NAME_MAX, NoBodySchema, NoContentSchema, patchOf } from './common.schema';

const RoleSchema = z
  .enum(['admin', 'editor', 'viewer'])
  .describe('admin: quản trị; editor: nhập liệu; viewer: chỉ xem');

const UserFields = {
  username: z
    .string()
    .trim()
    .min(2)
    .max(60)
    .regex(/^[a-z0-9._-]+$/i, 'chỉ gồm chữ không dấu, số, dấu chấm, gạch')
    .describe('Tên đăng nhập'),
  displayName: z.string().trim().min(1).max(NAME_MAX).describe('Họ tên hiển thị'),
  password: z.string().min(8, 'mật khẩu cần ít nhất 8 ký tự').max(200).describe('Mật khẩu (ít nhất 8 ký tự)'),
  role: RoleSchema,
  scopeUnitId: IdSchema.nullable().describe('Gốc cây đơn vị được thấy; null = tất cả'),
};

export const UserCreateSchema = z.object(UserFields);

const { username: _username, ...changeable } = UserFields;
export const UserPatchSchema = patchOf(changeable);

export const UserSchema = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string().describe('Họ tên hiển thị'),
    role: RoleSchema,
    scopeUnitId: z.number().int().nullable().describe('Gốc cây đơn vị người dùng được thấy; null = tất cả'),
  })
  .describe('Người dùng') satisfies z.ZodType<User>;

export const AccountSchema = UserSchema.extend({
  active: z.boolean().describe('false: tài khoản đã bị khóa, không đăng nhập được'),
});

export const UserListAnswer = z.object({ users: z.array(AccountSchema) });

export const UserActiveSchema = z.object({
  active: z.boolean().describe('false: khóa tài khoản (mọi phiên kết thúc); true: mở lại'),
});
export const UserAnswer = z.object({ user: UserSchema });

export const LoginSchema = z.object({
  username: z.string().trim().min(1).max(100).describe('Tên đăng nhập'),
  password: z.string().min(1).max(200).describe('Mật khẩu'),
});

export const SessionAnswerSchema = z.object({
  user: UserSchema,
  csrfToken: z.string().describe('Gửi lại trong header x-csrf-token ở mọi yêu cầu thay đổi dữ liệu'),
});

export const LogoutBodySchema = NoBodySchema;

export const PasswordChangeSchema = z.object({
  currentPassword: z.string().min(1).max(200).describe('Mật khẩu đang dùng'),
  newPassword: UserFields.password.describe('Mật khẩu mới (ít nhất 8 ký tự)'),
});

export const userAnswers = {
  list: answers({ 200: UserListAnswer }),
  created: answers({ 201: UserAnswer }),
  changed: answers({ 200: UserAnswer }),
  activated: answers({ 200: z.object({ user: AccountSchema }) }),
  session: answers({ 200: SessionAnswerSchema }),
  loggedOut: answers({ 204: NoContentSchema }),
  passwordChanged: answers({ 204: NoContentSchema }),
};
