// Helpers the browser tests share: log in, open a screen by its hash route, screenshot at both widths.
import { mkdirSync, readFileSync } from 'node:fs';
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

/** A call to the API from the page, with the session's CSRF token, answering status and body (null for 204). */
export function apiCall(page: Page, method: string, path: string, json?: unknown) {
  return page.evaluate(
    async ({ method, path, json }) => {
      const me = await fetch('/api/auth/me').then((r) => r.json());
      const response = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: json === undefined ? undefined : JSON.stringify(json),
      });
      return { status: response.status, body: response.status === 204 ? null : await response.json() };
    },
    { method, path, json },
  );
}

export async function open(page: Page, baseUrl: string, route: string): Promise<void> {
  await page.goto(`${baseUrl}/#${route}`);
}

/** Screenshots at 1280 and 375 px under test-results/ (the viewport only for a drawer over the page). */
export async function shoot(page: Page, name: string, fullPage = true): Promise<string[]> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const files: string[] = [];
  for (const width of WIDTHS) {
    await resize(page, width);
    const path = join(SCREENSHOTS, `${name}-${width}.png`);
    await page.screenshot({ path, fullPage });
    files.push(path);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  return files;
}

/** Runs the steps at a phone's 375 px, and gives the page back at 1280 px even when a step fails. */
export async function onPhone(page: Page, steps: () => Promise<void>): Promise<void> {
  await page.setViewportSize({ width: 375, height: 800 });
  try {
    await steps();
  } finally {
    await page.setViewportSize({ width: 1280, height: 800 });
  }
}

/** Resolves once the browser has drawn two frames: what a scroll or a resize set off has been seen by then. */
export async function drawn(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))),
  );
}

/**
 * Sets the window to this width (800 px high) and waits until the page has laid itself out for it: the
 * width has reached the page, no transition or finite animation is running (a drawer sliding, a menu
 * fading) and the page's height is the same two frames running (the phone layout has replaced the wide one).
 */
export async function resize(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 800 });
  await page.waitForFunction(
    (expected) => {
      const probe = window as unknown as { tiendoLastHeight?: number };
      const height = document.documentElement.scrollHeight;
      const steady = probe.tiendoLastHeight === height;
      probe.tiendoLastHeight = height;
      const moving = document
        .getAnimations()
        .some((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity);
      return window.innerWidth === expected && steady && !moving;
    },
    width,
    { polling: 'raf', timeout: 10_000 },
  );
}

/**
 * Scrolls down the page and back so that what loads as it comes near the screen (charts, the children's
 * panel) is there for a full-page screenshot: each step waits until the browser has drawn it, and each chart
 * until its drawing is there.
 */
export async function revealLazy(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 400) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await drawn(page);
  }
  // A chart that appeared only once its panel had loaded comes near the screen in turn.
  const charts = page.locator('[data-testid="chart"]');
  for (let i = 0; i < (await charts.count()); i++) {
    await charts.nth(i).scrollIntoViewIfNeeded();
    await charts.nth(i).locator('svg').waitFor();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * How many pixels the page is wider than the window: 0 when nothing makes it scroll sideways. A screen that
 * switches layout on a media query re-renders a frame or more after the resize (later on a loaded CI
 * machine), so an overflow gets up to 3 s to go away before it counts; one that stays is a real defect.
 */
export async function horizontalOverflow(page: Page): Promise<number> {
  const fits = () => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth <= root.clientWidth;
  };
  await page.waitForFunction(fits, undefined, { timeout: 3_000 }).catch(() => undefined);
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return Math.max(0, root.scrollWidth - root.clientWidth);
  });
}

export interface A11yViolation {
  rule: string;
  impact: string;
  help: string;
  /** Selectors of the offending elements. */
  targets: string[];
}

const AXE = join(REPO, 'node_modules/axe-core/axe.min.js');
let axeText: string | null = null;
const axeSource = () => {
  axeText ??= readFileSync(AXE, 'utf8');
  return axeText;
};

/**
 * The serious and critical accessibility violations axe-core finds on the page as it is now (WCAG 2.x A
 * and AA rules and axe's best practices), injected into the page if not there yet.
 */
export async function a11yViolations(page: Page): Promise<A11yViolation[]> {
  // Evaluated through the DevTools protocol, not added as a <script>: the app's CSP allows no inline script,
  // and the audit must not need an exception the app would then carry.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource());
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: AxeRunner }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

interface AxeRunner {
  run(
    context: Document,
    options: { resultTypes: string[] },
  ): Promise<{
    violations: { id: string; impact?: string | null; help: string; nodes: { target: string[] }[] }[];
  }>;
}

/** a11yViolations at 1280 and at 375 px (where the scorecard and the grid turn into cards), by width. */
export async function a11yAtBothWidths(page: Page): Promise<Record<number, A11yViolation[]>> {
  const found: Record<number, A11yViolation[]> = {};
  for (const width of WIDTHS) {
    await resize(page, width);
    found[width] = await a11yViolations(page);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  return found;
}

export interface FocusStop {
  /** Role and accessible name, as a person with a screen reader would hear it ("link Bảng chỉ tiêu"). */
  name: string;
  /** Whether focus changes how the element looks (outline, ring, border or background). */
  visible: boolean;
}

/** Presses Tab and says where focus went and whether it shows. */
export async function tab(page: Page, key = 'Tab'): Promise<FocusStop> {
  await page.keyboard.press(key);
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { name: 'body', visible: false };
    const input = el as HTMLInputElement;
    const label =
      el.getAttribute('aria-label') ??
      (input.labels?.[0]?.textContent ?? el.textContent ?? '').replace(/\s*\*$/, '').trim();
    const role = el.getAttribute('role') ?? el.tagName.toLowerCase();
    // The element and the two boxes around it: a password field shows focus on the box it sits in.
    const boxes = [el, el.parentElement, el.parentElement?.parentElement].filter(
      (b): b is HTMLElement => b instanceof HTMLElement,
    );
    const look = () =>
      boxes
        .map((b) => {
          const s = getComputedStyle(b);
          return [
            s.outlineStyle,
            s.outlineWidth,
            s.outlineColor,
            s.boxShadow,
            s.borderColor,
            s.backgroundColor,
          ];
        })
        .join();
    // Styles as they settle, not as a transition starts from the unfocused look.
    const transitions = boxes.map((b) => b.style.transition);
    for (const b of boxes) b.style.transition = 'none';
    const focused = look();
    el.blur();
    const blurred = look();
    el.focus();
    boxes.forEach((b, i) => {
      b.style.transition = transitions[i] ?? '';
    });
    return { name: `${role} ${label}`, visible: focused !== blurred };
  });
}
