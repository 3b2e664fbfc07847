// `tiendo units arrange` and `tiendo units show` over a real embedded database in a temporary DATA_DIR.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  arrangementFootprint,
  BAD_ARRANGEMENTS,
  refusalMessage,
  seedBadArrangementUnits,
  seedCaiNuocPredecessors,
} from '../app/units/arrangement.testing';
import { migrate, openDatabase } from '../db/database';
import { createUnitRepository } from '../db/unit.repository';
import { withDatabase } from './cli-database';
import { capture } from './testing';
import { run } from './units.command';

const dir = mkdtempSync(join(tmpdir(), 'tiendo-units-'));
const env = { DATA_DIR: join(dir, 'data') };
const fixture = 'fixtures/arrangements/1655-cai-nuoc.csv';

describe('tiendo units', () => {
  beforeAll(async () => {
    vi.stubEnv('DATABASE_URL', '');
    const database = await openDatabase({ dataDir: env.DATA_DIR });
    await migrate(database.db);
    const units = createUnitRepository(database.db);
    await seedCaiNuocPredecessors(units);
    await seedBadArrangementUnits(units);
    await database.close();
  }, 120_000);
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a bad file exits 2 naming its row and column', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'successor_code;predecessor_code;scope\nDU_XA_CAINUOC;DU_TRANTHOI;nửa\n');
    const { code, err } = await capture(() => run(['arrange', bad, '--effective-on', '2025-07-01'], env));
    expect(code).toBe(2);
    expect(err).toContain(
      'dòng 2, cột Phạm vi: "nửa" không hợp lệ; cần whole/part/dissolve (toàn bộ/một phần/giải thể)',
    );
  });

  const footprint = async () => {
    let counts: Awaited<ReturnType<typeof arrangementFootprint>> | null = null;
    await withDatabase(async (db) => {
      counts = await arrangementFootprint(db);
      return 0;
    }, env);
    return counts;
  };

  it.each(BAD_ARRANGEMENTS)(
    'a file with a $name exits 2 naming row and column, writing nothing',
    async ({ name, csv, rows }) => {
      const path = join(dir, `${name.replaceAll(' ', '-')}.csv`);
      writeFileSync(path, csv);
      const before = await footprint();
      const { code, out, err } = await capture(() => run(['arrange', path], env));
      expect([code, out]).toEqual([2, '']);
      expect(err).toBe(
        [refusalMessage(rows), ...rows.map((r) => `  dòng ${r.row}, cột ${r.field}: ${r.reason}`)].join('\n'),
      );
      expect(await footprint()).toEqual(before);
    },
  );

  it('previews, applies, then shows the new xã Cái Nước with its four predecessors', async () => {
    const preview = await capture(() => run(['arrange', fixture, '--dry-run', '--json'], env));
    expect(preview.code).toBe(0);
    expect(JSON.parse(preview.out)).toMatchObject({ applied: false, alreadyApplied: false });
    const applied = await capture(() => run(['arrange', fixture], env));
    expect(applied.out.split('\n').slice(0, 3)).toEqual([
      'Đã áp dụng phương án sắp xếp:',
      '  + thành lập Đảng ủy xã Cái Nước (DU_XA_CAINUOC) ngày 01/07/2025',
      '  − kết thúc Đảng ủy thị trấn Cái Nước (DU_TTCAINUOC) ngày 30/06/2025',
    ]);
    const shown = await capture(() => run(['show', 'DU_XA_CAINUOC', '--json'], env));
    const lineage = JSON.parse(shown.out);
    expect(lineage.unit).toMatchObject({ code: 'DU_XA_CAINUOC', validFrom: '2025-07-01', validTo: null });
    expect(
      lineage.predecessors.map((p: { unit: { code: string }; scope: string }) => [p.unit.code, p.scope]),
    ).toEqual([
      ['DU_TTCAINUOC', 'whole'],
      ['DU_TRANTHOI', 'whole'],
      ['DU_DONGTHOI', 'part'],
      ['DU_TANHUNGDONG', 'part'],
    ]);
    expect(lineage.predecessors[0]).toMatchObject({
      effectiveOn: '2025-07-01',
      document: '1655/NQ-UBTVQH15',
      share: null,
    });
    const old = JSON.parse((await capture(() => run(['show', 'DU_DONGTHOI', '--json'], env))).out);
    expect([old.unit.validTo, old.successors[0].unit.code]).toEqual(['2025-06-30', 'DU_XA_CAINUOC']);
    const again = await capture(() => run(['arrange', fixture], env));
    expect(again.out).toBe('Phương án đã được áp dụng trước đây: không có gì thay đổi.');
  });
});
