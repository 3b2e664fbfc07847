// `tiendo user passwd NAME [--password P]`: the operator at the console sets a user's password (a reset:
// a forgotten one cannot be proven), and every session of that user ends with the old password.
import { CONSOLE_OPERATOR } from '../app/access/unit-scope';
import { createAccountUseCases } from '../app/accounts/account.use-cases';
import { generatePassword } from '../app/accounts/password';
import { withDatabase } from './cli-database';

export const PASSWD_USAGE = `Cách dùng: tiendo user passwd TÊN_ĐĂNG_NHẬP [--password MẬT_KHẨU]
  Mật khẩu mới lấy từ --password, hoặc biến TIENDO_PASSWORD, hoặc được sinh ngẫu nhiên và in ra.`;

export interface UserPasswdArgs {
  username: string;
  password: string | null;
}

/** The arguments after `user passwd`, or the reason they are wrong. */
export function parseUserPasswd(args: string[], env: NodeJS.ProcessEnv): UserPasswdArgs | string {
  const positional: string[] = [];
  let password: string | null = env.TIENDO_PASSWORD || null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--password') {
      const value = args[++i];
      if (value === undefined) return 'tiendo user passwd: --password cần một giá trị';
      password = value;
    } else if (arg.startsWith('--')) return `tiendo user passwd: không hiểu ${arg}\n${PASSWD_USAGE}`;
    else positional.push(arg);
  }
  if (positional.length !== 1) return `tiendo user passwd: cần đúng một tên đăng nhập\n${PASSWD_USAGE}`;
  if (password !== null && password.length < 8) return 'tiendo user passwd: mật khẩu cần ít nhất 8 ký tự';
  return { username: positional[0]!, password };
}

export async function runPasswd(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const parsed = parseUserPasswd(args, env);
  if (typeof parsed === 'string') {
    console.error(parsed);
    return 2;
  }
  return withDatabase(async (db) => {
    const accounts = createAccountUseCases(db);
    const user = (await accounts.list(CONSOLE_OPERATOR)).find((u) => u.username === parsed.username);
    if (!user) {
      console.error(`tiendo user passwd: không có người dùng "${parsed.username}"`);
      return 2;
    }
    const password = parsed.password ?? generatePassword();
    await accounts.change(CONSOLE_OPERATOR, user.id, { password });
    console.log(`Đã đổi mật khẩu của ${user.username}; mọi phiên đăng nhập của người này đã kết thúc.`);
    if (parsed.password === null)
      console.log(`Mật khẩu: ${password}  (chỉ in một lần; hãy đổi sau khi đăng nhập)`);
    return 0;
  }, env);
}
