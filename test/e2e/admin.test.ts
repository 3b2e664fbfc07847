// The targets tab of Quản trị in a real browser on the Cái Nước demo: a target added in its dialog, then
// edited while another admin changes it. The edit sends the version it read, the server answers 409, and
// the dialog says so in Vietnamese with the version the target is at now; sent again from that version,
// the edit is saved, and the delete names the version too.
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetProvoked } from './browser';
import { a11yAtBothWidths, apiCall, login, open } from './screens';
import { type BrowserSession, startBrowserSession } from './session';

let session: BrowserSession;
let page: Page;
beforeAll(async () => {
  session = await startBrowserSession();
  page = session.page;
  const { url, admin } = session.server;
  await login(page, url, admin.username, admin.password);
}, 240_000);
afterAll(() => session?.close());

interface StoredTarget {
  id: number;
  indicatorId: number;
  value: number;
  source: string;
  document: string | null;
  version: number;
}

/** The year no demo target covers, so the table holds only what this file adds. */
const YEAR = 2031;
const RESOLUTION = 'Nghị quyết số 12-NQ/ĐU';

async function stored(): Promise<StoredTarget[]> {
  const unitId = session.server.units.DU_TANHUNGDONG;
  const answer = await apiCall(page, 'GET', `/api/targets?unitId=${unitId}&year=${YEAR}`);
  return (answer.body as { targets: StoredTarget[] }).targets;
}

/** The next change the page sends to this path with this method. */
function sent(method: string, path: RegExp): Promise<Request> {
  return page.waitForRequest(
    (r) => r.method() === method && path.test(new URL(r.url()).pathname + new URL(r.url()).search),
  );
}

