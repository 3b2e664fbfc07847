// The submissions board in a real browser on the Cái Nước demo, under a monthly regime this file sets up
// (the demo has none): the commune submits its March 2024 report, the district returns it with a reason
// the commune then reads, the commune resubmits, the district approves — which locks the figures, so the
// commune's edit is refused in Vietnamese — and unlocks with a reason, after which the edit is saved.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysLate, vietnamDay } from '../../src/core/submission';
import { formatDate } from '../../src/core/vi/format';
import { buildRegime } from '../../src/db/factories';
import { a11yAtBothWidths, apiCall, horizontalOverflow, login, logout, open, resize, shoot } from './screens';
import { type BrowserSession, startBrowserSession } from './session';

// One page for the file, whose steps are a journey: they run in order.
let session: BrowserSession;
let page: Page;
beforeAll(async () => {
  session = await startBrowserSession();
  page = session.page;
}, 240_000);
afterAll(() => session?.close());

const REASON = 'Thiếu số liệu bảo hiểm y tế';
const UNLOCK = 'Xã xin sửa số liệu sản lượng tôm';
const TRAN_THOI = 'Đảng ủy xã Trần Thới';

const call = (method: string, path: string, json?: unknown) => apiCall(page, method, path, json);

async function signIn(who: 'admin' | 'editor' | 'districtEditor'): Promise<void> {
  if (await page.getByTestId('user-menu').count()) await logout(page);
  const account = session.server[who];
  await login(page, session.server.url, account.username, account.password);
}

function board(unitId: number): Promise<void> {
  return open(
    page,
    session.server.url,
    `/submissions?unit=${unitId}&year=2024&regime=KTXH_THANG&period=2024-M3`,
  );
}

const row = (name = TRAN_THOI) => page.getByTestId('submission-row').filter({ hasText: name });

/** The row's status once it reads `expected`, and the actions it offers then. */
async function rowShows(expected: string, name = TRAN_THOI): Promise<string[]> {
  const status = row(name).getByTestId('submission-status');
  await expect.poll(() => status.textContent(), { timeout: 30_000 }).toBe(expected);
  return row(name).getByRole('button').allTextContents();
}

/** Opens the commune's March 2024 grid, waits for the shrimp figure to read `shown`, types 1.250, saves. */
async function editShrimp(shown: string): Promise<void> {
  await open(
    page,
    session.server.url,
    `/data-entry?unit=${session.server.units.DU_TRANTHOI}&year=2024&period=2024-M3`,
  );
  const shrimp = page.getByRole('textbox', { name: 'Thực hiện: Sản lượng tôm', exact: true });
  await expect.poll(() => shrimp.inputValue(), { timeout: 30_000 }).toBe(shown);
  await shrimp.fill('1.250');
  await page.getByTestId('entry-save').click();
}

/** Days the March report is late if it arrives now (its deadline was 18/03/2024). */
const lateNow = () => daysLate('2024-03-18', new Date().toISOString());
const today = () => formatDate(vietnamDay(new Date().toISOString()));

