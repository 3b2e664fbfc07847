// Web app figures: gzip size of the JavaScript the first screen loads (≤ 300 KB) and the time from
// navigation until the demo overview shows its figures and answers input (≤ 1,5 s), in headless Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { formatNumber } from '../src/core/vi/format';
import { launchBrowser } from '../test/e2e/browser';
import { login } from '../test/e2e/screens';
import { startServer } from '../test/e2e/server';
import { ensureWebBuild, WEB_ROOT } from '../test/e2e/web-build';

const kb = (bytes: number) => `${formatNumber(bytes / 1024, 1)} KB`;

function gzipOf(asset: string): number {
  return gzipSync(readFileSync(join(WEB_ROOT, asset)), { level: 9 }).length;
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
    // A fresh page in the same session: the first screen as a returning official opens it.
    const fresh = await browser.context.newPage();
    await fresh.route('**/*', (route) => route.continue());
    const scripts = new Set<string>();
    fresh.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.endsWith('.js')) scripts.add(path.slice(1));
    });
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      await fresh.goto('about:blank');
      const start = Date.now();
      await fresh.goto(overview);
      await fresh.getByTestId('card-TS_TOM').getByText('24.937 tấn').waitFor();
      // Interactive: the unit picker answers a click.
      await fresh.getByTestId('unit-picker').click();
      await fresh.getByRole('option').first().waitFor();
      runs.push(Date.now() - start);
      await fresh.keyboard.press('Escape');
    }
    const firstScreen = [...scripts].filter((s) => !s.includes('echart'));
    const total = firstScreen.reduce((sum, s) => sum + gzipOf(s), 0);
    const charts = [...scripts].filter((s) => s.includes('echart')).reduce((sum, s) => sum + gzipOf(s), 0);
    runs.sort((a, b) => a - b);
    console.log(`web: first-screen JS ${kb(total)} gzip in ${firstScreen.length} files (budget 300 KB)`);
    console.log(`web: charts chunk loaded after first paint ${kb(charts)} gzip`);
    console.log(
      `web: overview interactive median ${formatNumber(runs[2] ?? 0)} ms, best ${formatNumber(runs[0] ?? 0)} ms of 5 (budget 1.500 ms)`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
