// A unit's history in a real browser, in the world after 1/7/2025 that `npm start` shows: searching
// "cai nuoc" without diacritics finds the old district, the old thị trấn and the new xã, each with its
// dates; the new xã says what it was formed from, and an old commune where it went.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { a11yAtBothWidths, apiCall, login, open } from './screens';
import type { RunningServer } from './server';
import { type BrowserSession, startBrowserSession } from './session';

let session: BrowserSession;
let server: RunningServer;
let page: Page;

beforeAll(async () => {
  session = await startBrowserSession({ transition: true });
  ({ server, page } = session);
  await login(page, server.url, server.admin.username, server.admin.password);
}, 240_000);

afterAll(() => session?.close());

describe('a unit’s lineage', { timeout: 180_000, shuffle: false }, () => {
  it('tells how the new xã Cái Nước was formed, under the unit picker', async () => {
    await open(page, server.url, `/overview?unit=${server.units.DU_XA_CAINUOC}&year=2025`);
    const lineage = page.getByTestId('lineage');
    await lineage.waitFor();
    expect(await lineage.textContent()).toBe(
      'Thành lập ngày 01/07/2025 trên cơ sở toàn bộ Đảng ủy thị trấn Cái Nước, toàn bộ Đảng ủy xã Trần Thới, ' +
        'một phần Đảng ủy xã Đông Thới và một phần Đảng ủy xã Tân Hưng Đông (1655/NQ-UBTVQH15).',
    );
    expect(await a11yAtBothWidths(page)).toEqual({ 1280: [], 375: [] });
  });

  it('finds the units of Cái Nước old and new by "cai nuoc", and the old thị trấn says where it went', async () => {
    await page.getByTestId('unit-picker').fill('cai nuoc');
    const options = async () => (await page.getByRole('option').allTextContents()).map((o) => o.trim());
    await expect
      .poll(options, { timeout: 30_000 })
      .toEqual([
        'Đảng ủy xã Cái Nước · từ 01/07/2025',
        'Huyện ủy Cái Nước · đến 30/06/2025',
        'Đảng ủy thị trấn Cái Nước · đến 30/06/2025',
      ]);
    await page.getByRole('option', { name: /^Đảng ủy thị trấn Cái Nước/ }).click();
    await expect
      .poll(() => page.getByTestId('lineage').textContent(), { timeout: 30_000 })
      .toBe(
        'Kết thúc ngày 30/06/2025; từ ngày 01/07/2025: nhập toàn bộ vào Đảng ủy xã Cái Nước (1655/NQ-UBTVQH15).',
      );
    await page.getByTestId('unit-picker').fill('huyen uy cai nuoc');
    await page.getByRole('option', { name: /^Huyện ủy Cái Nước/ }).click();
    await expect
      .poll(() => page.getByTestId('lineage').textContent(), { timeout: 30_000 })
      .toBe('Kết thúc hoạt động ngày 30/06/2025.');
  });

  it('marks a figure the new province inherited from the two old ones and lists the figures it was made of', async () => {
    const { body: units } = await apiCall(page, 'GET', '/api/units');
    const { body: indicators } = await apiCall(page, 'GET', '/api/indicators');
    const unit = (code: string) => units.units.find((u: { code: string }) => u.code === code).id;
    const tom = indicators.indicators.find((i: { code: string }) => i.code === 'TS_TOM').id;
    for (const [code, value] of [
      ['TU_CAMAU', 1000],
      ['TU_BACLIEU', 2000],
    ] as const) {
      const posted = await apiCall(page, 'POST', '/api/observations', {
        unitId: unit(code),
        indicatorId: tom,
        period: '2024',
        kind: 'actual',
        value,
      });
      expect(posted.status).toBe(201);
    }
    await open(page, server.url, `/scorecard?unit=${unit('TU_CAMAU_MOI')}&year=2024`);
    const figure = page.getByTestId('inherited-TS_TOM').first();
    await figure.waitFor({ timeout: 30_000 });
    expect(await figure.textContent()).toBe('3.000kế thừa');
    expect(await figure.getAttribute('title')).toBe('Kế thừa từ: Tỉnh ủy Cà Mau, Tỉnh ủy Bạc Liêu');
    await figure.click();
    const drawer = page.getByTestId('inherited-sources');
    await drawer.waitFor();
    const cells = await drawer
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)));
    expect(cells).toEqual([
      ['Tỉnh ủy Cà Mau', 'Năm 2024', '1.000', 'toàn bộ'],
      ['Tỉnh ủy Bạc Liêu', 'Năm 2024', '2.000', 'toàn bộ'],
    ]);
    expect(await a11yAtBothWidths(page)).toEqual({ 1280: [], 375: [] });
  });
});
