// `tiendo db backup` / `restore`: the Cái Nước demo (units, catalog, report, the visit of 17/11/2023 and its
// 18 directives, users) backed up on PGlite and restored into each engine row for row, with the same
// scorecard; a non-empty database, another schema version or a broken file are refused with exit 2.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { loadDemo } from '../app/demo/load-demo';
import { createScorecardService } from '../app/scorecard/scorecard.service';
import type { Scorecard } from '../core/scorecard';
import { BackupRefusal, backupDatabase, restoreDatabase, tableCounts } from '../db/backup';
import type { Db } from '../db/database';
import { buildUnit } from '../db/factories';
import { freshDirs, type OpenTestDatabase, testDatabases } from '../db/testing';
import { createUnitRepository } from '../db/unit.repository';
import { run } from './db.command';

const freshDir = freshDirs('tiendo-cli-backup-');
afterEach(() => vi.restoreAllMocks());

async function districtScorecard(db: Db): Promise<Scorecard> {
  const district = (await createUnitRepository(db).findByCode('HU_CAINUOC'))!;
  return createScorecardService(db).scorecardOf({ unit: district, year: 2023, asOf: '2023-11-17' });
}

const linesOf = (bytes: Buffer) => gunzipSync(bytes).toString('utf8').split('\n');

let source: OpenTestDatabase;
let backup: Buffer;
let counts: Record<string, number>;
let scorecard: Scorecard;

beforeAll(async () => {
  source = await testDatabases()[0]!.open();
  await loadDemo(source.db);
  backup = (await backupDatabase(source.db)).bytes;
  counts = await tableCounts(source.db);
  scorecard = await districtScorecard(source.db);
}, 120_000);
afterAll(() => source?.close());

describe.each(testDatabases())('a backup of PGlite restored on $name', ({ open }) => {
  let target: OpenTestDatabase;
  beforeAll(async () => {
    target = await open();
  });
  afterAll(() => target?.close());

  it('restores every row: the same counts, the same rows line by line, the same scorecard', async () => {
    expect(await restoreDatabase(target.db, backup)).toEqual(counts);
    // The demo's 2023 units, Bạc Liêu and Đông Thới, and the two of 1/7/2025 (TU_CAMAU_MOI, DU_XA_CAINUOC).
    expect(counts).toMatchObject({
      units: 9,
      indicators: 16,
      observations: 13,
      targets: 7,
      directives: 18,
      visits: 1,
      users: 4,
    });
    expect(linesOf((await backupDatabase(target.db)).bytes)).toEqual(linesOf(backup));
    // The same figures at the same data version; only when it was computed differs.
    expect({ ...(await districtScorecard(target.db)), computedAt: null }).toEqual({
      ...scorecard,
      computedAt: null,
    });
    // The ids go on after the restored ones: a new unit does not collide.
    const unit = await createUnitRepository(target.db).create(
      buildUnit({ code: 'DU_MOI', name: 'Đảng ủy xã Mới' }),
      { userId: null },
    );
    expect(unit.id).toBe(counts.units! + 1);
  });

  // After the restore above: its 9 units and the one it then created.
  it('refuses a database that is not empty, naming what it holds', async () => {
    const filled = await open();
    onTestFinished(() => filled.close());
    await createUnitRepository(filled.db).create(buildUnit(), { userId: null });
    const refused = restoreDatabase(filled.db, backup);
    await expect(refused).rejects.toBeInstanceOf(BackupRefusal);
    await expect(refused).rejects.toThrow(
      /^chỉ khôi phục vào cơ sở dữ liệu trống; đã có dữ liệu ở .*units \(1 dòng\)/,
    );
  });
});

describe.each(testDatabases())('a bad or truncated backup refused on $name', ({ open }) => {
  it('refuses a file cut mid-stream and one cut at a line, leaving every table empty', async () => {
    const target = await open();
    onTestFinished(() => target.close());
    const lines = linesOf(backup);
    const cutAtLine = gzipSync(lines.slice(0, -40).join('\n'));
    const cutMidStream = backup.subarray(0, Math.floor(backup.length / 2));
    await expect(restoreDatabase(target.db, cutMidStream)).rejects.toThrow(
      'không phải tệp sao lưu của Tiến Độ (không giải nén gzip được)',
    );
    await expect(restoreDatabase(target.db, cutAtLine)).rejects.toThrow(
      /^tệp sao lưu bị cắt ngắn hoặc hỏng: bảng \w+ có \d+ dòng, phần đầu tệp ghi \d+$/,
    );
    const filled = Object.entries(await tableCounts(target.db)).filter(([, n]) => n > 0);
    expect(filled.map(([table]) => table).sort()).toEqual(['data_version']);
  });
});

describe('tiendo db backup and restore on PGlite', () => {
  const capture = () => {
    const out = vi.spyOn(console, 'log').mockImplementation(() => {});
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    return { out: () => out.mock.calls.flat().join('\n'), err: () => err.mock.calls.flat().join('\n') };
  };

  it('writes a backup file and restores it into a new DATA_DIR, exit 0', async () => {
    const dir = freshDir();
    const file = join(dir, 'sao-luu.jsonl.gz');
    writeFileSync(file, backup);
    const io = capture();
    const dataDir = join(dir, 'data');
    expect(await run(['restore', file], { DATA_DIR: dataDir })).toBe(0);
    const again = join(dir, 'lai.jsonl.gz');
    expect(await run(['backup', again], { DATA_DIR: dataDir })).toBe(0);
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(io.out().split('\n')).toEqual([
      `Đã khôi phục ${rows} dòng từ ${file} vào PGlite ở ${dataDir}`,
      `Đã sao lưu ${rows} dòng của ${Object.keys(counts).length} bảng (${JSON.parse(linesOf(backup)[0]!).migrations} migration) vào ${again}`,
    ]);
    expect(linesOf(readFileSync(again))).toEqual(linesOf(backup));
    expect(await run(['restore', file], { DATA_DIR: dataDir })).toBe(2);
    expect(io.err()).toMatch(/^tiendo db restore: chỉ khôi phục vào cơ sở dữ liệu trống/);
  }, 120_000);

  it('refuses another schema version, a file that is not a backup and a missing file, exit 2', async () => {
    const dir = freshDir();
    const [head, ...rest] = linesOf(backup);
    const older = { ...JSON.parse(head!), migrations: JSON.parse(head!).migrations - 1 };
    const files = {
      older: join(dir, 'cu.jsonl.gz'),
      text: join(dir, 'khac.txt'),
      missing: join(dir, 'khong-co.jsonl.gz'),
    };
    writeFileSync(files.older, gzipSync([JSON.stringify(older), ...rest].join('\n')));
    writeFileSync(files.text, 'không phải bản sao lưu');
    const io = capture();
    for (const file of Object.values(files))
      expect(await run(['restore', file], { DATA_DIR: join(dir, 'data') })).toBe(2);
    expect(await run(['backup'], {})).toBe(2);
    expect(io.err().split('\n').slice(0, 4)).toEqual([
      `tiendo db restore: tệp sao lưu có ${older.migrations} migration, cơ sở dữ liệu có ${older.migrations + 1}: hãy khôi phục vào phiên bản cùng lược đồ`,
      'tiendo db restore: không phải tệp sao lưu của Tiến Độ (không giải nén gzip được)',
      `tiendo db restore: không đọc được tệp ${files.missing}`,
      'tiendo db: không hiểu "backup"',
    ]);
  }, 120_000);
});
