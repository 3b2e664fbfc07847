// The visits screen in a real browser on the Cái Nước demo: record the 17/11/2023 visit from its article,
// save its 18 directives, see them in the four buckets and the summary; the commune sees only its own four.
// Then the follow-up: the district reports progress and asks for more time, only the province (the issuer)
// approves and confirms completion; the province's inspection programme, a finding and its remediation.

import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ConsoleProblem } from './browser';
import {
  a11yAtBothWidths,
  horizontalOverflow,
  login,
  logout,
  open,
  resize,
  SCREENSHOTS,
  shoot,
} from './screens';
import type { RunningServer } from './server';
import { type BrowserSession, startBrowserSession } from './session';
import { fillVisitPlan } from './visit-forms';

let session: BrowserSession;
let server: RunningServer;
let page: Page;
let problems: ConsoleProblem[];
let directiveId: number;
let provinceId: number;

const DISTRICT = {
  username: 'bientap.cainuoc',
  password: process.env.TIENDO_DEMO_PASSWORD ?? 'demo-editor-2023',
};
const PROVINCE = {
  username: 'bientap.tinhuy',
  password: process.env.TIENDO_DEMO_PASSWORD ?? 'demo-province-2023',
};
const FIRST_DIRECTIVE =
  'Chỉ đạo nâng cao chất lượng công tác triển khai, quán triệt học tập các nghị quyết, quy định của Đảng';
const TEAM_CONTENT = 'Kiểm tra việc thực hiện Quy chế làm việc của Ban Chấp hành Đảng bộ huyện';
const FINDING = 'Chưa ban hành quy chế phối hợp giữa Ủy ban kiểm tra và các ban xây dựng Đảng';
const REMEDIATION = 'Ban hành quy chế phối hợp giữa Ủy ban kiểm tra và các ban xây dựng Đảng';
const EVIDENCE = {
  name: 'Biên bản quán triệt.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
};
/** The server dates requests and decisions in UTC. */
const TODAY = new Date().toISOString().slice(0, 10).split('-').reverse().join('/');

// Before login the app asks who is logged in and the server's 401 says "nobody"; nothing else may fail.
function unexpected(list: ConsoleProblem[]): ConsoleProblem[] {
  return list.filter((p) => !(p.url.endsWith('/api/auth/me') && p.text.includes('401')));
}

/** Waits until the status line says exactly this: the previous change's notice may still be showing. */
async function expectStatus(scope: Locator, text: string): Promise<void> {
  await expect.poll(() => scope.getByRole('status').allTextContents(), { timeout: 30_000 }).toEqual([text]);
}

const NO_VIOLATIONS = { 1280: [], 375: [] };

/**
 * A new screen as it stands: no serious or critical axe-core finding at 1280 or 375 px, nothing scrolling
 * sideways on a phone (neither the page nor an open drawer), then its screenshots at both widths.
 */
async function audit(name: string, fullPage = true): Promise<void> {
  expect(await a11yAtBothWidths(page), name).toEqual(NO_VIOLATIONS);
  await resize(page, 375);
  const drawers = await page.evaluate(() =>
    [...document.querySelectorAll('.mantine-Drawer-body')].map((box) => box.scrollWidth - box.clientWidth),
  );
  expect({ page: await horizontalOverflow(page), drawers }, name).toEqual({
    page: 0,
    drawers: drawers.map(() => 0),
  });
  await shoot(page, name, fullPage);
}

/** Waits until the element says exactly this: a list may first show what it held before reading again. */
async function expectText(locator: Locator, text: string): Promise<void> {
  await expect.poll(() => locator.textContent(), { timeout: 30_000 }).toBe(text);
}

async function getJson<T>(path: string): Promise<T> {
  return (await (await page.request.get(`${server.url}${path}`)).json()) as T;
}

