// `tiendo audit` over a real embedded database in a temporary DATA_DIR: a unit renamed by a named account
// reads back as who, when and which field went from what to what; bad arguments exit 2 saying which.
import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../core/vi/format';
import { buildUnit } from '../db/factories';
import { createUnitRepository } from '../db/unit.repository';
import { createUserRepository } from '../db/user.repository';
import { run } from './audit.command';
import { capture, embeddedDataDirFor } from './testing';

describe('tiendo audit', () => {
  let unitId = 0;
  const { env } = embeddedDataDirFor('audit', async (db) => {
    const author = await createUserRepository(db).create(
      {
        username: 'qt.tinh',
        passwordHash: 'x',
        displayName: 'Lê Thị Quản Trị',
        role: 'admin',
        scopeUnitId: null,
      },
      { userId: null },
    );
    const units = createUnitRepository(db);
    const unit = await units.create(buildUnit(), { userId: null });
    unitId = unit.id;
    await units.update(unit.id, { name: 'Huyện ủy Cái Nước (cũ)' }, { userId: author.id });
  });

  it('prints the creation by the console, then the rename by its author, field by field', async () => {
    const { code, out } = await capture(() => run(['unit', 'cai nuoc (cu)'], env));
    expect(code).toBe(0);
    const json = await capture(() => run(['unit', String(unitId), '--json'], env));
    const entries = JSON.parse(json.out).entries as { at: string; action: string; who: string | null }[];
    expect(entries.map((e) => [e.action, e.who])).toEqual([
      ['create', null],
      ['update', 'Lê Thị Quản Trị'],
    ]);
    const lines = out.split('\n');
    expect(lines[0]).toBe(`${formatDateTime(entries[0]!.at)}  hệ thống / dòng lệnh  tạo`);
    expect(lines).toContain('    code: ∅ → "HU_CAINUOC"');
    // The rename shows the one field it changed, not the version it bumped.
    expect(lines.slice(-2)).toEqual([
      `${formatDateTime(entries[1]!.at)}  Lê Thị Quản Trị  sửa`,
      '    name: "Huyện ủy Cái Nước" → "Huyện ủy Cái Nước (cũ)"',
    ]);
  });

  it('exits 2 naming what is wrong: the kind, a missing record, a code nobody has', async () => {
    const kind = await capture(() => run(['observation', '1'], env));
    expect([kind.code, kind.err.split('\n')[0]]).toEqual([
      2,
      'tiendo audit: "observation" không phải loại có nhật ký (unit, target, indicator, directive, visit, user)',
    ]);
    const missing = await capture(() => run(['unit'], env));
    expect([missing.code, missing.err.split('\n')[0]]).toEqual([
      2,
      'tiendo audit: cần đúng một loại và một bản ghi',
    ]);
    const nobody = await capture(() => run(['indicator', 'KHONG_CO'], env));
    expect(nobody.code).toBe(2);
    expect(nobody.err).toContain('không có chỉ tiêu "KHONG_CO"; hãy ghi số hiệu hoặc mã');
    const gone = await capture(() => run(['target', '999'], env));
    expect(gone.code).toBe(2);
  });
});
