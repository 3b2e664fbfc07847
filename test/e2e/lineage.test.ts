// A unit's history in a real browser, in the world after 1/7/2025 that `npm start` shows: searching
// "cai nuoc" without diacritics finds the old district, the old thị trấn and the new xã, each with its
// dates; the new xã says what it was formed from, and an old commune where it went.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { a11yAtBothWidths, login, open } from './screens';
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
});
