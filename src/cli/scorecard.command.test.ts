// The CLI over a real embedded database in a temporary DATA_DIR: demo, scorecard (table and JSON),
// export, import and user add, each with its exit code.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SCORECARD_JSON_ROW_FIELDS } from '../core/testing/cai-nuoc-scorecard';
import { openDocx } from '../documents/party-docx.testing';
import { run as demo } from './demo.command';
import { run as exportScorecard } from './export.command';
import { run as importFile } from './import.command';
import { run as scorecard } from './scorecard.command';
import { capture } from './testing';
import { parseUserAdd, run as userAdd } from './user.command';

const dir = mkdtempSync(join(tmpdir(), 'tiendo-cli-'));
const env = { DATA_DIR: join(dir, 'data') };

describe('tiendo CLI on the Cái Nước demo', () => {
  beforeAll(async () => {
    // These tests are about the CLI over its default embedded database; CI's DATABASE_URL (a shared
    // server database other test files use) must not redirect them.
    vi.stubEnv('DATABASE_URL', '');
    process.env.DATA_DIR = env.DATA_DIR;
    const loaded = await capture(() => demo([]));
    expect(loaded.code).toBe(0);
  }, 180_000);
  afterAll(() => {
    vi.unstubAllEnvs();
    delete process.env.DATA_DIR;
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the scorecard JSON of item 8 for HU_CAINUOC: tôm 24.937 tấn at 85,98%', async () => {
    const { code, out } = await capture(() => scorecard(['HU_CAINUOC', '--year', '2023', '--json'], env));
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.unit).toMatchObject({ code: 'HU_CAINUOC', name: 'Huyện ủy Cái Nước' });
    expect(json.year).toBe(2023);
    const tom = json.rows.find((r: { indicator: { code: string } }) => r.indicator.code === 'TS_TOM');
    expect(Object.keys(tom)).toEqual(SCORECARD_JSON_ROW_FIELDS);
    expect(tom.indicator).toEqual({ code: 'TS_TOM', name: 'Sản lượng tôm', measure: 'tấn' });
    // Reported in the district's report, so its origin is a stored figure, with the sentence's note.
    expect(tom.actual).toEqual({
      value: 24937,
      period: '2023-YTD-2023-11-17',
      origin: 'stored',
      note: 'Báo cáo: 24.937 tấn, đạt 85,98% nghị quyết, tăng 1,25% so với cùng kỳ',
    });
    expect(tom.achievement).toEqual([{ source: 'resolution', kind: 'ok', words: '85,98%', percent: 85.98 }]);
  }, 120_000);

  it('prints a Vietnamese table for "Huyện ủy Cái Nước"', async () => {
    const { code, out } = await capture(() => scorecard(['Huyện ủy Cái Nước', '--year', '2023'], env));
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('Bảng chỉ tiêu năm 2023: Huyện ủy Cái Nước');
    expect(out).toContain('24.937');
  }, 120_000);

  it('exits 2 with a message for an unknown unit and for a missing year', async () => {
    const unknown = await capture(() => scorecard(['Năm Căn', '--year', '2023'], env));
    expect(unknown).toMatchObject({
      code: 2,
      err: 'tiendo: unit: không có đơn vị nào có mã hoặc tên "Năm Căn"',
    });
    // Since 1/7/2025 the demo has Huyện ủy Cái Nước and Đảng ủy xã Cái Nước: a bare "cai nuoc" names both.
    const ambiguous = await capture(() => scorecard(['cai nuoc', '--year', '2023'], env));
    expect([ambiguous.code, ambiguous.err]).toEqual([
      2,
      'tiendo: unit: "cai nuoc" là tên của nhiều đơn vị: Huyện ủy Cái Nước (HU_CAINUOC), Đảng ủy xã Cái Nước (DU_XA_CAINUOC); hãy dùng mã đơn vị',
    ]);
    const noYear = await capture(() => scorecard(['Huyện ủy Cái Nước'], env));
    expect(noYear.code).toBe(2);
    expect(noYear.err).toMatch(/^tiendo scorecard: --year phải là năm bốn chữ số/);
  }, 120_000);

  it('exports the scorecard as XLSX', async () => {
    const out = join(dir, 'cai-nuoc.xlsx');
    const { code } = await capture(() =>
      exportScorecard(['HU_CAINUOC', '--year', '2023', '--out', out], env),
    );
    expect(code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  }, 120_000);

  it('exports the district’s report in the state format, and refuses its options without --state-report', async () => {
    const out = join(dir, 'bao-cao.docx');
    const { code, out: said } = await capture(() =>
      exportScorecard(
        [
          'HU_CAINUOC',
          '--year',
          '2023',
          '--state-report',
          '--number',
          '12/BC-UBND',
          '--date',
          '2023-11-10',
          '--out',
          out,
        ],
        env,
      ),
    );
    expect(code).toBe(0);
    expect(said).toBe(
      `Đã xuất báo cáo thể thức Nghị định 30/2020/NĐ-CP của Huyện ủy Cái Nước năm 2023: ${out}`,
    );
    const doc = await openDocx(readFileSync(out));
    expect(doc.lines.slice(0, 3)).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN CÁI NƯỚC', 'Số: 12/BC-UBND']);
    const shrimp = doc.lines.indexOf('Sản lượng tôm');
    // The demo's target was derived from the report's "đạt 85,98% Nghị quyết": the note says so.
    expect(doc.lines.slice(shrimp, shrimp + 9)).toEqual([
      'Sản lượng tôm',
      'tấn',
      '29.003',
      '24.937',
      'từ 01/01/2023 đến 17/11/2023',
      '24.629',
      '101,25',
      '85,98',
      'Chỉ tiêu Nghị quyết; chỉ tiêu suy ra từ: đạt 85,98% Nghị quyết',
    ]);
    const misplaced = await capture(() =>
      exportScorecard(['HU_CAINUOC', '--year', '2023', '--number', '1/BC'], env),
    );
    expect(misplaced.code).toBe(2);
    expect(misplaced.err.split('\n')[0]).toBe('tiendo export: --number chỉ dùng với --state-report');
  }, 120_000);

  it('imports a file all or nothing, listing bad rows with exit 2', async () => {
    const file = join(dir, 'so-lieu.csv');
    writeFileSync(
      file,
      'Loại dòng;Mã đơn vị;Mã chỉ tiêu;Kỳ báo cáo;Giá trị\nsố liệu;DU_TRANTHOI;TS_TOM;2023-Q5;1.200\n',
    );
    const bad = await capture(() => importFile([file], env));
    expect(bad.code).toBe(2);
    expect(bad.err.split('\n')[1]).toMatch(/^ {2}dòng 2 \(period\): '2023-Q5' is not a period code/);
    writeFileSync(
      file,
      'Loại dòng;Mã đơn vị;Mã chỉ tiêu;Kỳ báo cáo;Giá trị\nsố liệu;DU_TRANTHOI;TS_TOM;2023-Q3;1.200\n',
    );
    const good = await capture(() => importFile([file], env));
    expect(good).toMatchObject({ code: 0, out: `Đã nhập 0 chỉ tiêu và 1 số liệu từ ${file}.` });
  }, 120_000);

  it('adds an admin with a generated password printed once', async () => {
    const { code, out } = await capture(() => userAdd(['add', 'qt.tinh', '--admin'], env));
    expect(code).toBe(0);
    expect(out).toMatch(/^Đã tạo người dùng qt\.tinh \(admin, phạm vi: toàn bộ\)\.\nMật khẩu: [\w-]{16} /);
  }, 120_000);
});

