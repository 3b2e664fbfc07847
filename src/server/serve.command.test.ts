// `tiendo serve` end to end on a loopback port: migrations applied, the demo hook called on start,
// the API and the web app served from one origin.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createUnitRepository } from '../db/unit.repository';
import { testConfig } from './config';
import { type RunningServer, run, serve } from './serve.command';

describe('serve', () => {
  const webRoot = mkdtempSync(join(tmpdir(), 'tiendo-serve-'));
  let server: RunningServer | null = null;
  afterAll(async () => {
    await server?.stop();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('migrates, calls the demo loader, and serves the API and the web app', {
    timeout: 120_000,
  }, async () => {
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Tiến Độ</title>');
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const loadDemo = vi.fn(async (db: Parameters<typeof createUnitRepository>[0]) => {
      // The tables exist: migrations ran before the loader.
      expect(await createUnitRepository(db).findAll()).toEqual([]);
      return 'Đã nạp dữ liệu mẫu.';
    });
    server = await serve({
      config: testConfig({ port: 0, host: '127.0.0.1', dataDir: 'memory://' }),
      demo: true,
      loadDemo,
      webRoot,
      logger: false,
    });
    expect(loadDemo).toHaveBeenCalledTimes(1);
    expect(log.mock.calls.map((c) => String(c[0]))).toEqual([
      'Đã nạp dữ liệu mẫu.',
      `Tiến Độ đang chạy tại ${server.url} — dữ liệu: memory://`,
    ]);
    log.mockRestore();
    expect(await (await fetch(`${server.url}/api/health`)).json()).toEqual({ status: 'ok' });
    const page = await fetch(`${server.url}/directives/7`);
    expect(await page.text()).toBe('<!doctype html><title>Tiến Độ</title>');
  });

  it('names a PostgreSQL server it cannot reach and exits 2 instead of crashing', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.stubEnv('DATABASE_URL', 'postgres://postgres@127.0.0.1:1/tiendo');
    vi.stubEnv('PORT', '0');
    try {
      expect(await run([])).toBe(2);
      expect(error.mock.calls.map((c) => String(c[0]))).toEqual([
        'tiendo serve: không kết nối được tới PostgreSQL 127.0.0.1:1/tiendo (ECONNREFUSED); kiểm tra DATABASE_URL và máy chủ PostgreSQL',
      ]);
    } finally {
      vi.unstubAllEnvs();
      error.mockRestore();
    }
  });
});
