// `tiendo user add` over a real embedded database in a temporary DATA_DIR: it calls the account use case,
// and an account that is not an admin must name its unit (never a silent scope "toàn bộ").
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../app/accounts/password';
import { openDatabase } from '../db/database';
import { buildUnit } from '../db/factories';
import { createSessionRepository } from '../db/session.repository';
import { createUnitRepository } from '../db/unit.repository';
import { createUserRepository } from '../db/user.repository';
import { capture, embeddedDataDirFor } from './testing';
import { parseUserAdd, run } from './user.command';

const PASSWORD = ['--password', 'mat-khau-dai-du'];

let districtId = 0;
const { env } = embeddedDataDirFor('user', async (db) => {
  districtId = (await createUnitRepository(db).create(buildUnit(), { userId: null })).id;
});

async function storedUsers() {
  const database = await openDatabase({ dataDir: env.DATA_DIR });
  try {
    return (await createUserRepository(database.db).findAll()).map((u) => [
      u.username,
      u.role,
      u.scopeUnitId,
    ]);
  } finally {
    await database.close();
  }
}

describe('tiendo user add', () => {
  it('refuses an editor or a viewer without --scope with exit 2, creating nobody', async () => {
    const before = await storedUsers();
    for (const args of [
      ['add', 'nl.cainuoc'],
      ['add', 'xem.cainuoc', '--role', 'viewer'],
    ]) {
      const { code, err } = await capture(() => run([...args, ...PASSWORD], env));
      expect(code).toBe(2);
      expect(err).toContain(
        'cần --scope ĐƠN_VỊ (phạm vi làm việc); chỉ quản trị viên (--admin) có phạm vi toàn bộ',
      );
    }
    expect(parseUserAdd(['add', 'nl.cainuoc', '--scope', 'HU_CAINUOC'], {})).toMatchObject({
      role: 'editor',
      scope: 'HU_CAINUOC',
    });
    expect(await storedUsers()).toEqual(before);
  });

  it('creates an editor in the unit named by code or name, and an admin of everything with --admin', async () => {
    const before = await storedUsers();
    const editor = await capture(() =>
      run(['add', 'nl.cainuoc', '--scope', 'Huyện ủy Cái Nước', '--name', 'Nguyễn Văn A', ...PASSWORD], env),
    );
    expect(editor).toMatchObject({
      code: 0,
      out: 'Đã tạo người dùng nl.cainuoc (editor, phạm vi: Huyện ủy Cái Nước).',
    });
    const admin = await capture(() => run(['add', 'admin', '--admin', ...PASSWORD], env));
    expect(admin).toMatchObject({ code: 0, out: 'Đã tạo người dùng admin (admin, phạm vi: toàn bộ).' });
    expect(await storedUsers()).toEqual([
      ...before,
      ['nl.cainuoc', 'editor', districtId],
      ['admin', 'admin', null],
    ]);
  });

  it('refuses an unknown unit and a taken username with exit 2 naming what is wrong', async () => {
    const unknown = await capture(() => run(['add', 'nl.damdoi', '--scope', 'HU_DAMDOI', ...PASSWORD], env));
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe('tiendo: scope: không có đơn vị nào có mã hoặc tên "HU_DAMDOI"');
    expect((await capture(() => run(['add', 'qt.tinh', '--admin', ...PASSWORD], env))).code).toBe(0);
    const before = await storedUsers();
    const taken = await capture(() => run(['add', 'qt.tinh', '--admin', ...PASSWORD], env));
    expect(taken.code).toBe(2);
    expect(taken.err).toContain('username: đã có người dùng tên đăng nhập qt.tinh');
    expect(await storedUsers()).toEqual(before);
  });

  it('passwd sets a new password and ends every session; an unknown user or a short one exits 2', async () => {
    await capture(() => run(['add', 'quen.matkhau', '--scope', 'HU_CAINUOC', ...PASSWORD], env));
    const database = await openDatabase({ dataDir: env.DATA_DIR });
    const user = (await createUserRepository(database.db).findByUsernameWithHash('quen.matkhau'))!;
    const expiresAt = new Date(Date.now() + 3_600_000);
    await createSessionRepository(database.db).create({
      id: 'phien-cu',
      userId: user.id,
      csrfToken: 'x',
      expiresAt,
    });
    await database.close();

    const changed = await capture(() =>
      run(['passwd', 'quen.matkhau', '--password', 'mat-khau-moi-2024'], env),
    );
    expect(changed).toMatchObject({
      code: 0,
      out: 'Đã đổi mật khẩu của quen.matkhau; mọi phiên đăng nhập của người này đã kết thúc.',
    });
    const unknown = await capture(() => run(['passwd', 'khong.co', ...PASSWORD], env));
    expect([unknown.code, unknown.err]).toEqual([2, 'tiendo user passwd: không có người dùng "khong.co"']);
    const short = await capture(() => run(['passwd', 'quen.matkhau', '--password', 'ngan'], env));
    expect([short.code, short.err]).toEqual([2, 'tiendo user passwd: mật khẩu cần ít nhất 8 ký tự']);

    const after = await openDatabase({ dataDir: env.DATA_DIR });
    const stored = (await createUserRepository(after.db).findByUsernameWithHash('quen.matkhau'))!;
    const session = await createSessionRepository(after.db).findValid('phien-cu');
    await after.close();
    expect(await verifyPassword(stored.passwordHash, 'mat-khau-moi-2024')).toBe(true);
    expect(session).toBeNull();
  });
});
