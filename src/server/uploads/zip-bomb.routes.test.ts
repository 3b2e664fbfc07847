// Zip bombs over HTTP: an XLSX to /api/import and a DOCX to /api/extract, each 256 MB unpacked from about
// 260 KB, answer 413 too_large_unpacked while the process's memory barely moves; and one user gets two
// uploads at a time.
import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../db/testing';
import { zipBomb } from '../../documents/zip-bomb.testing';
import { type Client, multipartFile, useTestApp } from '../testing';

const UNPACKED_MB = 256;
const MB = 1024 * 1024;
const REFUSAL = {
  error: 'too_large_unpacked',
  field: 'file',
  message: 'file: tệp nén giải nén ra hơn 128 MB; hãy chia nhỏ tệp rồi tải lại',
};

/** Runs the work while sampling the resident set every few milliseconds; returns its peak growth. */
async function peakRssGrowth<T>(work: () => Promise<T>): Promise<{ result: T; growthMb: number }> {
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 2);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, growthMb: (peak - before) / MB };
  } finally {
    clearInterval(sampler);
  }
}

describe.each(testDatabases())('archive uploads on $name', ({ open }) => {
  const testApp = useTestApp(open, ['nl.cainuoc', 'nl.tranthoi']);
  const { seed } = testApp;
  const [editor, communeEditor] = testApp.clients;
  let xlsxBomb: Buffer;
  let docxBomb: Buffer;

  beforeAll(async () => {
    xlsxBomb = await zipBomb('xl/worksheets/sheet1.xml', UNPACKED_MB);
    docxBomb = await zipBomb('word/document.xml', UNPACKED_MB);
  });

  const upload = (client: Client, url: string, fileName: string, content: Buffer | string) =>
    client.request({ method: 'POST', url, ...multipartFile(fileName, content) });

  it.each([
    { kind: 'XLSX', url: '/api/import', fileName: 'chi-tieu.xlsx', bomb: () => xlsxBomb },
    { kind: 'DOCX', url: '/api/extract', fileName: 'bao-cao.docx', bomb: () => docxBomb },
  ])('answers a $kind bomb on $url with 413 before memory grows', async ({ kind, url, fileName, bomb }) => {
    expect(bomb().length).toBeLessThan(MB);
    const { result, growthMb } = await peakRssGrowth(() => upload(editor, url, fileName, bomb()));
    expect([result.statusCode, result.json()]).toEqual([413, REFUSAL]);
    console.log(`${kind} bomb ${bomb().length} B → ${UNPACKED_MB} MB: peak RSS +${growthMb.toFixed(1)} MB`);
    expect(growthMb).toBeLessThan(UNPACKED_MB / 4);
  });

  it('refuses four concurrent bombs from two users, 1 GB unpacked in all, with memory flat', async () => {
    const { result, growthMb } = await peakRssGrowth(() =>
      Promise.all([
        upload(editor, '/api/import', 'a.xlsx', xlsxBomb),
        upload(editor, '/api/extract', 'b.docx', docxBomb),
        upload(communeEditor, '/api/import', 'c.xlsx', xlsxBomb),
        upload(communeEditor, '/api/extract', 'd.docx', docxBomb),
      ]),
    );
    expect(result.map((r) => r.statusCode)).toEqual([413, 413, 413, 413]);
    const peak = process.memoryUsage.rss() / MB;
    console.log(
      `4 bombs (${4 * UNPACKED_MB} MB unpacked): peak RSS +${growthMb.toFixed(1)} MB, now ${peak.toFixed(0)} MB`,
    );
    expect(growthMb).toBeLessThan(UNPACKED_MB / 2);
    expect([
      testApp.app.uploadSlots.held(seed.users.districtEditor.id),
      testApp.app.uploadSlots.held(seed.users.communeEditor.id),
    ]).toEqual([0, 0]);
  });

  it('gives one user two uploads at a time: a third answers 429, another user is not held up', async () => {
    const csv =
      'Loại dòng;Mã đơn vị;Mã chỉ tiêu;Năm;Nguồn chỉ tiêu;Giá trị\nchỉ tiêu;DU_TRANTHOI;TS_TOM;2023;kế hoạch;1.200';
    const id = seed.users.districtEditor.id;
    // Two uploads of this user still in progress, held as the server holds them while it reads a file.
    expect([testApp.app.uploadSlots.tryAcquire(id), testApp.app.uploadSlots.tryAcquire(id)]).toEqual([
      true,
      true,
    ]);
    try {
      const third = await upload(editor, '/api/import', 'them.csv', csv);
      expect([third.statusCode, third.json()]).toEqual([
        429,
        {
          error: 'too_many_uploads',
          message: 'Bạn đang tải lên 2 tệp cùng lúc; hãy chờ các tệp đó xử lý xong rồi tải tiếp',
        },
      ]);
      const other = await upload(communeEditor, '/api/import', 'xa.csv', csv);
      expect(other.statusCode).toBe(200);
    } finally {
      testApp.app.uploadSlots.release(id);
      testApp.app.uploadSlots.release(id);
    }
    expect(testApp.app.uploadSlots.held(id)).toBe(0);
  });
});
