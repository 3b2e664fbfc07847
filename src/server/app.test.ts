// The app's edges: unknown errors become a bare 500 with the request id, unknown API paths a JSON 404,
// client routes of the web app fall back to index.html, and cookies are Secure behind https.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenTestDatabase, testDatabases } from '../db/testing';
import { buildApp } from './app';
import { testConfig } from './config';
import { PASSWORD, seed } from './testing';

const [pglite] = testDatabases();

describe('app edges', () => {
  let database: OpenTestDatabase;
  let app: FastifyInstance;
  const webRoot = mkdtempSync(join(tmpdir(), 'tiendo-web-'));

  beforeAll(async () => {
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Tiến Độ</title>');
    database = await pglite!.open();
    app = await buildApp({ db: database.db, config: testConfig(), webRoot });
    await seed(database.db);
    app.get('/api/boom', { config: { public: true } }, async () => {
      throw new Error('secret detail that must not leak');
    });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('answers an unexpected error with a bare 500 and its request id, no detail', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/boom' });
    expect(response.statusCode).toBe(500);
    expect(Object.keys(response.json())).toEqual(['error', 'requestId']);
    expect(response.json().error).toBe('internal');
    expect(response.body).not.toContain('secret');
  });

  it('answers an unknown API path with a JSON 404 once signed in', async () => {
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: PASSWORD },
    });
    const cookie = `tiendo_session=${login.cookies[0]?.value}`;
    const response = await app.inject({ method: 'GET', url: '/api/khong-co', headers: { cookie } });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: 'not_found', message: 'Không có đường dẫn GET /api/khong-co' });
  });

  it('serves index.html for client routes and 404 for missing assets', async () => {
    const page = await app.inject({ method: 'GET', url: '/units/2/scorecard' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toBe('<!doctype html><title>Tiến Độ</title>');
    expect((await app.inject({ method: 'GET', url: '/assets/khong-co.js' })).statusCode).toBe(404);
  });

  it('sets security headers on every answer, refusals and unknown routes included', async () => {
    for (const url of ['/api/health', '/api/units', '/api/khong-co']) {
      const response = await app.inject({ method: 'GET', url });
      expect([url, response.statusCode]).toEqual([
        url,
        { '/api/health': 200, '/api/units': 401 }[url] ?? 404,
      ]);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect(response.headers['content-security-policy']).toBe(
        "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'self';img-src 'self' data:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' 'unsafe-inline'",
      );
    }
  });

  it('marks the session cookie Secure behind an https proxy named in TRUST_PROXY, and only then', async () => {
    const httpsLogin = (server: FastifyInstance) =>
      server.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'x-forwarded-proto': 'https' },
        payload: { username: 'admin', password: PASSWORD },
      });
    // The injected peer is 127.0.0.1: as the one trusted hop its X-Forwarded-Proto counts.
    const proxied = await buildApp({ db: database.db, config: testConfig({ trustProxy: 1 }) });
    try {
      const behindProxy = await httpsLogin(proxied);
      expect(behindProxy.cookies[0]).toMatchObject({ name: 'tiendo_session', secure: true, httpOnly: true });
    } finally {
      await proxied.close();
    }
    const direct = await httpsLogin(app);
    expect([direct.cookies[0]?.name, direct.cookies[0]?.secure ?? false]).toEqual(['tiendo_session', false]);
  });

  it('serves the Swagger UI at /api/docs', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });
});
