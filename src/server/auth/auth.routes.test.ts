import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSessionRepository } from '../../db/session.repository';
import { type OpenTestDatabase, testDatabases } from '../../db/testing';
import { buildApp } from '../app';
import { testConfig } from '../config';
import { login, PASSWORD, type Seed, startTestApp } from '../testing';
import { newSessionToken, sessionIdOf } from './session-token';

describe.each(testDatabases())('auth on $name', ({ open }) => {
  let database: OpenTestDatabase;
  let app: FastifyInstance;
  let seed: Seed;

  beforeAll(async () => {
    const started = await startTestApp(open, [], { loginRateLimit: 5 });
    ({ database, app, seed } = started);
    return started.close;
  });

  it('logs in with an HttpOnly, SameSite=Strict session cookie and answers who is signed in', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'nl.tranthoi', password: PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'tiendo_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const body = response.json();
    expect(body.user).toEqual({
      id: seed.users.communeEditor.id,
      username: 'nl.tranthoi',
      displayName: 'nl.tranthoi',
      role: 'editor',
      scopeUnitId: seed.units.tranThoi.id,
    });
    const me = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `tiendo_session=${cookie?.value}` },
    });
    expect(me.json()).toEqual({ user: body.user, csrfToken: body.csrfToken });
  });

  it('stores only a hash of the cookie token and argon2id password hashes', async () => {
    const client = await login(app, 'admin');
    const token = client.cookie.split('=')[1] ?? '';
    const rows = (await database.db.execute('select id from sessions')) as unknown as {
      rows: { id: string }[];
    };
    expect(rows.rows.map((r) => r.id)).not.toContain(token);
    const hashes = (await database.db.execute('select password_hash from users limit 1')) as unknown as {
      rows: { password_hash: string }[];
    };
    expect(hashes.rows[0]?.password_hash.startsWith('$argon2id$')).toBe(true);
  });

  it('refuses a wrong password with 401 invalid_credentials', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'sai' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({
      error: 'invalid_credentials',
      message: 'Sai tên đăng nhập hoặc mật khẩu',
    });
  });

  it('answers 401 unauthenticated without a session', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/units' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({
      error: 'unauthenticated',
      message: 'Chưa đăng nhập hoặc phiên đã hết hạn',
    });
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const client = await login(app, 'admin');
    const response = await app.inject({
      method: 'POST',
      url: '/api/units',
      headers: { cookie: client.cookie },
      payload: { code: 'X', name: 'X', kind: 'other' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error).toBe('csrf');
    const wrong = await client.request({
      method: 'POST',
      url: '/api/units',
      headers: { 'x-csrf-token': 'gia-mao' },
      payload: { code: 'X', name: 'X', kind: 'other' },
    });
    expect(wrong.statusCode).toBe(403);
  });

  it('refuses an expired session with 401, and the next login sweeps it away', async () => {
    const sessions = createSessionRepository(database.db);
    const token = newSessionToken();
    await sessions.create({
      id: sessionIdOf(token),
      userId: seed.users.admin.id,
      csrfToken: 'c',
      expiresAt: new Date(Date.now() - 1000),
    });
    const response = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `tiendo_session=${token}` },
    });
    expect(response.statusCode).toBe(401);
    await login(app, 'nl.cainuoc');
    const left = (await database.db.execute(
      `select count(*)::int as n from sessions where id = '${sessionIdOf(token)}'`,
    )) as unknown as { rows: { n: number }[] };
    expect(left.rows[0]?.n).toBe(0);
  });

  it('ends the session at logout', async () => {
    const client = await login(app, 'admin');
    expect((await client.request({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
    expect((await client.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });

  /** A wrong-password login from a peer address, optionally claiming a client behind it. */
  const wrongLogin = (server: FastifyInstance, username: string, peer: string, forwardedFor?: string) =>
    server.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: peer,
      headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
      payload: { username, password: 'sai' },
    });

  it('limits login attempts per username: the 6th of 5 allowed per minute answers 429', async () => {
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await wrongLogin(app, 'xem.cainuoc', '10.9.0.1')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const limited = await wrongLogin(app, 'xem.cainuoc', '10.9.0.1');
    expect(limited.json().error).toBe('rate_limited');
    expect(limited.json().message).toMatch(/^Đăng nhập quá nhiều lần; thử lại sau \d+ giây$/);
  });

  it('counts login attempts across app servers on one database: the limit is not per server', async () => {
    const other = await buildApp({ db: database.db, config: testConfig({ loginRateLimit: 5 }) });
    try {
      const statuses = [];
      for (let i = 0; i < 6; i++)
        statuses.push((await wrongLogin(i % 2 === 0 ? app : other, 'khach.la', '10.9.0.2')).statusCode);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    } finally {
      await other.close();
    }
  });

  it('limits one username tried from a new address (and a new X-Forwarded-For) each time', async () => {
    const statuses = [];
    for (let i = 1; i <= 6; i++)
      statuses.push((await wrongLogin(app, 'nl.doan.la', `10.9.1.${i}`, `198.51.100.${i}`)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('limits one address trying 30 usernames: 10 (twice 5) pass, X-Forwarded-For ignored without TRUST_PROXY', async () => {
    const statuses = [];
    for (let i = 1; i <= 30; i++)
      statuses.push((await wrongLogin(app, `doan.${i}`, '10.9.2.1', `198.51.100.${i}`)).statusCode);
    expect(statuses).toEqual([...Array(10).fill(401), ...Array(20).fill(429)]);
  });

  it('behind a proxy named in TRUST_PROXY, counts the client address it forwards, and only from it', async () => {
    const proxied = await buildApp({
      db: database.db,
      config: testConfig({ loginRateLimit: 5, trustProxy: ['10.9.3.1'] }),
    });
    try {
      const viaProxy = [];
      for (let i = 1; i <= 11; i++)
        viaProxy.push((await wrongLogin(proxied, `proxy.${i}`, '10.9.3.1', '203.0.113.7')).statusCode);
      expect(viaProxy).toEqual([...Array(10).fill(401), 429]);
      // Another client behind the same proxy has its own count.
      expect((await wrongLogin(proxied, 'proxy.12', '10.9.3.1', '203.0.113.8')).statusCode).toBe(401);
      // A peer that is not the proxy cannot borrow the forwarded address: it is counted as itself.
      expect((await wrongLogin(proxied, 'proxy.13', '10.9.3.2', '203.0.113.7')).statusCode).toBe(401);
    } finally {
      await proxied.close();
    }
  });

  it('serves the health check and the OpenAPI document without a session', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/health' })).json()).toEqual({ status: 'ok' });
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.info.title).toBe('Tiến Độ API');
    expect(Object.keys(doc.paths)).toContain('/api/units/{id}/scorecard');
    expect(
      doc.paths['/api/observations'].post.requestBody.content['application/json'].schema.properties.period
        .description,
    ).toMatch(/^Kỳ: 2023-M10/);
  });
});
