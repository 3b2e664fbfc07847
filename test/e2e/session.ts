// One browser test file's world: the built app, the real server with the demo, Chromium, one page whose
// console is watched, and the waits that two shared cores need.
import type { Page } from 'playwright-core';
import { type Browser, type ConsoleProblem, launchBrowser, watchConsole } from './browser';
import { type RunningServer, startServer } from './server';
import { ensureWebBuild } from './web-build';

export interface BrowserSession {
  server: RunningServer;
  browser: Browser;
  page: Page;
  problems: ConsoleProblem[];
  close(): Promise<void>;
}

export async function startBrowserSession(options: { transition?: boolean } = {}): Promise<BrowserSession> {
  ensureWebBuild();
  const server = await startServer(options);
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  page.setDefaultTimeout(60_000);
  const problems = watchConsole(page);
  return {
    server,
    browser,
    page,
    problems,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