describe('submissions board', { timeout: 180_000, shuffle: false }, () => {
  let tomId: number;

  it('shows the commune its own row: not submitted, overdue, 1 of 2 indicators, and the submit button', async () => {
    await signIn('admin');
    const indicators = (await call('GET', '/api/indicators')).body.indicators as {
      id: number;
      code: string;
    }[];
    const id = (code: string) => indicators.find((i) => i.code === code)?.id as number;
    tomId = id('TS_TOM');
    const created = await call(
      'POST',
      '/api/regimes',
      buildRegime({
        reportingRootUnitId: session.server.units.HU_CAINUOC,
        approvalUnitIds: [session.server.units.HU_CAINUOC],
        indicatorIds: [tomId, id('TS_SANLUONG')],
      }),
    );
    expect(created.status).toBe(201);

    await signIn('editor');
    const figure = await call('POST', '/api/observations', {
      unitId: session.server.units.DU_TRANTHOI,
      indicatorId: tomId,
      period: '2024-M3',
      kind: 'actual',
      value: 1200,
    });
    expect(figure.status).toBe(201);
    await board(session.server.units.DU_TRANTHOI);
    await expect(page.getByTestId('submissions-heading').textContent()).resolves.toBe(
      'Kỳ tháng 3/2024: số liệu từ 15/02/2024 đến 14/03/2024, hạn gửi 18/03/2024.',
    );
    expect(await rowShows(`Chưa nộp, quá hạn ${lateNow()} ngày`)).toEqual(['Nộp báo cáo']);
    expect(await row().locator('td').allTextContents()).toEqual([
      TRAN_THOI,
      `Chưa nộp, quá hạn ${lateNow()} ngày`,
      '—',
      '1/2 chỉ tiêu',
      '—',
      'Nộp báo cáo',
    ]);
    const warnings = page.getByTestId('early-warnings').getByRole('listitem');
    await expect
      .poll(() => warnings.allTextContents(), { timeout: 30_000 })
      .toContain(
        `Quá hạn${TRAN_THOI} · TS_TOM: quá hạn ${lateNow()} ngày (hạn 18/03/2024), chưa nộp báo cáo`,
      );
    await expect(page.getByRole('link', { name: 'Xuất Excel' }).getAttribute('href')).resolves.toBe(
      '/api/submissions/board.xlsx?regime=KTXH_THANG&period=2024-M3&unit=DU_TRANTHOI',
    );
    expect(await a11yAtBothWidths(page)).toEqual({ 1280: [], 375: [] });
    await resize(page, 375);
    expect(await horizontalOverflow(page)).toBe(0);
    await resize(page, 1280);
  });

  it('submits the report, late, dated today', async () => {
    await row().getByRole('button', { name: 'Nộp báo cáo' }).click();
    await expect(page.getByTestId('submission-done').textContent()).resolves.toBe(
      `Đã nộp báo cáo của ${TRAN_THOI}.`,
    );
    expect(await rowShows(`Đã nộp trễ ${lateNow()} ngày`)).toEqual([]);
    expect(await row().locator('td').nth(2).textContent()).toBe(today());
  });

  it('lets the district return it with a reason', async () => {
    await signIn('districtEditor');
    await board(session.server.units.HU_CAINUOC);
    await expect(page.getByTestId('submissions-summary').textContent()).resolves.toBe(
      '3 đơn vị: 0 đã duyệt, 1 đã nộp chờ duyệt, 0 bị trả lại, 2 chưa nộp.',
    );
    expect(await rowShows(`Đã nộp trễ ${lateNow()} ngày`)).toEqual(['Duyệt', 'Trả lại']);
    await row().getByRole('button', { name: 'Trả lại' }).click();
    const dialog = page.getByRole('dialog', { name: `Trả lại báo cáo của ${TRAN_THOI}` });
    expect(await dialog.getByTestId('reason-confirm').isDisabled()).toBe(true);
    await dialog.getByLabel('Lý do').fill(REASON);
    await dialog.getByTestId('reason-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    // The district's scope holds the commune, so it may send the corrected report itself, as the API allows.
    expect(await rowShows(`Bị trả lại: ${REASON}`)).toEqual(['Nộp báo cáo']);
  });

  it('shows the commune the reason, and takes its resubmission', async () => {
    await signIn('editor');
    await board(session.server.units.DU_TRANTHOI);
    expect(await rowShows(`Bị trả lại: ${REASON}`)).toEqual(['Nộp báo cáo']);
    await row().getByRole('button', { name: 'Nộp báo cáo' }).click();
    expect(await rowShows(`Đã nộp trễ ${lateNow()} ngày`)).toEqual([]);
  });

  it('lets the district approve it, naming the approver and locking the figures', async () => {
    await signIn('districtEditor');
    await board(session.server.units.HU_CAINUOC);
    await row().getByRole('button', { name: 'Duyệt' }).click();
    expect(await rowShows('Đã duyệt')).toEqual(['Trả lại', 'Mở khóa']);
    expect(await row().locator('td').nth(4).textContent()).toBe(
      `${session.server.districtEditor.displayName}, ${today()}Số liệu đã khóa`,
    );
    expect(await a11yAtBothWidths(page)).toEqual({ 1280: [], 375: [] });
    await shoot(page, 'submissions-board');
  });

  it('refuses the commune’s edit of a locked figure with the Vietnamese message', async () => {
    await signIn('editor');
    await editShrimp('1.200');
    const refusal = page.locator('tr[data-code="TS_TOM"]').getByRole('alert');
    const submission = (await call('GET', `/api/submissions?regime=KTXH_THANG&period=2024-M3`)).body.units[0]
      .submissionId as number;
    await expect(refusal.textContent()).resolves.toBe(
      `indicatorId: số liệu đã khóa — báo cáo KTXH_THANG kỳ 2024-M3 của đơn vị DU_TRANTHOI (submission ${submission}) đã được duyệt; cần mở khóa trước khi sửa, xóa hay nhập đè`,
    );
  });

  it('lets the district unlock with a reason, after which the commune’s edit is saved', async () => {
    await signIn('districtEditor');
    await board(session.server.units.HU_CAINUOC);
    await row().getByRole('button', { name: 'Mở khóa' }).click();
    const dialog = page.getByRole('dialog', { name: `Mở khóa số liệu của ${TRAN_THOI}` });
    await dialog.getByLabel('Lý do').fill(UNLOCK);
    await dialog.getByTestId('reason-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await rowShows(`Đã nộp trễ ${lateNow()} ngày`)).toEqual(['Duyệt', 'Trả lại']);

    await signIn('editor');
    // The refused figure is still there as typed: a draft survives the trip to the board.
    await editShrimp('1.250');
    await page.locator('tr[data-code="TS_TOM"]').getByText('Đã lưu').waitFor();
    const saved = await call(
      'GET',
      `/api/observations?unitId=${session.server.units.DU_TRANTHOI}&period=2024-M3`,
    );
    expect(saved.body.observations.map((o: { value: number }) => o.value)).toEqual([1250]);
    const history = (await call('GET', `/api/submissions?regime=KTXH_THANG&period=2024-M3`)).body.units[0];
    const shown = await call('GET', `/api/submissions/${history.submissionId}`);
    expect(
      shown.body.submission.history.map((h: { action: string; reason: string | null }) => [
        h.action,
        h.reason,
      ]),
    ).toEqual([
      ['submit', null],
      ['return', REASON],
      ['submit', null],
      ['approve', null],
      ['unlock', UNLOCK],
    ]);
    // Only the expected refusals: the session probe before each login and the 409 of the locked edit.
    const unexpected = session.problems.filter(
      (p) =>
        !(p.url.endsWith('/api/auth/me') && p.text.includes('401')) &&
        !(p.url.includes('/api/observations') && p.text.includes('409')),
    );
    expect(unexpected, JSON.stringify(unexpected)).toEqual([]);
  });
});
