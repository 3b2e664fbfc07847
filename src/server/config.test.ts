import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('loadConfig', () => {
  it('uses PORT 8080 and ./data when nothing is set', () => {
    const result = loadConfig({});
    expect(result).toEqual({
      kind: 'ok',
      config: {
        port: 8080,
        host: '0.0.0.0',
        dataDir: resolve('./data'),
        databaseUrl: null,
        secureCookies: false,
        loginRateLimit: 10,
        trustProxy: false,
        logLevel: 'info',
      },
    });
  });

  it('reads every variable', () => {
    const result = loadConfig({
      PORT: '9000',
      DATA_DIR: '/var/lib/tiendo',
      DATABASE_URL: 'postgres://u:p@db:5432/tiendo',
      TIENDO_SECURE_COOKIES: 'true',
      LOG_LEVEL: 'WARN',
    });
    expect(result.kind === 'ok' && result.config).toMatchObject({
      logLevel: 'warn',
      port: 9000,
      dataDir: '/var/lib/tiendo',
      databaseUrl: 'postgres://u:p@db:5432/tiendo',
      secureCookies: true,
    });
  });

  it('lists every problem at once', () => {
    const result = loadConfig({
      PORT: 'tám nghìn',
      DATABASE_URL: 'mysql://x',
      TIENDO_SECURE_COOKIES: 'có',
      TIENDO_LOGIN_RATE_LIMIT: '0',
      LOG_LEVEL: 'ồn ào',
    });
    expect(result).toEqual({
      kind: 'invalid',
      problems: [
        'PORT: "tám nghìn" không phải số cổng hợp lệ (0–65535)',
        'TIENDO_LOGIN_RATE_LIMIT: "0" phải là số nguyên dương',
        'DATABASE_URL: phải bắt đầu bằng postgres:// hoặc postgresql://',
        'TIENDO_SECURE_COOKIES: "có" phải là true hoặc false',
        'LOG_LEVEL: "ồn ào" phải là một trong fatal, error, warn, info, debug, trace, silent',
      ],
    });
  });

  it('trusts no proxy unless TRUST_PROXY names a hop count or the proxies', () => {
    const trust = (TRUST_PROXY?: string) => {
      const result = loadConfig({ TRUST_PROXY });
      return result.kind === 'ok' ? result.config.trustProxy : result.problems;
    };
    expect(trust(undefined)).toBe(false);
    expect(trust('false')).toBe(false);
    expect(trust('1')).toBe(1);
    expect(trust('10.0.0.5, 10.1.0.0/16,::1')).toEqual(['10.0.0.5', '10.1.0.0/16', '::1']);
    expect(trust('true')).toEqual([
      'TRUST_PROXY: "true" không phải số bước proxy (1–99) hay địa chỉ IP/dải CIDR của proxy',
    ]);
    expect(trust('10.0.0.5,proxy.local,10.0.0.0/33')).toEqual([
      'TRUST_PROXY: "proxy.local", "10.0.0.0/33" không phải số bước proxy (1–99) hay địa chỉ IP/dải CIDR của proxy',
    ]);
  });

  it('rejects a port above 65535', () => {
    expect(loadConfig({ PORT: '70000' }).kind).toBe('invalid');
  });
});
