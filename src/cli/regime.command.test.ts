// `tiendo regime list` over a real embedded database in a temporary DATA_DIR, and its bad arguments.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRegimeService } from '../app/regimes/regime.service';
import { buildRegime, buildUnit } from '../db/factories';
import { createUnitRepository } from '../db/unit.repository';
import { withDatabase } from './cli-database';
import { run as regime } from './regime.command';
import { capture } from './testing';

const dir = mkdtempSync(join(tmpdir(), 'tiendo-cli-regime-'));
const env = { DATA_DIR: join(dir, 'data') };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tiendo regime list', () => {
  beforeAll(async () => {
    await withDatabase(async (db) => {
      const units = createUnitRepository(db);
      const system = { userId: null };
      const province = await units.create(
        buildUnit({ code: 'TU_CAMAU', name: 'Tỉnh ủy Cà Mau', kind: 'province_party' }),
        system,
      );
      await units.create(
        buildUnit({
          code: 'DU_TANTHANH',
          name: 'Đảng ủy phường Tân Thành',
          kind: 'commune_party',
          parentId: province.id,
        }),
        system,
      );
      await createRegimeService(db).create(
        { id: null, role: 'admin', scopeUnitId: null },
        buildRegime({ reportingRootUnitId: province.id, approvalUnitIds: [province.id] }),
      );
      return 0;
    }, env);
  });

  it('prints the regimes as JSON in the shape the issue names', async () => {
    const { code, out } = await capture(() => regime(['list', '--json'], env));
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      regimes: [
        {
          code: 'KTXH_THANG',
          name: 'Báo cáo kinh tế - xã hội hằng tháng',
          tree: 'party',
          frequency: 'month',
          cutoff: 'nd09',
          deadline: { kind: 'day_of_month', day: 18, monthsAfter: 0 },
          reportingUnits: { root: { code: 'TU_CAMAU', name: 'Tỉnh ủy Cà Mau' }, kind: 'commune_party' },
        },
      ],
    });
  });

  it('prints a table in Vietnamese', async () => {
    const { code, out } = await capture(() => regime(['list'], env));
    expect(code).toBe(0);
    expect(out).toContain('KTXH_THANG');
    expect(out).toContain(
      'hằng tháng; chốt số liệu ngày 14 (NĐ 09/2019); hạn gửi ngày 18 tháng chốt số liệu',
    );
    expect(out).toContain('commune_party thuộc Tỉnh ủy Cà Mau');
  });

  it.each([
    [['list', '--xml'], 'tiendo regime: không hiểu --xml'],
    [['list', 'thừa'], 'tiendo regime: không hiểu "thừa"'],
    [['show'], 'tiendo regime: không có lệnh con "show"'],
    [[], 'tiendo regime: thiếu lệnh con'],
  ])('refuses %j with exit 2', async (args, message) => {
    const { code, err } = await capture(() => regime(args, env));
    expect(code).toBe(2);
    expect(err).toContain(message);
  });
});
