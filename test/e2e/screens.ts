// Helpers the browser tests share: log in, open a screen by its hash route, screenshot at both widths.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO } from './web-build';

export const SCREENSHOTS = join(REPO, 'test-results');
export const WIDTHS = [1280, 375] as const;

export async function login(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await fillLogin(page, username, password);
}

/** Logs in on the login screen already shown, staying on the screen the address names. */
export async function fillLogin(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel(/Tên đăng nhập|Username/).fill(username);
  await page.getByLabel(/^(Mật khẩu|Password)/).fill(password);
  await page.getByRole('button', { name: /Đăng nhập|Log in/ }).click();
  await page.getByTestId('user-menu').waitFor();
}

export async function logout(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: /Đăng xuất|Log out/ }).click();
  await page.getByRole('button', { name: /Đăng nhập|Log in/ }).waitFor();
}

export async function open(page: Page, baseUrl: string, route: string): Promise<void> {
  await page.goto(`${baseUrl}/#${route}`);
}

/** Screenshots at 1280 and 375 px under test-results/ (the viewport only for a drawer over the page). */
export async function shoot(page: Page, name: string, fullPage = true): Promise<string[]> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const files: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    await page.waitForTimeout(300);
    const path = join(SCREENSHOTS, `${name}-${width}.png`);
    await page.screenshot({ path, fullPage });
    files.push(path);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  return files;
}

/**
 * Scrolls down the page and back so that what loads as it comes near the screen (charts, the children's
 * panel) is there for a full-page screenshot; waits until no chart is still loading.
 */
export async function revealLazy(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 400) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(50);
  }
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-testid="chart"]')].every((c) => c.querySelector('svg')),
  );
  await page.evaluate(() => window.scrollTo(0, 0));
}
