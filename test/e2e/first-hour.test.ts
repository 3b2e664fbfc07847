// The first hour of a new official in a real browser: the first screen opens on a year that has data,
// the scorecard and the header fit a laptop and a phone, a double click creates one visit, a viewer
// sees and cannot change, a visit's documents come as PDF, and a new indicator takes a category of the list
// and is not saved over another admin's change.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleProblem } from './browser';
import { login, logout, open, SCREENSHOTS } from './screens';
import type { RunningServer } from './server';
import { type BrowserSession, startBrowserSession } from './session';
import { fillVisitPlan } from './visit-forms';

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
    // Waits on the note, not on the empty text: until 2026 arrives the 2023 cards are still on the screen.
    await expect
      .poll(() => page.getByTestId('year-note').textContent(), { timeout: 30_000 })
      .toBe('Năm 2026 chưa có số liệu; năm gần nhất có số liệu là 2023.Xem năm 2023');
    await page.getByText('Chưa có chỉ tiêu hay số liệu năm 2026', { exact: false }).waitFor();
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

  it('fits the scorecard at 1280×800 without a sideways scroll, every status badge whole', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await login(page, server.url, server.districtEditor.username, server.districtEditor.password);
    await open(page, server.url, `/scorecard?unit=${server.units.HU_CAINUOC}&year=2023`);
    const table = page.getByTestId('scorecard-table');
    await page.getByTestId('figure-TS_TOM').first().waitFor();
    const fit = await table.evaluate((el) => {
      const boxes = (selector: string) =>
        [...el.querySelectorAll<HTMLElement>(selector)].map((b) => ({
          text: b.textContent,
          cut: b.scrollWidth > b.clientWidth,
        }));
      const scroller = el.closest<HTMLElement>(
        '.mantine-ScrollArea-viewport, .mantine-Table-scrollContainer',
      );
      const width = (e: HTMLElement | null) => (e ? [e.scrollWidth, e.clientWidth] : null);
      return {
        table: [el.scrollWidth, el.getBoundingClientRect().right <= window.innerWidth],
        scroller: width(scroller),
        page: width(document.documentElement),
        badges: boxes('.mantine-Badge-label').filter((b) => b.cut),
        badgeCount: boxes('.mantine-Badge-label').length,
      };
    });
    expect(fit.scroller === null || fit.scroller[0]! <= fit.scroller[1]!).toBe(true);
    expect(fit.page?.[0]).toBeLessThanOrEqual(fit.page?.[1] ?? 0);
    expect(fit.table[1]).toBe(true);
    expect(fit.badges).toEqual([]);
    expect(fit.badgeCount).toBeGreaterThan(10);
    await page.screenshot({ path: `${SCREENSHOTS}/scorecard-district-1280.png`, fullPage: true });
  });

  it('keeps the header on one line at 390×844 with the name shortened and whole in its tooltip', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await open(page, server.url, `/overview?unit=${server.units.HU_CAINUOC}&year=2023`);
      await page.getByTestId('card-TS_TOM').waitFor();
      const header = await page.locator('header').evaluate((el) => {
        const box = el.getBoundingClientRect();
        const menu = el.querySelector<HTMLElement>('[data-testid="user-menu"]')!;
        const label = menu.querySelector<HTMLElement>('.mantine-Button-label')!;
        const inside = [...el.querySelectorAll<HTMLElement>('button, h1')].every((e) => {
          const r = e.getBoundingClientRect();
          return r.width === 0 || (r.left >= 0 && r.right <= window.innerWidth && r.bottom <= box.bottom);
        });
        return {
          height: box.height,
          overflow: el.scrollWidth - el.clientWidth,
          inside,
          title: menu.title,
          ellipsis: getComputedStyle(label).textOverflow,
          // Line boxes of the name's text: one, however long the name.
          lines: (() => {
            const range = document.createRange();
            range.selectNodeContents(label);
            return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
          })(),
          // The label clips what overflows it: its text must fit its height, or the accents above
          // "Chuyên viên" are cut off at the top.
          clipped: label.scrollHeight > label.clientHeight,
        };
      });
      expect(header).toEqual({
        height: 56,
        overflow: 0,
        inside: true,
        title: 'Chuyên viên Huyện ủy Cái Nước (demo) · Huyện ủy Cái Nước',
        ellipsis: 'ellipsis',
        lines: 1,
        clipped: false,
      });
      await page.screenshot({ path: `${SCREENSHOTS}/first-screen-district-390.png` });
    } finally {
      // Restored even when an assertion fails, so the next test starts logged out on a laptop screen.
      await page.setViewportSize({ width: 1280, height: 800 });
      await logout(page);
    }
  });

  it('creates one visit for a double click on "Lập kế hoạch", and one from the article for a double click on "Lưu"', async () => {
    await login(page, server.url, server.admin.username, server.admin.password);
    await open(page, server.url, '/visits');
    const form = await fillVisitPlan(page);
    await form.getByRole('button', { name: 'Lập kế hoạch đoàn công tác' }).dblclick();
    await page.getByText('Đã lập kế hoạch đoàn công tác.').waitFor();
    const visitCount = async () =>
      ((await (await page.request.get(`${server.url}/api/visits`)).json()) as { visits: unknown[] }).visits
        .length;
    expect(await visitCount()).toBe(1);

    await page.getByRole('tab', { name: 'Ghi nhận từ văn bản' }).click();
    await page.getByTestId('visit-text').fill(server.reportText);
    await page.getByRole('button', { name: 'Đọc văn bản' }).click();
    await page.getByTestId('visit-draft').waitFor();
    await page.getByTestId('visit-save').dblclick();
    await page.getByText('Đã lưu đoàn công tác và 18 kết luận.').waitFor();
    expect(await visitCount()).toBe(2);
    const directives = (await (await page.request.get(`${server.url}/api/directives`)).json()) as {
      directives: unknown[];
    };
    expect(directives.directives.length).toBe(18);
  });

  it('downloads the briefing pack of a visit as PDF from the visit list', async () => {
    await page.getByRole('tab', { name: 'Đoàn công tác', exact: true }).click();
    const list = page.getByTestId('visit-list');
    await list.waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      list.getByRole('button', { name: 'Tài liệu phục vụ (.pdf)' }).first().click(),
    ]);
    expect(download.suggestedFilename()).toBe('tai-lieu-doan-cong-tac-2023-11-17.pdf');
    const stream = await download.createReadStream();
    const head = await new Promise<string>((resolve, reject) => {
      stream.once('data', (chunk: Buffer) => resolve(chunk.subarray(0, 5).toString('latin1')));
      stream.once('error', reject);
    });
    expect(head).toBe('%PDF-');
  });

  it('adds an indicator under a category of the list, and refuses a save over a change made meanwhile', async () => {
    await open(page, server.url, `/admin?tab=indicators&unit=${server.units.HU_CAINUOC}&year=2023`);
    await page.getByTestId('indicators-table').waitFor();
    await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Mã/).fill('DT_RUNG_NM');
    await dialog.getByLabel(/^Tên \(tiếng Việt\)/).fill('Diện tích rừng ngập mặn');
    await dialog.getByLabel(/^ĐVT/).fill('ha');
    await dialog.getByLabel('Lĩnh vực').click();
    const choices = await page.getByRole('listbox').getByRole('option').allTextContents();
    expect(choices).toEqual([
      'Kinh tế',
      'Tài chính, ngân sách',
      'Văn hóa - xã hội',
      'Tài nguyên - môi trường',
      'Quốc phòng - an ninh',
      'Xây dựng Đảng',
      'Kiểm tra, giám sát',
      'Khác',
    ]);
    await page.getByRole('option', { name: 'Tài nguyên - môi trường' }).click();
    expect(await dialog.getByTestId('indicator-decimals').inputValue()).toBe('1');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'detached' });
    const stored = async () =>
      (
        (await (await page.request.get(`${server.url}/api/indicators`)).json()) as {
          indicators: {
            id: number;
            code: string;
            nameVi: string;
            measure: string;
            category: string;
            decimals: number;
            version: number;
          }[];
        }
      ).indicators.find((i) => i.code === 'DT_RUNG_NM');
    expect(await stored()).toMatchObject({ category: 'moi_truong', decimals: 1, version: 1 });

    const row = page.getByTestId('indicators-table').getByRole('row').filter({ hasText: 'DT_RUNG_NM' });
    await row.getByRole('button', { name: 'Sửa' }).click();
    await dialog.getByLabel(/^Tên \(tiếng Việt\)/).fill('Diện tích rừng phòng hộ ven biển');
    // Another admin changes the unit of measure while this dialog is open.
    const id = (await stored())?.id;
    const meanwhile = await page.evaluate(async (url) => {
      const { csrfToken } = await fetch('/api/auth/me').then((r) => r.json());
      const r = await fetch(url, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify({ measure: 'nghìn ha', version: 1 }),
      });
      return r.status;
    }, `/api/indicators/${id}`);
    expect(meanwhile).toBe(200);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.getByText('đã được người khác sửa', { exact: false }).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await stored()).toMatchObject({
      nameVi: 'Diện tích rừng ngập mặn',
      measure: 'nghìn ha',
      version: 2,
    });
  });

  it('shows the viewer the scorecard and no edit button, and the API refuses its writes with 403', async () => {
    await logout(page);
    await login(page, server.url, server.viewer.username, server.viewer.password);
    await open(page, server.url, '/scorecard');
    await page.getByTestId('figure-TS_TOM').first().waitFor();
    expect(await page.getByText('Huyện ủy Cái Nước · năm 2023').count()).toBe(1);
    const nav = await page.getByRole('navigation', { name: /./ }).first().locator('a').allTextContents();
    expect(nav).toEqual(['Tổng quan', 'Bảng chỉ tiêu', 'Đoàn công tác', 'Nộp báo cáo']);
    await open(page, server.url, '/visits');
    await page.getByRole('tab', { name: 'Đoàn công tác', exact: true }).waitFor();
    const tabs = await page.getByRole('tab').allTextContents();
    expect(tabs).not.toContain('Lập kế hoạch đoàn công tác');
    expect(tabs).not.toContain('Ghi nhận từ văn bản');
    await open(page, server.url, '/visits?tab=plan');
    expect(await page.getByTestId('visit-plan').count()).toBe(0);
    const refused = await page.evaluate(async (unitId) => {
      const { csrfToken } = await fetch('/api/auth/me').then((r) => r.json());
      const post = (url: string, body: unknown) =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
          body: JSON.stringify(body),
        }).then(async (r) => [r.status, (await r.json()).message]);
      return [
        await post('/api/visits', {
          date: '2023-12-01',
          leader: { name: 'Nguyễn Văn A', title: 'Bí thư' },
          organiserUnitId: unitId,
          hostUnitIds: [unitId],
          topicCodes: [],
        }),
        await post('/api/observations', {
          unitId,
          indicatorId: 1,
          period: '2023-M11',
          kind: 'actual',
          value: 1,
        }),
      ];
    }, server.units.HU_CAINUOC);
    expect(refused).toEqual([
      [403, 'Vai trò chỉ xem không được thay đổi dữ liệu'],
      [403, 'Vai trò chỉ xem không được thay đổi dữ liệu'],
    ]);
    await page.screenshot({ path: `${SCREENSHOTS}/first-screen-viewer-1280.png` });
  });

  // Last: every step above ran without an error in the console beyond the logged-out "who am I" 401.
  it('logs no error in the browser', () => {
    const expected = (p: ConsoleProblem) =>
      (p.url.endsWith('/api/auth/me') && p.text.includes('401')) ||
      // The viewer's two refused writes, asked on purpose.
      (/\/api\/(visits|observations)$/.test(p.url) && p.text.includes('403')) ||
      // The admin's save over a change made meanwhile, refused on purpose.
      (/\/api\/indicators\/\d+$/.test(p.url) && p.text.includes('409'));
    expect(problems.filter((p) => !expected(p))).toEqual([]);
  });
});
