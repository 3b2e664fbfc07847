import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CAI_NUOC_CATALOG } from '../core/demo/cai-nuoc-catalog';
import { run } from './extract.command';

const FIXTURE = resolve(__dirname, '../../fixtures/cai-nuoc-2023-11-17.txt');
const dir = mkdtempSync(join(tmpdir(), 'tiendo-extract-'));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  vi.spyOn(console, 'error').mockImplementation((msg) => void err.push(String(msg)));
  return { out, err };
}

afterEach(() => vi.restoreAllMocks());

describe('tiendo extract', () => {
  it('prints the contract with --json: 13 statements and the disbursement check', async () => {
    const io = capture();
    expect(await run(['--json', FIXTURE])).toBe(0);
    const result = JSON.parse(io.out.join(''));
    expect(result.statements).toHaveLength(13);
    expect(result.statements[4]).toMatchObject({ indicator: 'giải ngân vốn đầu tư công', value: 109.96 });
    expect(result.checks.map((c: { kind: string }) => c.kind)).toEqual(['achievement_mismatch']);
  });

  it('prints a Vietnamese table with the catalog codes and the checks', async () => {
    const catalog = join(dir, 'catalog.json');
    writeFileSync(catalog, JSON.stringify(CAI_NUOC_CATALOG));
    const io = capture();
    expect(await run([FIXTURE, '--catalog', catalog])).toBe(0);
    const table = io.out.join('');
    expect(table).toContain('Tìm thấy 13 số liệu.');
    expect(table).toMatch(
      /sản lượng tôm\s+24\.937\s+tấn\s+TS_TOM\s+đạt 85,98% nghị quyết; tăng 1,25% so với cùng kỳ/,
    );
    expect(table).toContain('Kiểm tra chéo: 1 vấn đề');
    expect(table).toContain('= 81,99%, chênh 0,11 điểm phần trăm');
  });

  it('exits 2 with a message for missing, unsupported or legacy input and bad options', async () => {
    const png = join(dir, 'anh.png');
    writeFileSync(png, Uint8Array.from([0x89, 0x50, 0x4e, 0x47]));
    const tcvn3 = join(dir, 'cu.txt');
    writeFileSync(tcvn3, Buffer.from('T\u00e6ng s\u00b6n l\u00ad\u00eeng thu\u00fb s\u00b6n', 'latin1'));
    const cases: [string[], string][] = [
      [[join(dir, 'khong-co.txt')], 'không đọc được'],
      [[png], 'định dạng .png không được hỗ trợ'],
      [[tcvn3], 'TCVN3'],
      [['--bogus'], 'không có tùy chọn --bogus'],
      [[FIXTURE, '--catalog'], '--catalog cần tên tệp'],
      [[FIXTURE, '--catalog', png], 'không đọc được danh mục'],
    ];
    for (const [args, message] of cases) {
      const io = capture();
      expect(await run(args)).toBe(2);
      expect(io.err.join('\n')).toContain(message);
      vi.restoreAllMocks();
    }
  });
});
