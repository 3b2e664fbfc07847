// The web app in a real browser against the real server with the Cái Nước demo: what a leader, a
// specialist and a commune editor each see and do, with screenshots of every screen at 1280 and 375 px.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type ConsoleProblem, watchConsole } from './browser';
import {
  a11yAtBothWidths,
  a11yViolations,
  fillLogin,
  horizontalOverflow,
  login,
  logout,
  onPhone,
  open,
  revealLazy,
  SCREENSHOTS,
  shoot,
  tab,
} from './screens';
import type { RunningServer } from './server';
import { type BrowserSession, startBrowserSession } from './session';

let session: BrowserSession;
let server: RunningServer;
let browser: Browser;
let page: Page;
let problems: ConsoleProblem[];

// Before login the app asks who is logged in; the server's 401 is how it learns "nobody" (documented in
// docs/api-contract.md), and Chromium logs every 4xx answer. That answer is expected, and so is the one 409
// of the grid's save the phone test makes stale on purpose; nothing else is.
function unexpected(list: ConsoleProblem[]): ConsoleProblem[] {
  return list.filter(
    (p) =>
      !(p.url.endsWith('/api/auth/me') && p.text.includes('401')) &&
      !(p.url.includes(`/api/observations/${staleObservation}`) && p.text.includes('409')),
  );
}
let staleObservation: number | null = null;

beforeAll(async () => {
  session = await startBrowserSession();
  ({ server, browser, page, problems } = session);
}, 240_000);

afterAll(() => session?.close());

/** What axe-core finds serious or critical, at each width: nothing. */
const NO_VIOLATIONS = { 1280: [], 375: [] };

/** A card's label and value pairs, as shown. */
async function facts(card: Locator): Promise<[string, string][]> {
  return card
    .locator('dl')
    .evaluate((dl) =>
      [...dl.querySelectorAll('dt')].map((dt) => [
        dt.textContent ?? '',
        [...(dt.nextElementSibling?.childNodes ?? [])].map((n) => n.textContent).join(' '),
      ]),
    );
}

