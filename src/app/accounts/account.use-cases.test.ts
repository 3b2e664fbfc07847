// The account use cases on a real database: which changes end a user's sessions (a reset, a password
// change, a demotion, a scope change) and which leave them, and the scope an admin may hand out.
import { beforeEach, describe, expect, it } from 'vitest';
import type { User } from '../../core/types';
import { createSessionRepository } from '../../db/session.repository';
import { seededDatabase, testDatabases } from '../../db/testing';
import { seedCaMau } from '../testing/ca-mau';
import { createAccountUseCases, endsSessions } from './account.use-cases';

const root = { id: null, role: 'admin' as const, scopeUnitId: null };

describe('endsSessions', () => {
  const editor = { role: 'editor' as const, scopeUnitId: 7 };
  it('ends them on a new password, a lower role or another scope, not otherwise', () => {
    expect(endsSessions(editor, { password: 'mật-khẩu-mới' })).toBe(true);
    expect(endsSessions(editor, { role: 'viewer' })).toBe(true);
    expect(endsSessions(editor, { scopeUnitId: 8 })).toBe(true);
    expect(endsSessions(editor, { scopeUnitId: null })).toBe(true);
    expect(endsSessions(editor, { role: 'admin' })).toBe(false);
    expect(endsSessions(editor, { scopeUnitId: 7, role: 'editor' })).toBe(false);
    expect(endsSessions(editor, { displayName: 'Nguyễn Văn A' })).toBe(false);
  });
});

