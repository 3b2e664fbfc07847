// `tiendo visit` and `tiendo directive` over a real embedded database in a temporary DATA_DIR: the Cái Nước
// demo, the visit of 17/11/2023 with its 18 directives, and every bad argument refused with exit 2.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { proposeDirectives } from '../core/visit/propose-directives';
import { CAI_NUOC_TOPIC_CODES } from '../core/visit/topic-catalog.testing';
import { createVisitRepository } from '../db/visit.repository';
import { createDirectiveRepository } from '../db/visit-directive.repository';
import { findSoffice } from '../documents/docx-to-pdf';
import { DEMO_BRIEF_HEADER_LINES } from '../documents/party-docx.testing';
import { withDatabase } from './cli-database';
import { run as demo } from './demo.command';
import { run as directive } from './directive.command';
import { capture } from './testing';
import { run as visit } from './visit.command';

const EXAMPLE = resolve(__dirname, '../../fixtures/cai-nuoc-2023-11-17.txt');
const dir = mkdtempSync(join(tmpdir(), 'tiendo-cli-visit-'));
const env = { DATA_DIR: join(dir, 'data') };
// Once the file is done: both blocks write into dir, in whichever order a shuffled run puts them.
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function docxLines(file: string): Promise<string[]> {
  const { value } = await mammoth.extractRawText({ buffer: readFileSync(file) });
  return value.split('\n').filter((l) => l.trim());
}

describe('tiendo visit from-text (no database)', () => {
  it('reads the example: 17/11/2023, Phạm Thành Ngại, two host meetings, 8 topics, 18 directives', async () => {
    const { code, out } = await capture(() => visit(['from-text', EXAMPLE, '--json']));
    expect(code).toBe(0);
    const { draft, statements } = JSON.parse(out);
    expect(draft).toMatchObject({
      date: '2023-11-17',
      leader: { name: 'Phạm Thành Ngại', title: 'Phó Bí thư Thường trực Tỉnh ủy' },
      hostNames: ['Ban Thường vụ Huyện ủy Cái Nước', 'Đảng ủy xã Trần Thới'],
      topicCodes: [...CAI_NUOC_TOPIC_CODES],
      warnings: [],
    });
    expect(draft.directives).toHaveLength(18);
    expect(
      draft.directives.filter((d: { addressee: string }) => d.addressee === 'Đảng ủy xã Trần Thới'),
    ).toHaveLength(4);
    expect(statements.find((s: { value: number }) => s.value === 24937)).toMatchObject({ unit: 'tấn' });
  });

  it('prints the draft for review in Vietnamese', async () => {
    const { code, out } = await capture(() => visit(['from-text', EXAMPLE]));
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      'Ngày: 17/11/2023',
      'Trưởng đoàn: Phạm Thành Ngại, Phó Bí thư Thường trực Tỉnh ủy',
      'Đơn vị tổ chức: Tỉnh ủy',
      'Thành viên: lãnh đạo các ban đảng Tỉnh ủy; cán bộ chuyên môn thuộc các ban đảng Tỉnh ủy',
      'Làm việc với (2): Ban Thường vụ Huyện ủy Cái Nước; Đảng ủy xã Trần Thới',
      'Nội dung làm việc (8):',
    ]);
    expect(lines).toContain('Kết luận, chỉ đạo (18):');
    expect(lines).toContain(
      '  18. [Đảng ủy xã Trần Thới] Thực hiện giảm nghèo bền vững, đào tạo nghề theo yêu cầu thực tiễn, giải quyết việc làm tại chỗ, nâng cao đời sống, góp phần phát triển kinh tế - xã hội địa phương',
    );
  });

  it('exits 2 with the usage for a missing, unreadable or empty file and for unknown options', async () => {
    const empty = join(dir, 'rong.txt');
    writeFileSync(empty, '  \n');
    const cases = [
      [['from-text'], 'tiendo visit: cần đúng một tệp văn bản (.txt, UTF-8)'],
      [
        ['from-text', join(dir, 'khong-co.txt')],
        `tiendo visit: không đọc được tệp ${join(dir, 'khong-co.txt')} (ENOENT)`,
      ],
      [['from-text', empty], `tiendo visit: tệp ${empty} rỗng`],
      [['from-text', EXAMPLE, '--xml'], 'tiendo visit: không hiểu --xml'],
      [[], 'tiendo visit: thiếu lệnh con'],
      [['plan'], 'tiendo visit: không có lệnh con "plan"'],
    ] as const;
    for (const [args, first] of cases) {
      const { code, err } = await capture(() => visit([...args]));
      expect([code, err.split('\n')[0]]).toEqual([2, first]);
      expect(err).toContain('tiendo visit from-text TỆP [--json]');
    }
  });
});

