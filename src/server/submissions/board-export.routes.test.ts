// The board's status filter and its XLSX export over the API on both engines: the file opened and its
// cells read, the scope refused for another district.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { daysLate } from '../../core/submission';
import { buildRegime } from '../../db/factories';
import { createRegimeRepository } from '../../db/regime.repository';
import { testDatabases } from '../../db/testing';
import { type Client, useTestApp } from '../testing';

const QUERY = 'regime=KTXH_THANG&period=2024-M3';
const read = (client: Client, url: string) => client.request({ method: 'GET', url });

describe.each(testDatabases())('the board filtered and exported on $name', ({ open }) => {
  const testApp = useTestApp(open, ['nl.cainuoc', 'nl.tranthoi', 'nl.damdoi'], { visitEditors: true });
  const { database, seed } = testApp;
  const [district, commune, damDoi] = testApp.clients;
  const as = { district, commune, damDoi };

  beforeAll(async () => {
    await createRegimeRepository(database.db).create(
      buildRegime({
        reportingRootUnitId: seed.units.district.id,
        approvalUnitIds: [seed.units.district.id],
        indicatorIds: [seed.indicators.tom.id],
      }),
      { userId: null },
    );
    const submitted = await as.commune.request({
      method: 'POST',
      url: '/api/submissions',
      payload: { regime: 'KTXH_THANG', period: '2024-M3', unit: 'DU_TRANTHOI' },
    });
    expect(submitted.statusCode).toBe(200);
  });

  it('filters the board by status', async () => {
    const submitted = (await read(as.district, `/api/submissions?${QUERY}&status=submitted`)).json();
    expect(submitted.units.map((r: { unit: { code: string } }) => r.unit.code)).toEqual(['DU_TRANTHOI']);
    const missing = (await read(as.district, `/api/submissions?${QUERY}&status=not_submitted`)).json();
    expect(missing.units.map((r: { unit: { code: string } }) => r.unit.code)).toEqual([
      'DU_TANHUNGDONG',
      'DU_TTCAINUOC',
    ]);
  });

  it('answers an unknown status with 400 naming the field', async () => {
    const response = await read(as.district, `/api/submissions?${QUERY}&status=late`);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('status');
  });

  it('exports the filtered board as XLSX whose cells are numbers and dates', async () => {
    const response = await read(as.district, `/api/submissions/board.xlsx?${QUERY}&status=not_submitted`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="theo-doi-nop-KTXH_THANG-2024-M3.xlsx"',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const ws = workbook.getWorksheet('Theo dõi nộp báo cáo')!;
    const overdue = daysLate('2024-03-18', new Date().toISOString());
    expect([6, 7, 8].map((r) => (ws.getRow(r).values as unknown[]).slice(1, 9))).toEqual([
      [1, 'DU_TANHUNGDONG', 'Đảng ủy xã Tân Hưng Đông', 'chưa nộp', undefined, overdue, 0, 1],
      [2, 'DU_TTCAINUOC', 'Đảng ủy thị trấn Cái Nước', 'chưa nộp', undefined, overdue, 0, 1],
      [],
    ]);
  });

  it('refuses the export of another district’s board with 403', async () => {
    const response = await read(as.damDoi, `/api/submissions/board.xlsx?${QUERY}&unit=HU_CAINUOC`);
    expect(response.statusCode).toBe(403);
    expect(response.json().message).toContain('Huyện ủy Cái Nước');
  });
});
