// Bulk import: all rows or none, every bad row listed with its number and reason, 413 above 20 MB.
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyAllButSeed, testDatabases } from '../../db/testing';
import { readImportRows } from '../../documents/import-rows';
import { freshRead, multipartFile as multipart, useTestApp } from '../testing';

const HEADING = 'Loại dòng;Mã đơn vị;Mã chỉ tiêu;Kỳ báo cáo;Thực hiện/Ước;Năm;Nguồn chỉ tiêu;Giá trị;Văn bản';

describe.each(testDatabases())('import on $name', ({ open }) => {
  const testApp = useTestApp(open, ['nl.cainuoc']);
  const { database, seed, loginAs } = testApp;
  const [editor] = testApp.clients;

  const upload = (fileName: string, content: Buffer | string, client = editor) =>
    client.request({ method: 'POST', url: '/api/import', ...multipart(fileName, content) });
  const count = async (table: string) => {
    const result = (await database.db.execute(`select count(*)::int as n from ${table}`)) as unknown as {
      rows: { n: number }[];
    };
    return result.rows[0]?.n;
  };

  // Each test counts what the import wrote, so each starts with no targets and no figures.
  beforeEach(async () => {
    await emptyAllButSeed(database.db);
  });

  it('answers 422 listing every bad row with its number and reason, and writes nothing', async () => {
    const csv = [
      HEADING,
      'chỉ tiêu;HU_CAINUOC;TS_TOM;;;2023;nghị quyết;29.004;NQ 12-NQ/HU',
      'số liệu;HU_CAINUOC;TS_TOM;2023-Q5;thực hiện;;;24.937;',
      'số liệu;HU_XYZ;TS_TOM;2023;thực hiện;;;1;',
      'số liệu;HU_CAINUOC;BHYT_TYLE;2023;thực hiện;;;100,5;',
      'số liệu;HU_CAINUOC;TS_TOM;2023;ước;;;hai mươi;',
      'số liệu;HU_DAMDOI;TS_TOM;2023;thực hiện;;;5;',
      'số liệu;HU_CAINUOC;TS_TOM;2023;thực hiện;;;-3;',
    ].join('\n');
    const response = await upload('so-lieu.csv', csv);
    expect(response.statusCode).toBe(422);
    const body = response.json();
    expect(body.error).toBe('invalid_rows');
    expect(body.message).toMatch(/^Tệp có 6 lỗi, chưa ghi dòng nào: dòng 3 \(period\)/);
    expect(body.rows.map((r: { row: number; field: string }) => [r.row, r.field])).toEqual([
      [3, 'period'],
      [4, 'unitCode'],
      [5, 'value'],
      [6, 'value'],
      [7, 'unitCode'],
      [8, 'value'],
    ]);
    expect(body.rows[1].reason).toBe('không có đơn vị mã "HU_XYZ"');
    expect(body.rows[3].reason).toBe('"hai mươi" không phải số (viết 24.937 hoặc 85,98)');
    expect(body.rows[4].reason).toBe('đơn vị "Huyện ủy Đầm Dơi" nằm ngoài phạm vi của bạn');
    expect(await count('targets')).toBe(0);
    expect(await count('observations')).toBe(0);
  });

  it('writes a good file in one go: 1 target of 29.004 tấn and 2 figures, with provenance', async () => {
    const csv = [
      HEADING,
      'chỉ tiêu;HU_CAINUOC;TS_TOM;;;2023;nghị quyết;29.004;NQ 12-NQ/HU',
      'số liệu;HU_CAINUOC;TS_TOM;2023-YTD-2023-11-17;thực hiện;;;24.937;',
      'số liệu;DU_TRANTHOI;BHYT_TYLE;2023;thực hiện;;;92,58;',
    ].join('\n');
    const response = await upload('cai-nuoc.csv', csv);
    expect(response.json()).toEqual({ targets: 1, observations: 2 });
    const figures = (
      await editor.request({ method: 'GET', url: `/api/observations?unitId=${seed.units.tranThoi.id}` })
    ).json().observations;
    expect(figures).toMatchObject([
      {
        value: 92.58,
        provenance: { kind: 'imported', file: 'cai-nuoc.csv', row: 4, userId: seed.users.districtEditor.id },
      },
    ]);
    const scorecard = (
      await freshRead(editor, {
        method: 'GET',
        url: `/api/units/${seed.units.district.id}/scorecard?year=2023`,
      })
    ).json();
    const tom = scorecard.rows.find((r: { indicator: { code: string } }) => r.indicator.code === 'TS_TOM');
    expect(tom.actual.value).toBe(24937);
    expect(tom.achievement[0].percent).toBeCloseTo((24937 / 29004) * 100, 10);
  });

  it('reads the period in words as reports write it, under a column headed "kỳ" or "period"', async () => {
    const rows = [
      'số liệu;HU_CAINUOC;TS_TOM;6 tháng đầu năm 2024;thực hiện;;;12.500;',
      'số liệu;HU_CAINUOC;TS_TOM;8 tháng đầu năm 2024;thực hiện;;;16.800;',
      'số liệu;HU_CAINUOC;TS_TOM;Quý I/2024;thực hiện;;;5.900;',
      'số liệu;HU_CAINUOC;TS_TOM;tháng 3/2024;thực hiện;;;2.100;',
      'số liệu;HU_CAINUOC;TS_TOM;năm 2023;thực hiện;;;24.937;',
    ];
    const byKy = await upload(
      'ky.csv',
      [HEADING.replace('Kỳ báo cáo', 'kỳ'), ...rows.slice(0, 3)].join('\n'),
    );
    expect(byKy.json()).toEqual({ targets: 0, observations: 3 });
    const byPeriod = await upload(
      'period.csv',
      [HEADING.replace('Kỳ báo cáo', 'period'), ...rows.slice(3)].join('\n'),
    );
    expect(byPeriod.json()).toEqual({ targets: 0, observations: 2 });
    const stored = (await database.db.execute(
      'select period, value from observations order by period',
    )) as unknown as { rows: { period: string; value: number }[] };
    expect(stored.rows.map((r) => [r.period, Number(r.value)])).toEqual([
      ['2023', 24937],
      ['2024-8M', 16800],
      ['2024-H1', 12500],
      ['2024-M3', 2100],
      ['2024-Q1', 5900],
    ]);
  });

  it('names the row and the words it could not read as a period', async () => {
    const csv = [HEADING, 'số liệu;HU_CAINUOC;TS_TOM;13 tháng đầu năm 2024;thực hiện;;;1;'].join('\n');
    const response = await upload('sai-ky.csv', csv);
    expect(response.statusCode).toBe(422);
    expect(response.json().rows).toEqual([
      {
        row: 2,
        field: 'period',
        reason: expect.stringContaining("'13 tháng đầu năm 2024' is not a period code"),
      },
    ]);
    expect(await count('observations')).toBe(0);
  });

  it('starts an imported figure’s history with its file’s import, then each change', async () => {
    const csv = [HEADING, 'số liệu;DU_TRANTHOI;BHYT_TYLE;2022;thực hiện;;;90,1;'].join('\n');
    expect((await upload('nam-2022.csv', csv)).statusCode).toBe(200);
    const [figure] = (
      await editor.request({
        method: 'GET',
        url: `/api/observations?unitId=${seed.units.tranThoi.id}&year=2022`,
      })
    ).json().observations;
    const edited = await editor.request({
      method: 'PATCH',
      url: `/api/observations/${figure.id}`,
      payload: { value: 90.7, version: figure.version },
    });
    expect(edited.statusCode).toBe(200);
    const { entries } = (
      await editor.request({ method: 'GET', url: `/api/observations/${figure.id}/history` })
    ).json();
    expect(entries).toMatchObject([
      {
        id: figure.provenance.importId,
        action: 'create',
        who: 'nl.cainuoc',
        before: null,
        after: { value: 90.1, file: 'nam-2022.csv', row: 2, importId: figure.provenance.importId },
      },
      { action: 'update', who: 'nl.cainuoc', before: { value: 90.1 }, after: { value: 90.7 } },
    ]);
  });

  it('refuses figures already stored and repeated rows, by row number', async () => {
    const stored = 'số liệu;HU_CAINUOC;TS_TOM;2023-YTD-2023-11-17;thực hiện;;;24.937;';
    expect((await upload('lan-mot.csv', [HEADING, stored].join('\n'))).json()).toEqual({
      targets: 0,
      observations: 1,
    });
    const csv = [
      HEADING,
      stored,
      'số liệu;HU_CAINUOC;TS_TOM;2023-Q1;thực hiện;;;5.000;',
      'số liệu;HU_CAINUOC;TS_TOM;2023-Q1;thực hiện;;;5.100;',
    ].join('\n');
    const response = await upload('lan-hai.csv', csv);
    expect(response.statusCode).toBe(422);
    expect(response.json().rows).toEqual([{ row: 4, field: 'period', reason: 'trùng số liệu với dòng 3' }]);
    const again = await upload('lan-ba.csv', [HEADING, stored].join('\n'));
    expect(again.json().rows).toEqual([
      { row: 2, field: 'period', reason: 'đã có số liệu này trong hệ thống; sửa trực tiếp thay vì nhập lại' },
    ]);
  });

  it('answers an upload over 20 MB with 413 too_large', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024 + 10, 'a');
    const response = await upload('lon.csv', big);
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({
      error: 'too_large',
      message: 'Tệp hoặc nội dung vượt quá giới hạn 20 MB',
    });
  });

  it('answers a file of another kind with 422 naming it, and a missing file with 400', async () => {
    const docx = await upload('bao-cao.docx', 'PK');
    expect(docx.statusCode).toBe(422);
    expect(docx.json().rows[0].reason).toBe('bao-cao.docx: chỉ nhận tệp .csv hoặc .xlsx');
    const json = await editor.request({ method: 'POST', url: '/api/import', payload: { file: 'x' } });
    expect(json.statusCode).toBe(415);
  });

  it('refuses an import by a viewer with 403', async () => {
    const viewer = await loginAs('xem.cainuoc');
    expect((await upload('x.csv', HEADING, viewer)).statusCode).toBe(403);
  });

  it('serves templates that read back as import files', async () => {
    const xlsx = await editor.request({ method: 'GET', url: '/api/import/template.xlsx' });
    expect(xlsx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const rows = await readImportRows('mau.xlsx', xlsx.rawPayload);
    expect(rows.kind === 'ok' && rows.rows.length).toBe(2);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const catalog = workbook.getWorksheet('Danh mục')!;
    const codes = catalog.getColumn(1).values.slice(2);
    expect(codes).toEqual(['HU_CAINUOC', 'DU_TRANTHOI', 'DU_TANHUNGDONG', 'DU_TTCAINUOC']);
    const csv = await editor.request({ method: 'GET', url: '/api/import/template.csv' });
    expect(csv.body.split('\n')[0]).toBe(
      '\uFEFFLoại dòng;Mã đơn vị;Mã chỉ tiêu;Kỳ báo cáo;Thực hiện/Ước;Năm;Đến năm;Nguồn chỉ tiêu;Giá trị;Văn bản;Ghi chú',
    );
  });

  it('exports the scorecard as XLSX', async () => {
    const response = await editor.request({
      method: 'GET',
      url: `/api/units/${seed.units.district.id}/scorecard.xlsx?year=2023`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="bang-chi-tieu-HU_CAINUOC-2023.xlsx"',
    );
    expect(response.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
