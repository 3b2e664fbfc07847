// The account use cases on a real database: which changes end a user's sessions (a reset, a password
// change, a demotion, a scope change) and which leave them, and the scope an admin may hand out.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Unit, User } from '../../core/types';
import type { Db } from '../../db/database';
import { createSessionRepository } from '../../db/session.repository';
import { testDatabases } from '../../db/testing';
import { seedCaMau } from '../testing/ca-mau';
import { type AccountUseCases, createAccountUseCases, endsSessions } from './account.use-cases';

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

describe.each(testDatabases())('account use cases on $name', ({ open }) => {
  let db: Db;
  let close: () => Promise<void>;
  let province: Unit;
  let district: Unit;
  let other: Unit;
  let accounts: AccountUseCases;
  let districtAdmin: User;
  let editor: User;
  let serial = 0;

  async function signIn(user: User): Promise<string> {
    const id = `phiên-${user.id}-${++serial}`;
    const expiresAt = new Date(Date.now() + 3_600_000);
    await createSessionRepository(db).create({ id, userId: user.id, csrfToken: 'x', expiresAt });
    return id;
  }

  const liveSessions = async (sessionIds: string[]) => {
    const live: string[] = [];
    for (const id of sessionIds) if (await createSessionRepository(db).findValid(id)) live.push(id);
    return live;
  };

  beforeAll(async () => {
    ({ db, close } = await open());
    ({ province, district, other } = await seedCaMau(db));
    accounts = createAccountUseCases(db);
    const account = { password: 'mật-khẩu-cũ', displayName: 'Cán bộ' };
    districtAdmin = await accounts.create(root, {
      ...account,
      username: 'qt.cainuoc',
      role: 'admin',
      scopeUnitId: district.id,
    });
  });
  afterAll(() => close());

  beforeEach(async () => {
    editor = await accounts.create(root, {
      password: 'mật-khẩu-cũ',
      displayName: 'Cán bộ nhập liệu',
      username: `nl.cainuoc.${++serial}`,
      role: 'editor',
      scopeUnitId: district.id,
    });
  });

  it('a password reset by an admin ends every session of that user', async () => {
    const sessions = [await signIn(editor), await signIn(editor)];
    await accounts.change(districtAdmin, editor.id, { password: 'mật-khẩu-mới' });
    expect(await liveSessions(sessions)).toEqual([]);
  });

  it('who changes their own password stays signed in only where they did it', async () => {
    const here = await signIn(districtAdmin);
    const elsewhere = await signIn(districtAdmin);
    await accounts.change(
      districtAdmin,
      districtAdmin.id,
      { password: 'mật-khẩu-mới' },
      { keepSession: here },
    );
    expect(await liveSessions([here, elsewhere])).toEqual([here]);
  });

  it('a demotion and a scope change end the sessions; a new display name or a promotion does not', async () => {
    const kept = await signIn(editor);
    await accounts.change(districtAdmin, editor.id, { displayName: 'Trần Thị B' });
    await accounts.change(root, editor.id, { role: 'admin' });
    expect(await liveSessions([kept])).toEqual([kept]);
    await accounts.change(root, editor.id, { role: 'viewer' });
    expect(await liveSessions([kept])).toEqual([]);
    const again = await signIn(editor);
    await accounts.change(root, editor.id, { scopeUnitId: province.id });
    expect(await liveSessions([again])).toEqual([]);
  });

  it('a district admin may not grant scope "toàn bộ" or another district, and nothing changes', async () => {
    const session = await signIn(editor);
    await expect(accounts.change(districtAdmin, editor.id, { scopeUnitId: null })).rejects.toMatchObject({
      code: 'forbidden',
      field: 'scopeUnitId',
    });
    await expect(
      accounts.change(districtAdmin, editor.id, { scopeUnitId: other.id, password: 'mật-khẩu-mới' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(await liveSessions([session])).toEqual([session]);
    const [stored] = (await accounts.list(root)).filter((u) => u.id === editor.id);
    expect(stored).toMatchObject({ role: 'editor', scopeUnitId: district.id });
  });

  it('an admin sees and changes only the accounts inside their scope', async () => {
    const outsider = await accounts.create(root, {
      password: 'mật-khẩu-cũ',
      displayName: 'Cán bộ Đầm Dơi',
      username: `nl.damdoi.${serial}`,
      role: 'editor',
      scopeUnitId: other.id,
    });
    const seen = (await accounts.list(districtAdmin)).map((u) => u.username);
    expect(seen).toContain(editor.username);
    expect(seen).not.toContain(outsider.username);
    await expect(accounts.change(districtAdmin, outsider.id, { role: 'viewer' })).rejects.toMatchObject({
      code: 'not_found',
      field: 'id',
    });
    await expect(accounts.list(editor)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('an editor or viewer with no unit is refused, on creation and on change, and nothing is stored', async () => {
    const noScope = { password: 'mật-khẩu-cũ', displayName: 'Không phạm vi', scopeUnitId: null };
    await expect(
      accounts.create(root, { ...noScope, username: `khong.phamvi.${serial}`, role: 'viewer' }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'scopeUnitId',
      message:
        'scopeUnitId: tài khoản chỉ xem cần một đơn vị làm phạm vi; chỉ quản trị viên có phạm vi toàn bộ',
    });
    await expect(accounts.change(root, editor.id, { scopeUnitId: null })).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'scopeUnitId',
    });
    const rootAdmin = await accounts.create(root, {
      ...noScope,
      username: `qt.toanbo.${serial}`,
      role: 'admin',
    });
    await expect(accounts.change(root, rootAdmin.id, { role: 'editor' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    const stored = (await accounts.list(root)).filter((u) => [editor.id, rootAdmin.id].includes(u.id));
    expect(stored.map((u) => [u.role, u.scopeUnitId])).toEqual([
      ['editor', district.id],
      ['admin', null],
    ]);
    expect((await accounts.list(root)).some((u) => u.username === `khong.phamvi.${serial}`)).toBe(false);
  });

  it('a user changes their own password with the current one; only the session they used stays', async () => {
    const here = await signIn(editor);
    const elsewhere = await signIn(editor);
    const change = { currentPassword: 'mật-khẩu-cũ', newPassword: 'mật-khẩu-riêng-2024' };
    await accounts.changeOwnPassword(editor, change, { keepSession: here });
    expect(await liveSessions([here, elsewhere])).toEqual([here]);
    await expect(accounts.changeOwnPassword(editor, change)).rejects.toMatchObject({
      code: 'forbidden',
      field: 'currentPassword',
      message: 'currentPassword: mật khẩu hiện tại không đúng',
    });
    expect(await liveSessions([here])).toEqual([here]);
  });
});