describe('tiendo visit and directive on the Cái Nước demo', () => {
  let visitId: number;

  beforeAll(async () => {
    // Like the other CLI tests: the embedded database of DATA_DIR, whatever DATABASE_URL CI sets.
    vi.stubEnv('DATABASE_URL', '');
    process.env.DATA_DIR = env.DATA_DIR;
    expect((await capture(() => demo([]))).code).toBe(0);
    // The demo saved the visit of 17/11/2023 with its 18 directives; the article sets no deadline, so
    // the province gives them one here: 31/12/2023.
    await withDatabase(async (db) => {
      const [saved] = await createVisitRepository(db).list({ scopeUnitIds: null });
      visitId = saved!.id;
      const repo = createDirectiveRepository(db);
      const given = await Promise.all(
        (await repo.list({ scopeUnitIds: null, today: '2023-11-17', visitId })).map((d) =>
          repo.save({ ...d, deadline: '2023-12-31' }, { userId: null }),
        ),
      );
      expect(given.map((d) => d.text)).toEqual(
        proposeDirectives(readFileSync(EXAMPLE, 'utf8')).map((p) => p.text),
      );
      // One done on time, one done late; one extended to 31/03/2024; the rest overdue by 15/01/2024.
      await repo.save({ ...given[0]!, completedOn: '2023-12-15', progressPercent: 100 }, { userId: null });
      await repo.save({ ...given[1]!, completedOn: '2024-01-05', progressPercent: 100 }, { userId: null });
      await repo.save({ ...given[2]!, deadline: '2024-03-31' }, { userId: null });
      return 0;
    }, env);
  }, 180_000);
  afterAll(() => {
    vi.unstubAllEnvs();
    delete process.env.DATA_DIR;
  });

  it('lists the visits, all or those a unit hosted or organised', async () => {
    const line = `${visitId}  17/11/2023  Phạm Thành Ngại, Phó Bí thư Thường trực Tỉnh ủy làm việc với Huyện ủy Cái Nước; Đảng ủy xã Trần Thới (đã làm việc)`;
    expect(await capture(() => visit(['list'], env))).toEqual({ code: 0, out: line, err: '' });
    expect((await capture(() => visit(['list', '--unit', 'DU_TRANTHOI'], env))).out).toBe(line);
    expect((await capture(() => visit(['list', '--unit', 'DU_TANHUNGDONG'], env))).out).toBe(
      'Đảng ủy xã Tân Hưng Đông chưa có đoàn công tác nào.',
    );
  }, 120_000);

  it('writes the briefing pack with a section for each host', async () => {
    const out = join(dir, 'tai-lieu.docx');
    const result = await capture(() =>
      visit(['brief', String(visitId), '--out', out, '--number', '12-BC/TU', '--date', '2023-11-10'], env),
    );
    expect(result).toEqual({
      code: 0,
      out: `Đã ghi Tài liệu phục vụ đoàn công tác ngày 17/11/2023: ${out}`,
      err: '',
    });
    const lines = await docxLines(out);
    expect(lines.slice(0, 6)).toEqual(DEMO_BRIEF_HEADER_LINES);
    expect(lines.filter((l) => /^[IVX]+\. /.test(l))).toEqual([
      'I. THÔNG TIN CHUNG',
      'II. HUYỆN ỦY CÁI NƯỚC',
      'III. ĐẢNG ỦY XÃ TRẦN THỚI',
    ]);
    const district = lines.slice(
      lines.indexOf('II. HUYỆN ỦY CÁI NƯỚC'),
      lines.indexOf('III. ĐẢNG ỦY XÃ TRẦN THỚI'),
    );
    expect(district).toEqual(expect.arrayContaining(['Sản lượng tôm', '24.937', '85,98%']));
    // The visit's own 18 directives are its outcome, not its background: none was given before it.
    expect(district.filter((l) => /kết luận, chỉ đạo|Chỉ đạo nâng cao chất lượng/iu.test(l))).toEqual([
      '3. Kết luận, chỉ đạo trước đây và tình hình thực hiện',
      'Chưa có kết luận, chỉ đạo nào được giao.',
    ]);
  }, 120_000);

  it('writes the news brief with --news', async () => {
    const out = join(dir, 'thong-bao.docx');
    const result = await capture(() => visit(['brief', String(visitId), '--news', '--out', out], env));
    expect(result.code).toBe(0);
    const lines = await docxLines(out);
    expect(lines).toEqual(expect.arrayContaining(['THÔNG BÁO', 'Số …-TB/TU']));
  }, 120_000);

  it.skipIf(findSoffice() === null && !process.env.CI)(
    'writes the briefing pack as PDF through LibreOffice',
    async () => {
      const out = join(dir, 'tai-lieu.pdf');
      const result = await capture(() => visit(['brief', String(visitId), '--out', out], env));
      expect(result.code).toBe(0);
      expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    },
    120_000,
  );

  it('prints the four-way summary by lead unit and writes it as XLSX', async () => {
    const xlsx = join(dir, 'tong-hop.xlsx');
    const result = await capture(() => directive(['summary', '--as-of', '2024-01-15', '--xlsx', xlsx], env));
    expect(result.code).toBe(0);
    expect(result.out.split('\n')).toEqual([
      'Tổng hợp kết luận, chỉ đạo đến ngày 15/01/2024',
      '',
      'Đơn vị chủ trì       Tổng  Hoàn thành đúng hạn  Hoàn thành quá hạn  Đang thực hiện trong hạn  Chưa hoàn thành, quá hạn  Đến hạn trong 7 ngày',
      'Đảng bộ tỉnh Cà Mau    14                    1                   1                         1                        11                     0',
      'Đảng ủy xã Cái Nước     4                    0                   0                         0                         4                     0',
      'Tổng cộng              18                    1                   1                         1                        15                     0',
      '',
      `Đã ghi bảng tổng hợp: ${xlsx}`,
    ]);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    // Trần Thới ended on 30/6/2025 (NQ 1655/NQ-UBTVQH15): its four open directives are led by xã Cái Nước now.
    const ended = await capture(() =>
      directive(['summary', '--unit', 'Trần Thới', '--as-of', '2024-01-15'], env),
    );
    expect(ended.out.split('\n').slice(3)).toEqual([
      'Tổng cộng          0                    0                   0                         0                         0                     0',
    ]);
    const commune = await capture(() =>
      directive(['summary', '--unit', 'Đảng ủy xã Cái Nước', '--as-of', '2024-01-15'], env),
    );
    expect(commune.out.split('\n')[0]).toBe(
      'Tổng hợp kết luận, chỉ đạo trong Đảng ủy xã Cái Nước đến ngày 15/01/2024',
    );
    expect(commune.out.split('\n').slice(3)).toEqual([
      'Đảng ủy xã Cái Nước     4                    0                   0                         0                         4                     0',
      'Tổng cộng               4                    0                   0                         0                         4                     0',
    ]);
  }, 120_000);

  it('exits 2 with a clear message for bad arguments, an unknown visit or unit', async () => {
    const cases: Array<[(a: string[], e: NodeJS.ProcessEnv) => Promise<number>, string[], string]> = [
      [
        visit,
        ['brief', 'abc', '--out', 'x.docx'],
        'tiendo visit: cần đúng một mã số (id) đoàn công tác, ví dụ: tiendo visit brief 1 --out tai-lieu.docx',
      ],
      [visit, ['brief', '1', '--out', 'x.txt'], 'tiendo visit: --out phải là tệp .docx hoặc .pdf'],
      [visit, ['brief', '1'], 'tiendo visit: --out phải là tệp .docx hoặc .pdf'],
      [visit, ['brief', '1', '--out'], 'tiendo visit: --out cần một giá trị'],
      [
        visit,
        ['brief', '1', '--out', 'x.docx', '--date', '2023-02-30'],
        'tiendo visit: --date phải là ngày có thật dạng YYYY-MM-DD, không phải "2023-02-30"',
      ],
      [visit, ['brief', '999', '--out', join(dir, 'x.docx')], 'tiendo: id: không có đoàn công tác id 999'],
      [visit, ['list', '--unit', 'Năm Căn'], 'tiendo: unit: không có đơn vị nào có mã hoặc tên "Năm Căn"'],
      [visit, ['list', 'extra'], 'tiendo visit: không hiểu "extra"'],
      [
        directive,
        ['summary', '--as-of', '2024-13-01'],
        'tiendo directive: --as-of phải là ngày có thật dạng YYYY-MM-DD, không phải "2024-13-01"',
      ],
      [
        directive,
        ['summary', '--due-soon', 'bảy'],
        'tiendo directive: --due-soon phải là số ngày từ 0 đến 366, không phải "bảy"',
      ],
      [directive, ['summary', '--xlsx', 'tong-hop.csv'], 'tiendo directive: --xlsx phải là tệp .xlsx'],
      [directive, [], 'tiendo directive: thiếu lệnh con'],
      [directive, ['list'], 'tiendo directive: không có lệnh con "list"'],
    ];
    for (const [command, args, first] of cases) {
      const { code, err } = await capture(() => command(args, env));
      expect([args.join(' '), code, err.split('\n')[0]]).toEqual([args.join(' '), 2, first]);
    }
  }, 120_000);
});