// Two shared cores and a real browser: each step gets room beyond vitest's default. One person's session
// from login to the last screen in one page: the steps are a journey, so a shuffled run keeps their order.
describe('web app', { timeout: 180_000, shuffle: false }, () => {
  it('logs the demo admin in', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    await shoot(page, 'login');
    expect(await a11yAtBothWidths(page)).toEqual(NO_VIOLATIONS);
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
    expect(await a11yAtBothWidths(page)).toEqual(NO_VIOLATIONS);
  });

  it('opens a figure of the scorecard to its provenance and history', async () => {
    await open(page, server.url, `/scorecard?unit=${server.units.HU_CAINUOC}&year=2023`);
    await page.getByTestId('scorecard-table').waitFor();
    await shoot(page, 'scorecard');
    expect(await a11yAtBothWidths(page)).toEqual(NO_VIOLATIONS);
    await page.getByTestId('figure-TS_TOM').first().click();
    const provenance = page.getByTestId('provenance');
    await provenance.waitFor();
    expect(await provenance.textContent()).toContain('24.937');
    await page.getByTestId('history').waitFor();
    await shoot(page, 'provenance', false);
    expect(await a11yAtBothWidths(page)).toEqual(NO_VIOLATIONS);
    await page.keyboard.press('Escape');
  });

  it('on a phone (375 px) shows the scorecard as cards with every figure and its provenance', () =>
    onPhone(page, async () => {
      await open(page, server.url, `/overview?unit=${server.units.HU_CAINUOC}&year=2023`);
      const overviewCard = page.getByTestId('card-TS_TOM');
      await overviewCard.waitFor();
      expect(await overviewCard.textContent()).toContain('24.937 tấn');
      expect(await horizontalOverflow(page)).toBe(0);

      await open(page, server.url, `/scorecard?unit=${server.units.HU_CAINUOC}&year=2023`);
      const card = page.getByTestId('scorecard-card-TS_TOM');
      await card.waitFor();
      expect(await page.getByTestId('scorecard-table').count()).toBe(0);
      expect(await card.getByRole('heading').textContent()).toBe('Sản lượng tôm');
      expect(await card.locator('.mantine-Badge-root').textContent()).toBe('Đúng tiến độ');
      expect(await facts(card)).toEqual([
        ['Thực hiện', '24.937 tấn Từ 01/01/2023 đến 17/11/2023'],
        ['Chỉ tiêu Nghị quyết', '29.003 tấn suy ra từ: đạt 85,98% Nghị quyết'],
        ['Tỷ lệ đạt (Nghị quyết)', '85,98%'],
        ['So cùng kỳ', '+1,25%'],
        ['Ước cả năm', '28.355 tấn'],
        ['Đơn vị báo cáo', '0/3'],
      ]);
      expect(await horizontalOverflow(page)).toBe(0);
      await page.screenshot({ path: `${SCREENSHOTS}/scorecard-cards-375.png`, fullPage: true });
      await card.getByTestId('figure-TS_TOM').click();
      const provenance = page.getByTestId('provenance');
      await provenance.waitFor();
      expect(await provenance.textContent()).toContain('24.937 tấn');
      await page.keyboard.press('Escape');
      await provenance.waitFor({ state: 'detached' });
    }));

  it('on a phone (375 px) keeps validation, warnings and conflicts in the grid cards', () =>
    onPhone(page, async () => {
      const unit = server.units.DU_TRANTHOI;
      await open(page, server.url, `/data-entry?unit=${unit}&year=2023&period=2023-H1`);
      const card = page.getByRole('region', { name: 'Sản lượng tôm' });
      const shrimp = card.getByRole('textbox', { name: 'Thực hiện: Sản lượng tôm', exact: true });
      await shrimp.fill('hai nghìn');
      expect(await card.getByText('Không phải số (ví dụ: 24.937 hoặc 85,98)').isVisible()).toBe(true);
      expect(await page.getByTestId('entry-save').isDisabled()).toBe(true);
      // A part larger than its whole is a warning to confirm, not a refusal.
      await page
        .getByRole('textbox', { name: 'Thực hiện: Tổng sản lượng thủy sản', exact: true })
        .fill('1.000');
      await shrimp.fill('2.000');
      expect(await card.getByRole('status').allTextContents()).toEqual([
        'Lớn hơn chỉ tiêu tổng Tổng sản lượng thủy sản (1.000)',
      ]);
      expect(await page.getByTestId('entry-save').isDisabled()).toBe(true);
      await card.getByRole('checkbox', { name: 'Tôi đã kiểm tra, số liệu đúng' }).check();
      expect(await page.getByTestId('entry-save').isDisabled()).toBe(false);
      // The whole corrected as well, so the part stays within it from now on.
      await page
        .getByRole('textbox', { name: 'Thực hiện: Tổng sản lượng thủy sản', exact: true })
        .fill('2.500');
      expect(await horizontalOverflow(page)).toBe(0);
      await page.screenshot({ path: `${SCREENSHOTS}/data-entry-cards-375.png`, fullPage: true });
      await page.getByTestId('entry-save').click();
      await card.getByText('Đã lưu').waitFor();

      // Someone else changes the shrimp figure while this user types another.
      await shrimp.fill('2.100');
      staleObservation = await page.evaluate(async (unitId) => {
        const { csrfToken } = await fetch('/api/auth/me').then((r) => r.json());
        const { observations } = await fetch(`/api/observations?unitId=${unitId}&period=2023-H1`).then((r) =>
          r.json(),
        );
        const indicators = await fetch('/api/indicators').then((r) => r.json());
        const tom = indicators.indicators.find((i: { code: string }) => i.code === 'TS_TOM');
        const mine = observations.find(
          (o: { indicatorId: number; kind: string }) => o.indicatorId === tom.id && o.kind === 'actual',
        );
        await fetch(`/api/observations/${mine.id}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
          body: JSON.stringify({ value: 2050, version: mine.version }),
        });
        return mine.id as number;
      }, unit);
      await page.getByTestId('entry-save').click();
      const conflict = card.getByRole('alert');
      await conflict.waitFor();
      expect(await conflict.textContent()).toBe(
        'Người khác vừa sửa số này thành 2.050.Dùng số của họGiữ số của tôi (2.100)',
      );
      expect(await horizontalOverflow(page)).toBe(0);
      await conflict.getByRole('button', { name: 'Giữ số của tôi (2.100)' }).click();
      await card.getByText('Đã lưu').waitFor();
      expect(await shrimp.inputValue()).toBe('2.100');
    }));

  it('on a phone (375 px) lets no other screen scroll sideways', () =>
    onPhone(page, async () => {
      const unit = server.units.HU_CAINUOC;
      await open(page, server.url, `/report-import?unit=${unit}&year=2023`);
      await page.getByTestId('report-textarea').waitFor();
      expect(await horizontalOverflow(page)).toBe(0);
      for (const tab of ['units', 'indicators', 'targets', 'users']) {
        await open(page, server.url, `/admin?tab=${tab}&unit=${unit}&year=2023`);
        await page.getByTestId(`${tab}-table`).waitFor();
        expect(await horizontalOverflow(page), tab).toBe(0);
        // A row's actions are within the window, not beyond a sideways scroll of their own.
        const history = page.getByTestId(`${tab}-table`).getByRole('button', { name: 'Lịch sử' }).first();
        const box = await history.boundingBox();
        expect(box !== null && box.x >= 0 && box.x + box.width <= 375, tab).toBe(true);
      }
    }));

  it('stores a figure typed in the grid and the scorecard shows it', async () => {
    const unit = server.units.DU_TRANTHOI;
    await open(page, server.url, `/data-entry?unit=${unit}&year=2023&period=2023-9M`);
    const input = page.getByRole('textbox', { name: 'Thực hiện: Sản lượng tôm', exact: true });
    await input.fill('hai nghìn');
    await expect(page.getByText('Không phải số').first().isVisible()).resolves.toBe(true);
    await input.fill('5.321');
    await shoot(page, 'data-entry');
    expect(await a11yAtBothWidths(page)).toEqual(NO_VIOLATIONS);
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
    await page.getByRole('option', { name: '9 tháng đầu năm 2023' }).click();
    await shoot(page, 'report-input');
    expect(await a11yAtBothWidths(page)).toEqual(NO_VIOLATIONS);
    await page.getByTestId('report-extract').click();
    await page.getByTestId('report-text').waitFor();
    // The 13 figures the extractor finds in the report (fixtures/cai-nuoc-2023-11-17.statements.json).
    expect(await page.locator('mark.figure').count()).toBe(13);
    expect(await page.locator('mark.figure').filter({ hasText: '24.937 tấn' }).count()).toBe(1);
    await shoot(page, 'report-review');
    expect(await a11yAtBothWidths(page)).toEqual(NO_VIOLATIONS);
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
    // The demo's own figure to 17/11/2023 and this nine-month one, both read from the report.
    expect(extracted.count).toBe(2);
    const [start, end] = extracted.report.span;
    expect(extracted.report.text.slice(start, end)).toBe(
      'sản lượng tôm 24.937 tấn, đạt 85,98% Nghị quyết, tăng 1,25% so với cùng kỳ',
    );
  });

  it('shows every admin screen', async () => {
    for (const tab of ['units', 'indicators', 'targets', 'users']) {
      await open(page, server.url, `/admin?tab=${tab}&unit=${server.units.HU_CAINUOC}&year=2023`);
      await page.getByTestId(`${tab}-table`).waitFor();
      await shoot(page, `admin-${tab}`);
      expect(await a11yAtBothWidths(page), tab).toEqual(NO_VIOLATIONS);
    }
    // A dialog of the admin screens, over the page.
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    await page.getByRole('dialog').waitFor();
    await shoot(page, 'admin-user-dialog', false);
    expect(await a11yAtBothWidths(page)).toEqual(NO_VIOLATIONS);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
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
    expect(await a11yAtBothWidths(page)).toEqual(NO_VIOLATIONS);
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
    // The refusal is Mantine's light alert, dark red on light red, that anyone can read.
    const refusal = page.getByRole('alert').filter({ hasText: 'Bạn không có quyền xem nội dung này.' });
    const colours = await refusal.evaluate((el) => [
      getComputedStyle(el).color,
      getComputedStyle(el).backgroundColor,
    ]);
    expect(colours).toEqual(['rgb(201, 42, 42)', 'rgb(255, 227, 227)']);
    expect(await a11yViolations(page)).toEqual([]);
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
  it('logs in and reaches a figure of the scorecard with the keyboard alone, focus always visible', async () => {
    await logout(page);
    // The login screen shows only once the server has ended the session: a page opened now finds none.
    const me = await page.evaluate(() => fetch('/api/auth/me').then((r) => r.status));
    expect(me).toBe(401);
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    const stops: string[] = [];
    /** Tabs (or presses `key`) until focus reaches `name`; every stop on the way must show its focus. */
    const reach = async (name: string, key = 'Tab') => {
      for (let i = 0; i < 40; i++) {
        const stop = await tab(page, key);
        stops.push(stop.name);
        expect(stop.visible, `focus shows on ${stops.join(' → ')}`).toBe(true);
        if (stop.name === name) return;
      }
      throw new Error(`${name} not reached by ${key}: ${stops.join(' → ')}`);
    };
    await reach('input Tên đăng nhập');
    await page.keyboard.type(server.admin.username);
    await reach('input Mật khẩu');
    await page.keyboard.type(server.admin.password);
    await page.keyboard.press('Enter');
    await page.getByTestId('user-menu').waitFor();
    await reach('a Bảng chỉ tiêu');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Bảng chỉ tiêu' }).waitFor();
    // The skip link leads past the header and the navigation to the screen itself.
    await reach('button Bỏ qua, đến nội dung chính', 'Shift+Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await reach('combobox Đơn vị');
    await page.keyboard.type('Huyện ủy Cái');
    // Under load the list filters after the keys land: press on only once the first option is the one.
    await expect
      .poll(() => page.getByRole('option').first().textContent(), { timeout: 30_000 })
      .toContain('Huyện ủy Cái Nước');
    await page.keyboard.press('ArrowDown');
    // Enter only once the arrow has landed on the option: on a loaded machine the list may still re-render.
    await expect
      .poll(() => page.locator('[data-combobox-selected]').textContent(), { timeout: 30_000 })
      .toContain('Huyện ủy Cái Nước');
    await page.keyboard.press('Enter');
    await page.getByText('Huyện ủy Cái Nước · năm 2023').waitFor();
    await reach('button 24.937');
    await page.keyboard.press('Enter');
    await page.getByTestId('provenance').waitFor();
    expect(await page.getByTestId('provenance').textContent()).toContain('24.937 tấn');
    await page.keyboard.press('Escape');
    await page.getByTestId('provenance').waitFor({ state: 'detached' });
    // Focus returns to the figure that opened the drawer, once the drawer's closing transition has run.
    await page
      .waitForFunction(() => document.activeElement?.textContent === '24.937', null, { timeout: 5000 })
      .catch(() => undefined);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('24.937');
  });

  it('shows the API documentation under the same script policy as the app: no inline script allowed', async () => {
    const docs = await browser.context.newPage();
    const seen = watchConsole(docs);
    const response = await docs.goto(`${server.url}/api/docs/`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self';");
    await docs.getByText('/api/units/{id}/scorecard').first().waitFor();
    expect(seen.filter((p) => /Content Security Policy/i.test(p.text))).toEqual([]);
    await docs.close();
  });
});
