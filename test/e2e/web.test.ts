// The web app in a real browser against the real server with the Cái Nước demo: what a leader, a
// specialist and a commune editor each see and do, with screenshots of every screen at 1280 and 375 px.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type ConsoleProblem, launchBrowser, watchConsole } from './browser';
import { fillLogin, login, logout, open, revealLazy, shoot } from './screens';
import { type RunningServer, startServer } from './server';
import { ensureWebBuild } from './web-build';

let server: RunningServer;
let browser: Browser;
let page: Page;
let problems: ConsoleProblem[];

// Before login the app asks who is logged in; the server's 401 is how it learns "nobody" (documented in
// docs/api-contract.md), and Chromium logs every 4xx answer. That one answer is expected; nothing else is.
function unexpected(list: ConsoleProblem[]): ConsoleProblem[] {
  return list.filter((p) => !(p.url.endsWith('/api/auth/me') && p.text.includes('401')));
}

beforeAll(async () => {
  ensureWebBuild();
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.context.newPage();
  // Other browser tests may run beside these on the same two cores: waits get room to spare.
  page.setDefaultTimeout(60_000);
  problems = watchConsole(page);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// Two shared cores and a real browser: each step gets room beyond vitest's default.
describe('web app', { timeout: 180_000 }, () => {
  it('logs the demo admin in', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    await shoot(page, 'login');
    await login(page, server.url, server.admin.username, server.admin.password);
    await expect(page.getByTestId('user-menu').textContent()).resolves.toContain(server.admin.displayName);
  });

  it('shows Huyện ủy Cái Nước 2023 at a glance: shrimp 24.937 tấn, 85,98% of the resolution', async () => {
    await open(page, server.url, `/overview?unit=${server.units.HU_CAINUOC}&year=2023`);
    const card = page.getByTestId('card-TS_TOM');
    await card.waitFor();
    const text = await card.textContent();
    expect(text).toContain('24.937 tấn');
    expect(text).toContain('85,98%');
    // Charts load as they come near the screen, so the figures come first.
    await page.getByRole('region', { name: 'Tỷ lệ đạt theo chỉ tiêu' }).scrollIntoViewIfNeeded();
    await page.getByRole('img', { name: 'Tỷ lệ đạt theo chỉ tiêu' }).locator('svg').waitFor();
    await revealLazy(page);
    await shoot(page, 'overview');
  });

  it('opens a figure of the scorecard to its provenance and history', async () => {
    await open(page, server.url, `/scorecard?unit=${server.units.HU_CAINUOC}&year=2023`);
    await page.getByTestId('scorecard-table').waitFor();
    await shoot(page, 'scorecard');
    await page.getByTestId('figure-TS_TOM').first().click();
    const provenance = page.getByTestId('provenance');
    await provenance.waitFor();
    expect(await provenance.textContent()).toContain('24.937');
    await page.getByTestId('history').waitFor();
    await shoot(page, 'provenance', false);
    await page.keyboard.press('Escape');
  });

  it('stores a figure typed in the grid and the scorecard shows it', async () => {
    const unit = server.units.DU_TRANTHOI;
    await open(page, server.url, `/data-entry?unit=${unit}&year=2023&period=2023-9M`);
    const input = page.getByRole('textbox', { name: 'Thực hiện: Sản lượng tôm', exact: true });
    await input.fill('hai nghìn');
    await expect(page.getByText('Không phải số').first().isVisible()).resolves.toBe(true);
    await input.fill('5.321');
    await shoot(page, 'data-entry');
    await page.getByTestId('entry-save').click();
    await page.getByText('Đã lưu').first().waitFor();
    await open(page, server.url, `/scorecard?unit=${unit}&year=2023`);
    await page.getByTestId('scorecard-table').waitFor();
    await expect(page.getByTestId('figure-TS_TOM').first().textContent()).resolves.toBe('5.321');
  });

  it('turns the Cái Nước report into figures with provenance in one step', async () => {
    await open(page, server.url, `/report-import?unit=${server.units.HU_CAINUOC}&year=2023`);
    await page.getByTestId('report-textarea').fill(server.reportText);
    // The demo already stored this report for its own period (to 17/11/2023); this import covers nine months.
    await page.getByTestId('report-period').click();
    await page.getByRole('option', { name: '9 tháng năm 2023' }).click();
    await shoot(page, 'report-input');
    await page.getByTestId('report-extract').click();
    await page.getByTestId('report-text').waitFor();
    const marks = await page.locator('mark.figure').count();
    expect(marks).toBeGreaterThanOrEqual(10);
    expect(await page.locator('mark.figure').filter({ hasText: '24.937 tấn' }).count()).toBe(1);
    await shoot(page, 'report-review');
    // The demo already holds the year-end estimate of admissions (155): leave that statement out.
    await page
      .getByTestId('statement')
      .filter({ hasText: '155 đảng viên' })
      .getByRole('checkbox')
      .first()
      .uncheck();
    await page.getByTestId('report-confirm').click();
    await page.getByTestId('report-done').waitFor();
    const extracted = await page.evaluate(async (unitId) => {
      const list = await fetch(`/api/observations?unitId=${unitId}&year=2023`).then((r) => r.json());
      const shrimp = list.observations.filter(
        (o: { provenance: { kind: string }; value: number }) =>
          o.provenance.kind === 'extracted' && o.value === 24937,
      );
      const answer = await fetch(`/api/observations/${shrimp.at(-1).id}/provenance`).then((r) => r.json());
      return { count: shrimp.length, report: answer.report };
    }, server.units.HU_CAINUOC);
    expect(extracted.count).toBeGreaterThanOrEqual(1);
    const [start, end] = extracted.report.span;
    expect(extracted.report.text.slice(start, end)).toContain('sản lượng tôm 24.937 tấn');
  });

  it('shows every admin screen', async () => {
    for (const tab of ['units', 'indicators', 'targets', 'users']) {
      await open(page, server.url, `/admin?tab=${tab}&unit=${server.units.HU_CAINUOC}&year=2023`);
      await page.getByTestId(`${tab}-table`).waitFor();
      await shoot(page, `admin-${tab}`);
    }
  });

  it('switches to English: labels change, numbers keep their vi-VN form', async () => {
    await open(page, server.url, `/overview?unit=${server.units.HU_CAINUOC}&year=2023`);
    await page.getByTestId('card-TS_TOM').waitFor();
    await page.getByTestId('user-menu').click();
    await page.getByTestId('switch-language').click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    const card = await page.getByTestId('card-TS_TOM').textContent();
    expect(card).toContain('Shrimp output');
    expect(card).toContain('24.937 tấn');
    expect(card).toContain('85,98%');
    await expect(page.getByRole('link', { name: 'Scorecard' }).isVisible()).resolves.toBe(true);
    await shoot(page, 'overview-en');
    await page.getByTestId('user-menu').click();
    await page.getByTestId('switch-language').click();
    await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
  });

  it('raised no console error on any screen', () => {
    expect(unexpected(problems)).toEqual([]);
  });

  it('keeps a half-typed figure through a session expiry and the new login', async () => {
    await open(page, server.url, `/data-entry?unit=${server.units.DU_TRANTHOI}&year=2023&period=2023-9M`);
    const whole = page.getByRole('textbox', { name: 'Thực hiện: Tổng sản lượng thủy sản', exact: true });
    await whole.fill('6.000');
    await browser.context.clearCookies();
    await page.getByTestId('entry-save').click();
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    await fillLogin(page, server.admin.username, server.admin.password);
    await page.getByTestId('entry-grid').waitFor();
    await expect(whole.inputValue()).resolves.toBe('6.000');
  });

  it('keeps Tân Hưng Đông out of sight of an editor scoped to xã Trần Thới, in the UI and through the API', async () => {
    await logout(page);
    await login(page, server.url, server.editor.username, server.editor.password).catch(async (error) => {
      await page.screenshot({ path: 'test-results/failure-editor-login.png' });
      throw error;
    });
    await open(page, server.url, `/overview?unit=${server.units.DU_TRANTHOI}&year=2023`);
    await page.getByTestId('unit-picker').click();
    const options = await page.getByRole('option').allTextContents();
    expect(options.map((o) => o.trim())).toEqual(['Đảng ủy xã Trần Thới']);
    await page.keyboard.press('Escape');
    await open(page, server.url, `/scorecard?unit=${server.units.DU_TANHUNGDONG}&year=2023`);
    await page.getByText('Bạn không có quyền xem nội dung này.').waitFor();
    expect(await page.getByTestId('scorecard-table').count()).toBe(0);
    const statuses = await page.evaluate(async (id) => {
      const urls = [
        `/api/units/${id}/scorecard?year=2023`,
        `/api/observations?unitId=${id}&year=2023`,
        `/api/units/${id}`,
      ];
      return Promise.all(urls.map((u) => fetch(u).then((r) => r.status)));
    }, server.units.DU_TANHUNGDONG);
    expect(statuses).toEqual([403, 403, 403]);
  });
});