describe.each(testDatabases())('account use cases on $name', (database) => {
  const world = seededDatabase(database, async (db) => {
    const caMau = await seedCaMau(db);
    const accounts = createAccountUseCases(db);
    const districtAdmin = await accounts.create(root, {
      password: 'mật-khẩu-cũ',
      displayName: 'Cán bộ',
      username: 'qt.cainuoc',
      role: 'admin',
      scopeUnitId: caMau.district.id,
    });
    return { ...caMau, accounts, districtAdmin };
  });
  let editor: User;
  let serial = 0;

  async function signIn(user: User): Promise<string> {
    const id = `phiên-${user.id}-${++serial}`;
    const expiresAt = new Date(Date.now() + 3_600_000);
    await createSessionRepository(world.db).create({ id, userId: user.id, csrfToken: 'x', expiresAt });
    return id;
  }

  const liveSessions = async (sessionIds: string[]) => {
    const live: string[] = [];
    for (const id of sessionIds) if (await createSessionRepository(world.db).findValid(id)) live.push(id);
    return live;
  };

  beforeEach(async () => {
    editor = await world.accounts.create(root, {
      password: 'mật-khẩu-cũ',
      displayName: 'Cán bộ nhập liệu',
      username: `nl.cainuoc.${++serial}`,
      role: 'editor',
      scopeUnitId: world.district.id,
    });
  });

  it('a password reset by an admin ends every session of that user', async () => {
    const sessions = [await signIn(editor), await signIn(editor)];
    await world.accounts.change(world.districtAdmin, editor.id, { password: 'mật-khẩu-mới' });
    expect(await liveSessions(sessions)).toEqual([]);
  });

  it('who changes their own password stays signed in only where they did it', async () => {
    const here = await signIn(world.districtAdmin);
    const elsewhere = await signIn(world.districtAdmin);
    await world.accounts.change(
      world.districtAdmin,
      world.districtAdmin.id,
      { password: 'mật-khẩu-mới' },
      { keepSession: here },
    );
    expect(await liveSessions([here, elsewhere])).toEqual([here]);
  });

  it('a demotion and a scope change end the sessions; a new display name or a promotion does not', async () => {
    const kept = await signIn(editor);
    await world.accounts.change(world.districtAdmin, editor.id, { displayName: 'Trần Thị B' });
    await world.accounts.change(root, editor.id, { role: 'admin' });
    expect(await liveSessions([kept])).toEqual([kept]);
    await world.accounts.change(root, editor.id, { role: 'viewer' });
    expect(await liveSessions([kept])).toEqual([]);
    const again = await signIn(editor);
    await world.accounts.change(root, editor.id, { scopeUnitId: world.province.id });
    expect(await liveSessions([again])).toEqual([]);
  });

  it('a district admin may not grant scope "toàn bộ" or another district, and nothing changes', async () => {
    const session = await signIn(editor);
    await expect(
      world.accounts.change(world.districtAdmin, editor.id, { scopeUnitId: null }),
    ).rejects.toMatchObject({
      code: 'forbidden',
      field: 'scopeUnitId',
    });
    await expect(
      world.accounts.change(world.districtAdmin, editor.id, {
        scopeUnitId: world.other.id,
        password: 'mật-khẩu-mới',
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(await liveSessions([session])).toEqual([session]);
    const [stored] = (await world.accounts.list(root)).filter((u) => u.id === editor.id);
    expect(stored).toMatchObject({ role: 'editor', scopeUnitId: world.district.id });
  });

  it('an admin sees and changes only the accounts inside their scope', async () => {
    const outsider = await world.accounts.create(root, {
      password: 'mật-khẩu-cũ',
      displayName: 'Cán bộ Đầm Dơi',
      username: `nl.damdoi.${serial}`,
      role: 'editor',
      scopeUnitId: world.other.id,
    });
    const seen = (await world.accounts.list(world.districtAdmin)).map((u) => u.username);
    expect(seen).toContain(editor.username);
    expect(seen).not.toContain(outsider.username);
    await expect(
      world.accounts.change(world.districtAdmin, outsider.id, { role: 'viewer' }),
    ).rejects.toMatchObject({
      code: 'not_found',
      field: 'id',
    });
    await expect(world.accounts.list(editor)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('an editor or viewer with no unit is refused, on creation and on change, and nothing is stored', async () => {
    const noScope = { password: 'mật-khẩu-cũ', displayName: 'Không phạm vi', scopeUnitId: null };
    await expect(
      world.accounts.create(root, { ...noScope, username: `khong.phamvi.${serial}`, role: 'viewer' }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'scopeUnitId',
      message:
        'scopeUnitId: tài khoản chỉ xem cần một đơn vị làm phạm vi; chỉ quản trị viên có phạm vi toàn bộ',
    });
    await expect(world.accounts.change(root, editor.id, { scopeUnitId: null })).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'scopeUnitId',
    });
    const rootAdmin = await world.accounts.create(root, {
      ...noScope,
      username: `qt.toanbo.${serial}`,
      role: 'admin',
    });
    await expect(world.accounts.change(root, rootAdmin.id, { role: 'editor' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    const stored = (await world.accounts.list(root)).filter((u) => [editor.id, rootAdmin.id].includes(u.id));
    expect(stored.map((u) => [u.role, u.scopeUnitId])).toEqual([
      ['editor', world.district.id],
      ['admin', null],
    ]);
    expect((await world.accounts.list(root)).some((u) => u.username === `khong.phamvi.${serial}`)).toBe(
      false,
    );
  });

  it('a user changes their own password with the current one; only the session they used stays', async () => {
    const here = await signIn(editor);
    const elsewhere = await signIn(editor);
    const change = { currentPassword: 'mật-khẩu-cũ', newPassword: 'mật-khẩu-riêng-2024' };
    await world.accounts.changeOwnPassword(editor, change, { keepSession: here });
    expect(await liveSessions([here, elsewhere])).toEqual([here]);
    await expect(world.accounts.changeOwnPassword(editor, change)).rejects.toMatchObject({
      code: 'forbidden',
      field: 'currentPassword',
      message: 'currentPassword: mật khẩu hiện tại không đúng',
    });
    expect(await liveSessions([here])).toEqual([here]);
  });
});
