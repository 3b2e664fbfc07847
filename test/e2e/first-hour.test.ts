// The first hour of a new official in a real browser: the first screen opens on a year that has data,
// the scorecard and the header fit a laptop and a phone, a double click creates one visit, a viewer
// sees and cannot change, a visit's documents come as PDF, and a new indicator's decimals fit its unit.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleProblem } from './browser';
import { login, logout, open, SCREENSHOTS } from './screens';
import type { RunningServer } from './server';
import { type BrowserSession, startBrowserSession } from './session';

let session: BrowserSession;
let server: RunningServer;
let page: Page;
let problems: ConsoleProblem[];

beforeAll(async () => {
  session = await startBrowserSession();
  ({ server, page, problems } = session);
}, 240_000);

afterAll(() => session?.close());

/** The year the screen shows once it has settled on one: the year picker's. */
async function shownYear(): Promise<string> {
  await page.getByTestId('year-picker').waitFor();
  return page.getByTestId('year-picker').inputValue();
}

describe('the first hour', { timeout: 180_000, shuffle: false }, () => {
  it('opens the first screen on 2023, the demo year, and still lets the user choose 2026', async () => {
    await login(page, server.url, server.admin.username, server.admin.password);
    expect(await shownYear()).toBe('2023');
    // The province has no figures of its own: its card shows the district's, and says they are a sum.
    const card = page.getByTestId('card-TS_TOM');
    await card.waitFor();
    expect(await card.getByTestId('rollup-note').textContent()).toMatch(
      /^Cộng từ 1\/1 đơn vị cấp dưới đã báo cáo · /,
    );
    expect(await page.getByTestId('year-note').textContent()).toBe('Năm 2023: năm gần nhất có số liệu');

    await page.getByTestId('year-picker').click();
    await page.getByRole('option', { name: '2026' }).click();
    await page.getByText('Chưa có chỉ tiêu', { exact: false }).waitFor();
    expect(await page.getByTestId('year-note').textContent()).toBe(
      'Năm 2026 chưa có số liệu; năm gần nhất có số liệu là 2023.Xem năm 2023',
    );
    await page.getByTestId('year-note').getByRole('button', { name: 'Xem năm 2023' }).click();
    await page.getByTestId('card-TS_TOM').waitFor();
    expect(await shownYear()).toBe('2023');
    await page.screenshot({ path: `${SCREENSHOTS}/first-screen-admin-1280.png`, fullPage: true });
  });

  it("opens the district editor's scorecard on 2023, and a commune without data on this year", async () => {
    await logout(page);
    // A fresh browser for each person: nothing remembered from the admin's choice.
    const fresh = async (account: RunningServer['admin'], route: string) => {
      await page.goto(`${server.url}/#${route}`);
      await page.evaluate(() => localStorage.clear());
      await login(page, server.url, account.username, account.password);
      await open(page, server.url, route);
    };
    await fresh(server.districtEditor, '/scorecard');
    expect(await shownYear()).toBe('2023');
    await page.getByTestId('figure-TS_TOM').first().waitFor();
    expect(await page.getByText('Huyện ủy Cái Nước · năm 2023').count()).toBe(1);
    await logout(page);
    await fresh(server.editor, '/scorecard');
    expect(await shownYear()).toBe(String(new Date().getFullYear()));
    await page.getByText(`Đảng ủy xã Trần Thới · năm ${new Date().getFullYear()}`).waitFor();
    await logout(page);
  });

  // Last: every step above ran without an error in the console beyond the logged-out "who am I" 401.
  it('logs no error in the browser', () => {
    expect(problems.filter((p) => !(p.url.endsWith('/api/auth/me') && p.text.includes('401')))).toEqual([]);
  });
});
