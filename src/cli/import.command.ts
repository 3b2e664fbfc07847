// `tiendo import FILE [--as USER]`: imports targets and figures from a CSV or XLSX file, all rows or none,
// listing every bad row with its number. Without --as it acts as the system with the widest scope.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { createApplication } from '../app/application';
import { isDomainError } from '../core/errors';
import { createUserRepository } from '../db/user.repository';
import { withDatabase } from './cli-database';

const USAGE = 'Cách dùng: tiendo import TỆP.csv|TỆP.xlsx [--as TÊN_ĐĂNG_NHẬP]';

function parseArgs(args: string[]): { file: string; as: string | null } | string {
  const asIndex = args.indexOf('--as');
  const as = asIndex >= 0 ? (args[asIndex + 1] ?? null) : null;
  if (asIndex >= 0 && as === null) return `--as cần tên đăng nhập\n${USAGE}`;
  const rest = asIndex >= 0 ? args.filter((_, i) => i !== asIndex && i !== asIndex + 1) : args;
  if (rest.length !== 1 || rest[0]!.startsWith('--')) return `cần đúng một tệp\n${USAGE}`;
  return { file: rest[0]!, as };
}

export async function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    console.error(`tiendo import: ${parsed}`);
    return 2;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(parsed.file);
  } catch (error) {
    console.error(`tiendo import: không đọc được ${parsed.file} (${(error as NodeJS.ErrnoException).code})`);
    return 2;
  }
  return withDatabase(async (db) => {
    const found =
      parsed.as === null ? null : await createUserRepository(db).findByUsernameWithHash(parsed.as);
    if (parsed.as !== null && !found) {
      console.error(`tiendo import: không có người dùng ${parsed.as}`);
      return 2;
    }
    if (found?.role === 'viewer') {
      console.error(`tiendo import: ${found.username} chỉ có quyền xem, không được nhập dữ liệu`);
      return 2;
    }
    // Without --as the file is imported by nobody in particular, over every unit.
    const importer = found
      ? { userId: found.id, scopeUnitId: found.scopeUnitId }
      : { userId: null, scopeUnitId: null };
    try {
      const done = await createApplication(db).imports.importFile(basename(parsed.file), bytes, importer);
      console.log(`Đã nhập ${done.targets} chỉ tiêu và ${done.observations} số liệu từ ${parsed.file}.`);
      return 0;
    } catch (error) {
      if (!isDomainError(error) || error.code !== 'invalid_rows') throw error;
      const rows = (error.extra.rows ?? []) as { row: number; field: string; reason: string }[];
      console.error(`tiendo import: ${parsed.file} có ${rows.length} lỗi, chưa ghi dòng nào:`);
      for (const r of rows) console.error(`  dòng ${r.row} (${r.field}): ${r.reason}`);
      return 2;
    }
  }, env);
}
