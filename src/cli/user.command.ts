// `tiendo user add NAME --admin [--password P]`: makes an account, the first admin included. The password
// comes from --password or TIENDO_PASSWORD, or is generated and printed once.

import { CONSOLE_OPERATOR } from '../app/access/unit-scope';
import { createAccountUseCases } from '../app/accounts/account.use-cases';
import { generatePassword } from '../app/accounts/password';
import { createUnitUseCases } from '../app/units/unit.use-cases';
import type { Role } from '../core/types';
import { findUnit } from '../core/unit-lookup';
import { withDatabase } from './cli-database';
import { PASSWD_USAGE, runPasswd } from './user-passwd.command';

const USAGE = `Cách dùng: tiendo user add TÊN_ĐĂNG_NHẬP [--admin | --role editor|viewer] [--scope ĐƠN_VỊ]
                         [--name "Họ tên"] [--password MẬT_KHẨU]
  Mật khẩu lấy từ --password, hoặc biến TIENDO_PASSWORD, hoặc được sinh ngẫu nhiên và in ra.`;

export interface UserAddArgs {
  username: string;
  role: Role;
  scope: string | null;
  displayName: string;
  password: string | null;
}

const VALUE_FLAGS = new Set(['--role', '--scope', '--name', '--password']);

/** The arguments of `user add`, or the reason they are wrong. */
export function parseUserAdd(args: string[], env: NodeJS.ProcessEnv): UserAddArgs | string {
  const [verb, ...rest] = args;
  if (verb !== 'add') return `tiendo user: chỉ có lệnh "add" và "passwd"\n${USAGE}\n${PASSWD_USAGE}`;
  const values: Record<string, string> = {};
  const positional: string[] = [];
  let admin = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--admin') admin = true;
    else if (VALUE_FLAGS.has(arg)) {
      const value = rest[++i];
      if (value === undefined) return `tiendo user add: ${arg} cần một giá trị`;
      values[arg] = value;
    } else if (arg.startsWith('--')) return `tiendo user add: không hiểu ${arg}\n${USAGE}`;
    else positional.push(arg);
  }
  if (positional.length !== 1) return `tiendo user add: cần đúng một tên đăng nhập\n${USAGE}`;
  const role = admin ? 'admin' : (values['--role'] ?? 'editor');
  if (role !== 'admin' && role !== 'editor' && role !== 'viewer') {
    return `tiendo user add: --role phải là admin, editor hoặc viewer, không phải "${role}"`;
  }
  // Scope null means every unit: only an administrator is given that, and only by saying --admin.
  if (role !== 'admin' && values['--scope'] === undefined) {
    return `tiendo user add: tài khoản ${role === 'viewer' ? 'chỉ xem' : 'nhập liệu'} cần --scope ĐƠN_VỊ (phạm vi làm việc); chỉ quản trị viên (--admin) có phạm vi toàn bộ`;
  }
  const username = positional[0]!;
  return {
    username,
    role,
    scope: values['--scope'] ?? null,
    displayName: values['--name'] ?? username,
    password: values['--password'] ?? (env.TIENDO_PASSWORD || null),
  };
}

export async function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (args[0] === 'passwd') return runPasswd(args.slice(1), env);
  const parsed = parseUserAdd(args, env);
  if (typeof parsed === 'string') {
    console.error(parsed);
    return 2;
  }
  if (parsed.password !== null && parsed.password.length < 8) {
    console.error('tiendo user add: mật khẩu cần ít nhất 8 ký tự');
    return 2;
  }
  return withDatabase(async (db) => {
    const scopeUnit =
      parsed.scope === null
        ? null
        : findUnit(await createUnitUseCases(db).list(CONSOLE_OPERATOR), parsed.scope, 'scope');
    const password = parsed.password ?? generatePassword();
    const user = await createAccountUseCases(db).create(CONSOLE_OPERATOR, {
      username: parsed.username,
      displayName: parsed.displayName,
      password,
      role: parsed.role,
      scopeUnitId: scopeUnit?.id ?? null,
    });
    const scope = scopeUnit ? scopeUnit.name : 'toàn bộ';
    console.log(`Đã tạo người dùng ${user.username} (${user.role}, phạm vi: ${scope}).`);
    if (parsed.password === null)
      console.log(`Mật khẩu: ${password}  (chỉ in một lần; hãy đổi sau khi đăng nhập)`);
    return 0;
  }, env);
}