// The steps are one admin's session: they run in order.
describe('targets tab', { timeout: 180_000, shuffle: false }, () => {
  it('adds a target from its dialog, with the value typed in the vi-VN form', async () => {
    await open(
      page,
      session.server.url,
      `/admin?tab=targets&unit=${session.server.units.DU_TANHUNGDONG}&year=${YEAR}`,
    );
    const table = page.getByTestId('targets-table');
    await table.waitFor();
    expect(await stored()).toEqual([]);
    await page.getByRole('button', { name: 'Thêm chỉ tiêu giao' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Chỉ tiêu/).click();
    await page.getByRole('option', { name: 'Sản lượng tôm', exact: true }).click();
    await dialog.getByLabel(/^Giá trị/).fill('31.000,5');
    await dialog.getByLabel(/^Văn bản/).fill(RESOLUTION);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await stored()).toMatchObject([
      { value: 31_000.5, source: 'resolution', document: RESOLUTION, version: 1 },
    ]);
    const row = table.getByRole('row').filter({ hasText: 'Sản lượng tôm' });
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      'Sản lượng tôm',
      'Nghị quyết',
      '31.000,5',
      RESOLUTION,
      'SửaXóaLịch sử',
    ]);
  });

  it('sends the version it read on edit, and shows the 409 of a change made meanwhile in Vietnamese', async () => {
    const [target] = await stored();
    if (!target) throw new Error('the first step stored no target');
    const row = page.getByTestId('targets-table').getByRole('row').filter({ hasText: 'Sản lượng tôm' });
    await row.getByRole('button', { name: 'Sửa' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByLabel(/^Giá trị/).inputValue()).toBe('31.000,5');
    await dialog.getByLabel(/^Giá trị/).fill('32.500');
    // Another admin changes the document while this dialog is open.
    const meanwhile = await apiCall(page, 'PATCH', `/api/targets/${target.id}`, {
      document: 'Kế hoạch 45-KH/UBND',
      version: 1,
    });
    expect(meanwhile.status).toBe(200);

    const patch = sent('PATCH', new RegExp(`^/api/targets/${target.id}$`));
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    const request = await patch;
    expect(request.postDataJSON()).toEqual({
      value: 32_500,
      source: 'resolution',
      document: RESOLUTION,
      version: 1,
    });
    expect((await request.response())?.status()).toBe(409);
    await expect(dialog.getByRole('alert').textContent()).resolves.toBe(
      'Mục này đã được người khác sửa trong lúc bạn đang sửa (nay là phiên bản 2). ' +
        'Hãy đóng hộp thoại, xem bản mới rồi sửa lại.',
    );
    // Refused, not saved: the other admin's change stands, and the dialog keeps what was typed.
    expect(await stored()).toMatchObject([{ value: 31_000.5, document: 'Kế hoạch 45-KH/UBND', version: 2 }]);
    expect(await dialog.getByLabel(/^Giá trị/).inputValue()).toBe('32.500');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await row.getByRole('cell', { name: 'Kế hoạch 45-KH/UBND' }).waitFor();
  });

  it('saves the edit sent again from the version now shown', async () => {
    const row = page.getByTestId('targets-table').getByRole('row').filter({ hasText: 'Sản lượng tôm' });
    await row.getByRole('button', { name: 'Sửa' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByLabel(/^Văn bản/).inputValue()).toBe('Kế hoạch 45-KH/UBND');
    await dialog.getByLabel(/^Giá trị/).fill('32.500');
    const patch = sent('PATCH', /^\/api\/targets\/\d+$/);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    const request = await patch;
    expect(request.postDataJSON()).toMatchObject({ value: 32_500, version: 2 });
    expect((await request.response())?.status()).toBe(200);
    await dialog.waitFor({ state: 'detached' });
    await row.getByRole('cell', { name: '32.500' }).waitFor();
    expect(await stored()).toMatchObject([{ value: 32_500, document: 'Kế hoạch 45-KH/UBND', version: 3 }]);
  });

  it('shows the target’s history: its creation, then the one field each edit changed, by name', async () => {
    const row = page.getByTestId('targets-table').getByRole('row').filter({ hasText: 'Sản lượng tôm' });
    await row.getByRole('button', { name: 'Lịch sử' }).click();
    const drawer = page.getByRole('dialog', { name: 'Lịch sử thay đổi: Sản lượng tôm' });
    const entries = drawer.getByTestId('audit-history').locator('tbody tr');
    await expect.poll(() => entries.count(), { timeout: 30_000 }).toBe(3);
    const cells = (i: number) => entries.nth(i).getByRole('cell').allTextContents();
    const admin = session.server.admin.displayName;
    const [created, documentEdit, valueEdit] = [await cells(0), await cells(1), await cells(2)];
    expect(created.slice(1, 3)).toEqual([admin, 'Tạo mới']);
    expect(created[3]).toContain('Giá trị: — → 31.000,5');
    expect(documentEdit.slice(1)).toEqual([admin, 'Sửa', `Văn bản: ${RESOLUTION} → Kế hoạch 45-KH/UBND`]);
    expect(valueEdit.slice(1)).toEqual([admin, 'Sửa', 'Giá trị: 31.000,5 → 32.500']);
    // When, as read in Việt Nam: "HH:mm dd/mm/yyyy".
    expect(valueEdit[0]).toMatch(/^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
  });

  it('deletes the target naming the version it read', async () => {
    const [target] = await stored();
    const row = page.getByTestId('targets-table').getByRole('row').filter({ hasText: 'Sản lượng tôm' });
    const remove = sent('DELETE', /^\/api\/targets\/\d+\?version=\d+$/);
    await row.getByRole('button', { name: 'Xóa' }).click();
    const request = await remove;
    expect(new URL(request.url()).pathname + new URL(request.url()).search).toBe(
      `/api/targets/${target?.id}?version=3`,
    );
    expect((await request.response())?.status()).toBe(204);
    await row.waitFor({ state: 'detached' });
    expect(await stored()).toEqual([]);
  });

  // Last: nothing in the console beyond the logged-out "who am I" 401 and the 409 asked for on purpose.
  it('logs no error in the browser', () => {
    const expected = session.problems.filter(
      (p) =>
        !(p.url.endsWith('/api/auth/me') && p.text.includes('401')) &&
        !(/\/api\/targets\/\d+$/.test(p.url) && p.text.includes('409')),
    );
    expect(expected).toEqual([]);
  });
});

// An arrangement walked as an administrator of every unit would: a bad file names its rows; a good one is
// previewed (nothing written: the new xã is not there), applied, and the same file then changes nothing.
describe('arrangement tab', { timeout: 180_000, shuffle: false }, () => {
  const NEW_XA = [
    'Mã đơn vị mới;Tên đơn vị mới;Loại đơn vị mới;Mã đơn vị cấp trên;Mã đơn vị cũ;Phạm vi;Dân số;Ngày hiệu lực;Văn bản',
    'DU_XA_THUNGHIEM;Đảng ủy xã Thử Nghiệm;commune_party;HU_CAINUOC;DU_TRANTHOI;toàn bộ;15.717;01/07/2025;99/NQ-UBTVQH15',
    'DU_XA_THUNGHIEM;Đảng ủy xã Thử Nghiệm;commune_party;HU_CAINUOC;DU_TANHUNGDONG;một phần;7.682;01/07/2025;99/NQ-UBTVQH15',
  ].join('\n');
  const choose = (name: string, text: string) =>
    page
      .locator('input[type="file"]')
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  const preview = () => page.getByRole('button', { name: 'Xem trước' }).click();
  const hasNewXa = async () =>
    ((await apiCall(page, 'GET', '/api/units')).body.units as { code: string }[]).some(
      (u) => u.code === 'DU_XA_THUNGHIEM',
    );

  it('lists a bad file’s rows with column and reason', async () => {
    await open(page, session.server.url, '/admin?tab=arrange');
    await choose('sai.csv', NEW_XA.replaceAll('DU_TANHUNGDONG', 'KHONG_CO'));
    await preview();
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    expect(await errors.locator('tbody tr').first().getByRole('cell').allTextContents()).toEqual([
      '3',
      'Mã đơn vị cũ',
      'không có đơn vị mã KHONG_CO',
    ]);
    forgetProvoked(
      session.problems,
      (p) => p.url.endsWith('/api/units/arrangements?dryRun=true') && p.text.includes('422'),
    );
  });

  it('previews a new xã without writing it, then applies it, then says it is applied', async () => {
    await choose('moi.csv', NEW_XA);
    await preview();
    const shown = page.getByTestId('arrangement-preview');
    await shown.waitFor();
    const items = (id: string) => shown.getByTestId(id).getByRole('listitem').allTextContents();
    expect(await items('arrange-new')).toEqual([
      'Đảng ủy xã Thử Nghiệm (DU_XA_THUNGHIEM), từ ngày 01/07/2025',
    ]);
    expect(await items('arrange-ending')).toEqual([
      'Đảng ủy xã Trần Thới (DU_TRANTHOI), đến hết ngày 30/06/2025',
      'Đảng ủy xã Tân Hưng Đông (DU_TANHUNGDONG), đến hết ngày 30/06/2025',
    ]);
    expect(await items('arrange-links')).toEqual([
      'DU_TRANTHOI → DU_XA_THUNGHIEM: toàn bộ (15.717 người). Chưa có số liệu.',
      'DU_TANHUNGDONG → DU_XA_THUNGHIEM: một phần (7.682 người). Chưa có số liệu.',
    ]);
    // The commune's editor is scoped to a unit that ends: the preview says so before anything is written.
    expect(await items('arrange-accounts')).toEqual([
      'bientap.tranthoi (Cán bộ xã Trần Thới), phạm vi DU_TRANTHOI kết thúc',
    ]);
    expect(await hasNewXa()).toBe(false);
    expect(await a11yAtBothWidths(page)).toEqual({ 1280: [], 375: [] });
    await page.getByRole('button', { name: 'Áp dụng phương án' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toBe('Đã áp dụng phương án sắp xếp.');
    expect(await hasNewXa()).toBe(true);
    await preview();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toBe('Phương án này đã được áp dụng trước đây: không có gì thay đổi.');
  });
});
