// Web app figures, in headless Chromium on loopback: gzip size of the JavaScript the first screen loads
// (≤ 300 KB); the time from navigation until the demo overview shows its figures and answers input
// (≤ 1,5 s), with the request waterfall of one run; and the same for a province of 100 communes ×
// 100 indicators × 3 years of monthly figures (≈1M observations, seeded as bench/api.bench.ts does) on
// PostgreSQL (≤ 3 s).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { formatNumber } from '../src/core/vi/format';
import { MEMORY, migrate, openDatabase, rowsOf } from '../src/db/database';
import { buildApp } from '../src/server/app';
import { launchBrowser } from '../test/e2e/browser';
import { login } from '../test/e2e/screens';
import { startServer } from '../test/e2e/server';
import { ensureWebBuild, WEB_ROOT } from '../test/e2e/web-build';
import { seededApiDatabase } from './api.bench';
import { BENCH_PASSWORD } from './http-server';
import { ensurePostgres } from './pg-cluster';
import { middle as median } from './timing';

const RUNS = 5;
const kb = (bytes: number) => `${formatNumber(bytes / 1024, 1)} KB`;
const ms = (n: number) => `${formatNumber(Math.round(n))} ms`;

function gzipOf(asset: string): number {
  return gzipSync(readFileSync(join(WEB_ROOT, asset)), { level: 9 }).length;
}

/**
 * Milliseconds from navigation until `card` shows (its text containing `text`, when given) and the unit
 * picker opens on a click, in a fresh page of a logged-in session: the first screen as a returning
 * official opens it.
 */
async function interactive(page: Page, url: string, card: string, text?: string): Promise<number> {
  await page.goto('about:blank');
  const start = Date.now();
  await page.goto(url);
  const shown = page.getByTestId(card);
  await (text ? shown.getByText(text) : shown).waitFor();
  await page.getByTestId('unit-picker').click();
  await page.getByRole('option').first().waitFor();
  const elapsed = Date.now() - start;
  await page.keyboard.press('Escape');
  return elapsed;
}

/** What the page fetched, relative to navigation start, slowest-ending last. */
async function waterfall(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    // No named helpers in here: the bench's TypeScript loader would wrap them in a function the page lacks.
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => {
      const url = new URL(r.name);
      const start = String(Math.round(r.startTime)).padStart(5);
      const end = String(Math.round(r.responseEnd)).padStart(5);
      return `${start} → ${end} ms  ${url.pathname}${url.search}`;
    }),
  );
}

function report(name: string, runs: number[], budget: number): void {
  console.log(
    `web: ${name} interactive median ${ms(median(runs))}, best ${ms(Math.min(...runs))} of ${runs.length} (budget ${ms(budget)})`,
  );
}

/** Every JS asset the overview needed, as the browser fetched it, with its gzip size from dist/web. */
export async function benchWebFirstScreen(): Promise<void> {
  ensureWebBuild();
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await login(page, server.url, server.admin.username, server.admin.password);
    const overview = `${server.url}/#/overview?unit=${server.units.HU_CAINUOC}&year=2023`;
    const fresh = await browser.context.newPage();
    const scripts = new Set<string>();
    fresh.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.endsWith('.js')) scripts.add(path.slice(1));
    });
    const runs: number[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await interactive(fresh, overview, 'card-TS_TOM', '24.937 tấn'));
    const requests = await waterfall(fresh);
    const firstScreen = [...scripts].filter((s) => !s.includes('echart'));
    const total = firstScreen.reduce((sum, s) => sum + gzipOf(s), 0);
    // The page loads charts only when one comes near the screen, which the timed runs never scroll to.
    const charts = readdirSync(join(WEB_ROOT, 'assets'))
      .filter((f) => f.includes('echart') && f.endsWith('.js'))
      .reduce((sum, f) => sum + gzipOf(`assets/${f}`), 0);
    console.log(`web: first-screen JS ${kb(total)} gzip in ${firstScreen.length} files (budget 300 KB)`);
    console.log(`web: charts chunk, loaded when a chart comes near the screen: ${kb(charts)} gzip`);
    report('demo overview', runs, 1500);
    console.log(`web: requests of the last run (start → end, from navigation):\n  ${requests.join('\n  ')}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The overview of the province (100 communes × 100 indicators), the first run on a cold server cache. */
export async function benchWebProvince(): Promise<void> {
  const serverUrl = await ensurePostgres();
  if (!serverUrl) return;
  const databaseUrl = await seededApiDatabase(serverUrl, 'tiendo_bench_web');
  ensureWebBuild();
  const { db, close } = await openDatabase({ databaseUrl });
  await migrate(db);
  const config = {
    port: 0,
    host: '127.0.0.1',
    dataDir: MEMORY,
    databaseUrl,
    secureCookies: false,
    loginRateLimit: 100,
    logLevel: 'warn' as const,
  };
  const app = await buildApp({ db, config, webRoot: WEB_ROOT });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await launchBrowser();
  try {
    const [province] = await rowsOf<{ id: number }>(db, sql`select id from units where code = 'TINH'`);
    const page = await browser.context.newPage();
    await login(page, address, 'bench', BENCH_PASSWORD);
    const fresh = await browser.context.newPage();
    const overview = `${address}/#/overview?unit=${province?.id}&year=2023`;
    const cold = await interactive(fresh, overview, 'card-CT1');
    const coldScorecard = (await waterfall(fresh)).filter((r) => r.includes('/scorecard'));
    const runs: number[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await interactive(fresh, overview, 'card-CT1'));
    const requests = await waterfall(fresh);
    console.log(`web: province overview, first open (scorecard computed, not cached): ${ms(cold)}`);
    console.log(`web: its scorecard request: ${coldScorecard.join('; ')}`);
    report('province overview (100 communes × 100 indicators, ≈1M figures)', runs, 3000);
    console.log(`web: requests of the last run (start → end, from navigation):\n  ${requests.join('\n  ')}`);
  } finally {
    await browser.close();
    await app.close();
    await close();
  }
}
