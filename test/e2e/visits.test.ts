// The visits screen in a real browser on the Cái Nước demo: record the 17/11/2023 visit from its article,
// save its 18 directives, see them in the four buckets and the summary; the commune sees only its own four.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type ConsoleProblem, launchBrowser, watchConsole } from './browser';
import { login, logout, open, shoot } from './screens';
import { type RunningServer, startServer } from './server';
import { ensureWebBuild } from './web-build';

let server: RunningServer;
let browser: Browser;
let page: Page;
let problems: ConsoleProblem[];

beforeAll(async () => {
  ensureWebBuild();
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.context.newPage();
  problems = watchConsole(page);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('visits screen', { timeout: 120_000 }, () => {
  it('plans a visit to Huyện ủy Cái Nước and downloads its briefing pack', async () => {
    await login(page, server.url, server.admin.username, server.admin.password);
    await open(page, server.url, '/visits');
    await page.getByRole('tab', { name: 'Lập kế hoạch đoàn công tác' }).click();
    const form = page.getByTestId('visit-plan');
    await form.getByLabel('Ngày').fill('2023-11-17');
    await form.getByLabel('Đơn vị tổ chức').click();
    await page.getByRole('option', { name: 'Tỉnh ủy Cà Mau' }).click();
    await form.getByLabel('Họ tên Trưởng đoàn').fill('Phạm Thành Ngại');
    await form.getByLabel('Chức vụ').fill('Phó Bí thư Thường trực Tỉnh ủy');
    await form.getByLabel('Đơn vị làm việc').click();
    await page.getByRole('option', { name: 'Huyện ủy Cái Nước' }).click();
    await page.keyboard.press('Escape');
    await shoot(page, 'visit-plan');
    await form.getByRole('button', { name: 'Lập kế hoạch đoàn công tác' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('Đã lập kế hoạch đoàn công tác.');
    const visits = (await (await page.request.get(`${server.url}/api/visits`)).json()) as {
      visits: { id: number }[];
    };
    const pack = await page.request.get(
      `${server.url}/api/visits/${visits.visits[0]!.id}/briefing-pack.docx?number=12-BC/TU`,
    );
    expect(pack.status()).toBe(200);
    expect(pack.headers()['content-type']).toContain('wordprocessingml');
  });

  it('records the visit from its article with the directives of both meetings', async () => {
    await page.getByRole('tab', { name: 'Ghi nhận từ văn bản' }).click();
    await page.getByTestId('visit-text').fill(server.reportText);
    await page.getByRole('button', { name: 'Đọc văn bản' }).click();
    const draft = page.getByTestId('visit-draft');
    await draft.waitFor();
    const text = await draft.textContent();
    expect(text).toContain('Ngày 17/11/2023: Phạm Thành Ngại, Phó Bí thư Thường trực Tỉnh ủy');
    expect(text).toContain('18 kết luận được đề xuất');
    expect(await page.getByTestId('visit-figures').textContent()).toContain('24.937 tấn');
    await shoot(page, 'visit-from-text');
    await page.getByRole('button', { name: 'Lưu đoàn công tác và kết luận' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain(
      'Đã lưu đoàn công tác và 18 kết luận.',
    );
  });

  it('lists the visit with its documents and the directives in their buckets', async () => {
    await page.getByRole('tab', { name: 'Đoàn công tác', exact: true }).click();
    const visits = page.getByTestId('visit-list');
    await visits.waitFor();
    expect(await visits.textContent()).toContain('Huyện ủy Cái Nước; Đảng ủy xã Trần Thới');
    await shoot(page, 'visit-list');
    await page.getByRole('tab', { name: 'Kết luận, chỉ đạo' }).click();
    await page.getByTestId('directive-list').waitFor();
    expect(await page.getByTestId('directive-list').locator('tbody tr').count()).toBe(18);
    await shoot(page, 'directive-list');
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    const summary = page.getByTestId('directive-summary');
    await summary.waitFor();
    expect(await summary.locator('tbody tr').last().textContent()).toContain('Tổng cộng18');
    await shoot(page, 'directive-summary');
  });

  it('shows the commune only the directives assigned to it', async () => {
    await logout(page);
    await login(page, server.url, server.editor.username, server.editor.password);
    await open(page, server.url, '/visits');
    await page.getByRole('tab', { name: 'Kết luận, chỉ đạo' }).click();
    await page.getByTestId('directive-list').waitFor();
    expect(await page.getByTestId('directive-list').locator('tbody tr').count()).toBe(4);
    await shoot(page, 'directive-list-commune');
    expect(problems.filter((p) => !p.url.endsWith('/api/auth/me'))).toEqual([]);
  });
});
