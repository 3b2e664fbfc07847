// Stored reports in a real browser on the Cái Nước demo: the district editor corrects a report's title,
// is told in Vietnamese why the demo report (whose figures remain) cannot be deleted, and deletes one that
// has no figures, each behind its dialog.
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAI_NUOC_REPORT } from '../../src/core/demo/cai-nuoc-demo';
import { a11yAtBothWidths, apiCall, horizontalOverflow, login, open, resize } from './screens';
import { type BrowserSession, startBrowserSession } from './session';

// One page for the file, whose steps are a journey: they run in order.
let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
}, 240_000);
afterAll(() => session?.close());

/** The titles the saved-reports list shows, once it shows `count` of them. */
async function shownTitles(list: Locator, count: number): Promise<string[]> {
  const titles = list.locator('[data-testid^="saved-report-"] p:first-child');
  await expect.poll(() => titles.count(), { timeout: 30_000 }).toBe(count);
  return titles.allTextContents();
}

const call = (method: string, path: string, json?: unknown) => apiCall(session.page, method, path, json);

describe('stored reports', { timeout: 180_000, shuffle: false }, () => {
  let draftId: number;

  it('lists the unit’s reports on the report screen', async () => {
    await login(
      session.page,
      session.server.url,
      session.server.districtEditor.username,
      session.server.districtEditor.password,
    );
    const stored = await call('POST', '/api/reports', {
      unitId: session.server.units.HU_CAINUOC,
      period: '2023-Q1',
      title: 'Bản nháp quý I',
      text: 'Báo cáo chưa có số liệu.',
      statements: [],
    });
    expect(stored.status).toBe(201);
    draftId = stored.body.report.id;
    await open(
      session.page,
      session.server.url,
      `/report-import?unit=${session.server.units.HU_CAINUOC}&year=2023`,
    );
    expect(await shownTitles(session.page.getByTestId('saved-reports'), 2)).toEqual([
      'Bản nháp quý I',
      CAI_NUOC_REPORT.title,
    ]);
    expect(await a11yAtBothWidths(session.page)).toEqual({ 1280: [], 375: [] });
    await resize(session.page, 375);
    expect(await horizontalOverflow(session.page)).toBe(0);
    await resize(session.page, 1280);
  });

  it('corrects the demo report’s title in its dialog', async () => {
    const list = session.page.getByTestId('saved-reports');
    const demo = list.locator('[data-testid^="saved-report-"]').filter({ hasText: CAI_NUOC_REPORT.title });
    await demo.getByRole('button', { name: 'Sửa' }).click();
    const dialog = session.page.getByRole('dialog', { name: 'Sửa báo cáo' });
    await dialog.getByLabel('Tiêu đề báo cáo').fill('Báo cáo kết quả 11 tháng năm 2023 (đã sửa)');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await shownTitles(list, 2)).toEqual([
      'Bản nháp quý I',
      'Báo cáo kết quả 11 tháng năm 2023 (đã sửa)',
    ]);
  });

  it('says why the demo report cannot be deleted, and keeps it', async () => {
    const list = session.page.getByTestId('saved-reports');
    const demo = list.locator('[data-testid^="saved-report-"]').filter({ hasText: '(đã sửa)' });
    await demo.getByRole('button', { name: 'Xóa' }).click();
    const dialog = session.page.getByRole('dialog', { name: 'Xóa báo cáo' });
    await dialog.getByTestId('report-delete-confirm').click();
    await expect(dialog.getByRole('alert').textContent()).resolves.toMatch(
      /^Báo cáo "Báo cáo kết quả 11 tháng năm 2023 \(đã sửa\)" đã thành \d+ số liệu trong bảng chỉ tiêu; xóa báo cáo thì/,
    );
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    expect(await shownTitles(list, 2)).toHaveLength(2);
  });

  it('deletes a report without figures after the confirm dialog', async () => {
    const list = session.page.getByTestId('saved-reports');
    await list.getByTestId(`saved-report-${draftId}`).getByRole('button', { name: 'Xóa' }).click();
    const dialog = session.page.getByRole('dialog', { name: 'Xóa báo cáo' });
    await expect(dialog.textContent()).resolves.toContain('Xóa báo cáo “Bản nháp quý I”?');
    await dialog.getByTestId('report-delete-confirm').dblclick();
    await dialog.waitFor({ state: 'detached' });
    expect(await shownTitles(list, 1)).toEqual(['Báo cáo kết quả 11 tháng năm 2023 (đã sửa)']);
    expect((await call('GET', `/api/reports/${draftId}`)).status).toBe(404);
    // Only the expected refusals: the session probe before login, the 409 above, the 404 just asked for.
    const unexpected = session.problems.filter(
      (p) =>
        !(p.url.endsWith('/api/auth/me') && p.text.includes('401')) &&
        !(p.url.includes('/api/reports/') && (p.text.includes('409') || p.text.includes('404'))),
    );
    expect(unexpected, JSON.stringify(unexpected)).toEqual([]);
  });

  it('stores one report for a double click on its confirm button', async () => {
    await session.page.getByTestId('report-textarea').fill('Sản lượng tôm 100 tấn.');
    await session.page.getByLabel('Tiêu đề báo cáo').fill('Báo cáo tháng 2/2023');
    await session.page.getByTestId('report-period').click();
    await session.page.getByRole('option', { name: 'Tháng 2/2023', exact: true }).click();
    await session.page.getByTestId('report-extract').click();
    await session.page.getByTestId('report-text').waitFor();
    await session.page.getByTestId('report-confirm').dblclick();
    await session.page.getByTestId('report-done').waitFor();
    expect(await shownTitles(session.page.getByTestId('saved-reports'), 2)).toEqual([
      'Báo cáo tháng 2/2023',
      'Báo cáo kết quả 11 tháng năm 2023 (đã sửa)',
    ]);
    const listed = await call('GET', `/api/reports?unitId=${session.server.units.HU_CAINUOC}`);
    expect(listed.body.reports).toHaveLength(2);
  });

  it('refuses in the dialog to move a report whose figures remain to a commune', async () => {
    const list = session.page.getByTestId('saved-reports');
    const february = list
      .locator('[data-testid^="saved-report-"]')
      .filter({ hasText: 'Báo cáo tháng 2/2023' });
    await february.getByRole('button', { name: 'Sửa' }).click();
    const dialog = session.page.getByRole('dialog', { name: 'Sửa báo cáo' });
    await dialog.getByLabel('Đơn vị').click();
    await session.page.getByRole('option', { name: 'Đảng ủy xã Trần Thới', exact: true }).click();
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog.getByRole('alert').textContent()).resolves.toBe(
      'Báo cáo "Báo cáo tháng 2/2023" đã thành 1 số liệu trong bảng chỉ tiêu; đổi kỳ hoặc đơn vị thì các số liệu đó mất nguồn hoặc sai kỳ, đơn vị. Hãy xóa các số liệu đó trước (Nhập số liệu), rồi làm lại',
    );
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    expect(await shownTitles(list, 2)).toHaveLength(2);
  });

  it('names the button that clears a chosen report file, and it clears the file', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Tải tệp lên' }).click();
    const field = page.getByRole('button', { name: 'Tệp báo cáo (.docx, .txt, .pdf)' });
    await page.locator('input[type="file"]').setInputFiles({
      name: 'bao-cao-quy-1.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Báo cáo quý I.'),
    });
    await expect(field.textContent()).resolves.toBe('bao-cao-quy-1.txt');
    expect(await a11yAtBothWidths(page)).toEqual({ 1280: [], 375: [] });
    await page.getByRole('button', { name: 'Bỏ chọn tệp' }).click();
    await expect(field.textContent()).resolves.toBe('');
  });
});