describe('parseUserAdd', () => {
  it('takes the password from --password, then TIENDO_PASSWORD', () => {
    expect(parseUserAdd(['add', 'an', '--admin', '--password', 'mat-khau-1'], {})).toMatchObject({
      username: 'an',
      role: 'admin',
      password: 'mat-khau-1',
    });
    expect(
      parseUserAdd(['add', 'binh', '--role', 'viewer', '--scope', 'cai nuoc'], {
        TIENDO_PASSWORD: 'tu-bien-moi-truong',
      }),
    ).toEqual({
      username: 'binh',
      role: 'viewer',
      scope: 'cai nuoc',
      displayName: 'binh',
      password: 'tu-bien-moi-truong',
    });
  });

  it('names what is wrong', () => {
    expect(parseUserAdd(['add'], {})).toMatch(/^tiendo user add: cần đúng một tên đăng nhập/);
    expect(parseUserAdd(['add', 'an'], {})).toBe(
      'tiendo user add: tài khoản nhập liệu cần --scope ĐƠN_VỊ (phạm vi làm việc); chỉ quản trị viên (--admin) có phạm vi toàn bộ',
    );
    expect(parseUserAdd(['add', 'an', '--role', 'viewer'], {})).toBe(
      'tiendo user add: tài khoản chỉ xem cần --scope ĐƠN_VỊ (phạm vi làm việc); chỉ quản trị viên (--admin) có phạm vi toàn bộ',
    );
    expect(parseUserAdd(['add', 'an', '--role', 'boss'], {})).toBe(
      'tiendo user add: --role phải là admin, editor hoặc viewer, không phải "boss"',
    );
  });
});
