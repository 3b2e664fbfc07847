// Debian's Chromium driven by playwright-core: headless, no downloads, a fresh profile each time, and
// every console error and page error of a page collected for the test to assert on.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'tiendo-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 800 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface ConsoleProblem {
  text: string;
  url: string;
}

/** Console errors and uncaught exceptions of a page, as they happen. */
export function watchConsole(page: Page): ConsoleProblem[] {
  const problems: ConsoleProblem[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push({ text: message.text(), url: message.location().url });
  });
  page.on('pageerror', (error) => problems.push({ text: `pageerror: ${error.message}`, url: page.url() }));
  return problems;
}

/**
 * Takes out of the watched list the problems one test provoked on purpose (a bad file's 422), so that a
 * console check elsewhere in the file sees only faults, whatever order the shuffled tests run in.
 */
export function forgetProvoked(problems: ConsoleProblem[], provoked: (p: ConsoleProblem) => boolean): void {
  const kept = problems.filter((p) => !provoked(p));
  problems.splice(0, problems.length, ...kept);
}