/** A state-changing request with the session's CSRF token, as the app sends it. */
async function post(path: string, data: unknown): Promise<{ status: number; body: unknown }> {
  const { csrfToken } = await getJson<{ csrfToken: string }>('/api/auth/me');
  const answer = await page.request.post(`${server.url}${path}`, {
    data,
    headers: { 'x-csrf-token': csrfToken },
  });
  return { status: answer.status(), body: await answer.json() };
}

beforeAll(async () => {
  session = await startBrowserSession();
  ({ server, page, problems } = session);
}, 240_000);

// A failed step leaves a picture of the page it failed on.
beforeEach((context) => {
  context.onTestFailed(async () => {
    await page?.screenshot({
      path: join(SCREENSHOTS, `visits-failed-${context.task.name.slice(0, 40)}.png`),
    });
  });
});

afterAll(() => session?.close());

// The follow-through as the three offices live it, in one page: each step acts on what the one before
// recorded, so a shuffled run keeps their order.
describe('visits screen', { timeout: 180_000, shuffle: false }, () => {
  it('plans a visit to Huyện ủy Cái Nước and downloads its briefing pack', async () => {
    await login(page, server.url, server.admin.username, server.admin.password);
    await open(page, server.url, '/visits');
    const form = await fillVisitPlan(page);
    await audit('visit-plan');
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
    // The first directive gets a deadline, which the district later asks to extend.
    await draft.getByLabel('Thời hạn').first().fill('2023-12-31');
    await audit('visit-from-text');
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
    // The organiser keeps the minutes with the visit; the link downloads them under their Vietnamese name.
    const chooser = page.waitForEvent('filechooser');
    await visits.getByRole('button', { name: 'Thêm tệp (biên bản, báo cáo…)' }).first().click();
    await (await chooser).setFiles({ ...EVIDENCE, name: 'Biên bản làm việc 17-11-2023.pdf' });
    const minutes = visits.getByRole('link', { name: 'Biên bản làm việc 17-11-2023.pdf (1 KB)' });
    await minutes.waitFor();
    const download = page.waitForEvent('download');
    await minutes.click();
    expect((await download).suggestedFilename()).toBe('Biên bản làm việc 17-11-2023.pdf');
    await audit('visit-list');
    await page.getByRole('tab', { name: 'Kết luận, chỉ đạo' }).click();
    await page.getByTestId('directive-list').waitFor();
    expect(await page.getByTestId('directive-item').count()).toBe(18);
    await audit('directive-list');
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    const summary = page.getByTestId('directive-summary');
    await summary.waitFor();
    // 18 directives: one past its deadline of 31/12/2023, seventeen without a deadline, none done.
    expect(await summary.getByTestId('summary-row').last().textContent()).toBe('Tổng cộng18001710');
    await audit('directive-summary');
  });

  it('shows the commune only the directives assigned to it', async () => {
    await logout(page);
    await login(page, server.url, server.editor.username, server.editor.password);
    await open(page, server.url, '/visits');
    await page.getByRole('tab', { name: 'Kết luận, chỉ đạo' }).click();
    await page.getByTestId('directive-list').waitFor();
    expect(await page.getByTestId('directive-item').count()).toBe(4);
    await audit('directive-list-commune');
  });

  it('lets the district report progress with an evidence file and ask for a later deadline with a reason', async () => {
    await logout(page);
    await login(page, server.url, DISTRICT.username, DISTRICT.password);
    await open(page, server.url, '/visits?tab=directives');
    await page.getByRole('button', { name: FIRST_DIRECTIVE }).click();
    const detail = page.getByTestId('directive-detail');
    await detail.waitFor();
    directiveId = Number(new URL(page.url()).hash.match(/directive=(\d+)/)?.[1]);
    expect(await detail.getByTestId('directive-lead').textContent()).toBe('Huyện ủy Cái Nước');
    // The province lies outside the district's units, yet the district reads who issued the directive.
    expect(await detail.getByTestId('directive-issuer').textContent()).toBe('Tỉnh ủy Cà Mau');
    expect(await detail.getByTestId('directive-source').textContent()).toBe('Đoàn công tác ngày 17/11/2023');
    expect(await detail.getByTestId('directive-deadline').textContent()).toBe('31/12/2023');
    expect(await detail.getByTestId('directive-status').textContent()).toBe('Chưa hoàn thành, quá hạn');

    await detail.getByLabel('Nội dung thực hiện').fill('Đã quán triệt 12/12 chi bộ');
    await detail.getByLabel('Tỷ lệ hoàn thành (%)').fill('60');
    await detail.getByTestId('progress-form').locator('input[type="file"]').setInputFiles(EVIDENCE);
    await detail.getByRole('button', { name: 'Gửi báo cáo tiến độ' }).click();
    await expectStatus(detail, 'Đã ghi nhận báo cáo tiến độ và 1 tệp minh chứng.');
    const update = detail.getByTestId('directive-update');
    await expectText(
      update,
      `${TODAY} · Huyện ủy Cái Nước · Chuyên viên Huyện ủy Cái Nước (demo)60%Đã quán triệt 12/12 chi bộ${EVIDENCE.name} (1 KB)`,
    );
    expect(await detail.getByTestId('directive-percent').textContent()).toBe('Tiến độ: 60%');

    const form = detail.getByTestId('extension-form');
    await form.getByLabel('Thời hạn đề nghị').fill('2024-03-31');
    await form.getByLabel('Lý do').fill('Chờ đại hội các chi bộ trực thuộc');
    await form.getByRole('button', { name: 'Gửi đề nghị gia hạn' }).click();
    await expectStatus(detail, 'Đã gửi đề nghị gia hạn, chờ đơn vị ban hành xem xét.');
    const extension = detail.getByTestId('extension');
    await expectText(
      extension,
      `Đề nghị ngày ${TODAY}: từ 31/12/2023 đến 31/03/2024Chờ duyệtLý do: Chờ đại hội các chi bộ trực thuộc`,
    );
    expect(await detail.getByTestId('pending-extensions').textContent()).toBe('1 đề nghị gia hạn chờ duyệt');
    expect(await detail.getByTestId('directive-deadline').textContent()).toBe('31/12/2023');
    await audit('directive-detail-lead', false);
  });

  it('does not let the district approve its own request: no buttons, and the API refuses', async () => {
    const detail = page.getByTestId('directive-detail');
    expect(await detail.getByRole('button', { name: 'Đồng ý gia hạn' }).count()).toBe(0);
    expect(await detail.getByTestId('completion-form').count()).toBe(0);
    const { extensions } = await getJson<{ extensions: { id: number }[] }>(`/api/directives/${directiveId}`);
    const answer = await post(`/api/directives/${directiveId}/extensions/${extensions[0]!.id}/decision`, {
      decision: 'approved',
    });
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ error: 'forbidden', reason: 'not_issuer' });
    await page.keyboard.press('Escape');
    // The list flags the directive that waits on the issuer's decision.
    const row = page.getByTestId('directive-item').filter({ hasText: FIRST_DIRECTIVE });
    await expectText(row.getByTestId('pending-extension'), 'Chờ duyệt gia hạn đến 31/03/2024');
    expect(await page.getByTestId('pending-extension').count()).toBe(1);
    const pendingOnly = page.getByLabel('Chỉ kết luận có đề nghị gia hạn chờ duyệt');
    await pendingOnly.check();
    await expect.poll(() => page.getByTestId('directive-item').count(), { timeout: 30_000 }).toBe(1);
    await expectText(
      page.getByTestId('directive-item').getByTestId('pending-extension'),
      'Chờ duyệt gia hạn đến 31/03/2024',
    );
    await pendingOnly.uncheck();
    await expect
      .poll(() => page.getByTestId('directive-item').count(), { timeout: 30_000 })
      .toBeGreaterThan(1);
  });

  it('lets the province, as issuer, approve the extension and confirm completion', async () => {
    // The demo admin acts for no unit, so the rules never make it an issuer: the province's own editor is.
    await logout(page);
    await login(page, server.url, PROVINCE.username, PROVINCE.password);
    const { units } = await getJson<{ units: { id: number; code: string }[] }>('/api/units');
    provinceId = units.find((u) => u.code === 'TU_CAMAU')!.id;
    await open(page, server.url, `/visits?tab=directives&directive=${directiveId}`);
    const detail = page.getByTestId('directive-detail');
    await detail.waitFor();
    expect(await detail.getByTestId('directive-issuer').textContent()).toBe('Tỉnh ủy Cà Mau');
    // The issuer reads the district's evidence: the link downloads the very bytes, under their Vietnamese name.
    const link = detail.getByTestId('evidence').getByRole('link', { name: EVIDENCE.name });
    const file = await page.request.get(`${server.url}${await link.getAttribute('href')}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('application/pdf');
    expect(file.headers()['content-disposition']).toContain(encodeURIComponent(EVIDENCE.name));
    expect(Buffer.compare(await file.body(), EVIDENCE.buffer)).toBe(0);
    await detail.getByRole('button', { name: 'Đồng ý gia hạn' }).waitFor();
    await audit('directive-detail-issuer', false);
    await detail.getByRole('button', { name: 'Đồng ý gia hạn' }).click();
    await expectStatus(detail, 'Đã đồng ý gia hạn đến 31/03/2024.');
    await expectText(detail.getByTestId('directive-deadline'), '31/03/2024');
    expect(await detail.getByTestId('directive-original-deadline').textContent()).toBe('31/12/2023');
    expect(await detail.getByTestId('extension-status').textContent()).toBe(`Đã đồng ý ngày ${TODAY}`);
    expect(await detail.getByTestId('pending-extensions').count()).toBe(0);

    // Done on 15/03/2024: late against the first deadline, on time against the extended one.
    await detail.getByTestId('completion-form').getByLabel('Ngày hoàn thành').fill('2024-03-15');
    await detail.getByRole('button', { name: 'Xác nhận hoàn thành' }).click();
    await expectStatus(detail, 'Đã xác nhận hoàn thành ngày 15/03/2024.');
    await expectText(detail.getByTestId('directive-status'), 'Hoàn thành đúng hạn');
    expect(await detail.getByTestId('directive-completed').textContent()).toBe('15/03/2024');
    expect(await detail.getByTestId('directive-percent').textContent()).toBe('Tiến độ: 100%');
    await audit('directive-detail-completed', false);
    await page.keyboard.press('Escape');
    const row = page.getByTestId('directive-item').filter({ hasText: FIRST_DIRECTIVE });
    await expectText(row.locator('td').nth(2), '31/03/2024');
    expect(await row.getByTestId('pending-extension').count()).toBe(0);
  });

  it('keeps the province inspection programme: teams, counts, a finding and its remediation directive', async () => {
    await open(page, server.url, '/visits?tab=inspections&year=2023');
    const programme = page.getByTestId('inspection-programme');
    await expectText(programme.getByTestId('inspection-counts'), '00 đoàn (00 kiểm tra, 00 giám sát)');
    const form = page.getByTestId('inspection-form');
    await form.getByLabel('Đơn vị được kiểm tra, giám sát').click();
    await page.getByRole('option', { name: 'Huyện ủy Cái Nước' }).click();
    await form.getByLabel('Số thông báo kết luận').fill('08-TB/TU');
    await form.getByLabel('Từ ngày').fill('2023-03-01');
    await form.getByLabel('Đến ngày').fill('2023-03-31');
    await form.getByLabel('Nội dung').fill(TEAM_CONTENT);
    await form.getByLabel('Thành viên đoàn').fill('Nguyễn Văn An\nTrần Thị Bình');
    await form.getByRole('button', { name: 'Thêm đoàn kiểm tra, giám sát' }).click();
    await expectStatus(form, 'Đã thêm đoàn vào chương trình.');

    await form.getByRole('radio', { name: 'Giám sát' }).check();
    await form.getByLabel('Đơn vị được kiểm tra, giám sát').click();
    await page.getByRole('option', { name: 'Đảng ủy xã Trần Thới' }).click();
    await form.getByLabel('Từ ngày').fill('2023-09-01');
    await form.getByLabel('Đến ngày').fill('2023-09-15');
    await form.getByLabel('Nội dung').fill('Giám sát việc thực hiện quy chế dân chủ ở cơ sở');
    await form.getByRole('button', { name: 'Thêm đoàn kiểm tra, giám sát' }).click();
    await programme.getByTestId('inspection-item').nth(1).waitFor();

    // A third team through the API: the counts come from the records, however they were entered.
    const third = await post('/api/inspections', {
      year: 2023,
      kind: 'inspection',
      organiserUnitId: provinceId,
      targetUnitId: server.units.DU_TANHUNGDONG,
      periodFrom: '2023-06-01',
      periodTo: '2023-06-10',
      content: 'Kiểm tra công tác thu, nộp đảng phí',
    });
    expect(third.status).toBe(201);
    // Leaving the tab and coming back reads the programme again.
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    await page.getByRole('tab', { name: 'Kiểm tra, giám sát' }).click();
    await expectText(programme.getByTestId('inspection-counts'), '03 đoàn (02 kiểm tra, 01 giám sát)');
    await expect.poll(() => programme.getByTestId('inspection-item').count()).toBe(3);
    const first = programme.getByTestId('inspection-item').filter({ hasText: TEAM_CONTENT });
    expect(await first.textContent()).toBe(
      `Kiểm tra${TEAM_CONTENT}Huyện ủy Cái Nước01/03/2023 – 31/03/2023Nguyễn Văn An; Trần Thị Bình`,
    );
    await audit('inspection-programme');

    await page.getByRole('button', { name: TEAM_CONTENT }).click();
    const team = page.getByTestId('inspection-detail');
    await team.waitFor();
    await team.getByTestId('finding-form').getByLabel('Nội dung phát hiện').fill(FINDING);
    await team.getByRole('button', { name: 'Ghi nhận kết quả' }).click();
    await expectStatus(team, 'Đã ghi nhận kết quả.');
    const finding = team.getByTestId('finding');
    await expectText(finding.locator('p').first(), FINDING);
    await finding.getByRole('button', { name: 'Giao khắc phục' }).click();
    const remediation = finding.getByTestId('remediation-form');
    await remediation.getByLabel('Nội dung yêu cầu khắc phục').fill(REMEDIATION);
    await remediation.getByLabel('Thời hạn').fill('2023-06-30');
    await remediation.getByRole('button', { name: 'Giao khắc phục' }).click();
    await expectStatus(team, 'Đã giao kết luận khắc phục; kết luận được theo dõi cùng các kết luận khác.');
    await expectText(
      finding.getByTestId('remediation'),
      `Kết luận khắc phục${REMEDIATION}Chưa hoàn thành, quá hạn`,
    );
    await audit('inspection-team', false);
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: 'Kết luận, chỉ đạo' }).click();
    await page.getByTestId('directive-list').waitFor();
    // The list first shows what it held before and then reads the server again: wait for the new one.
    await expect.poll(() => page.getByTestId('directive-item').count(), { timeout: 30_000 }).toBe(19);
    const item = page.getByTestId('directive-item').filter({ hasText: REMEDIATION });
    expect(await item.textContent()).toBe(
      `${REMEDIATION}Kết luận kiểm tra, giám sát số 08-TB/TUHuyện ủy Cái Nước30/06/2023Chưa hoàn thành, quá hạn0%`,
    );
    await audit('directive-list-remediation');
    expect(unexpected(problems)).toEqual([]);
  });
});
