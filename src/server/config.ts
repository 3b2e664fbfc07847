// Server configuration comes from the environment, validated once at start so that every problem is
// listed together instead of one crash at a time.
import { isIP } from 'node:net';
import { resolve } from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  /** Where the embedded database (PGlite) keeps its files when no DATABASE_URL is given. */
  dataDir: string;
  /** A PostgreSQL server; null means the embedded database in dataDir. */
  databaseUrl: string | null;
  /** Set the Secure flag on the session cookie (behind https). */
  secureCookies: boolean;
  /** Login attempts allowed per minute for one username; twice as many for one client address. */
  loginRateLimit: number;
  /**
   * Which proxies' X-Forwarded-For to believe: none (the peer is the client), the nearest N hops, or the
   * listed addresses and CIDR ranges. Believing any sender lets each try claim a new client address.
   * Absent means false, so a configuration written by hand trusts no proxy.
   */
  trustProxy?: TrustProxy;
  /** pino level: `info` logs every request; `warn` keeps a busy server's log to what needs a look. */
  logLevel: LogLevel;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

function readLogLevel(raw: string | undefined, problems: string[]): LogLevel {
  if (raw === undefined || raw === '') return 'info';
  const level = LOG_LEVELS.find((l) => l === raw.toLowerCase());
  if (!level) problems.push(`LOG_LEVEL: "${raw}" phải là một trong ${LOG_LEVELS.join(', ')}`);
  return level ?? 'info';
}

export type TrustProxy = false | number | string[];

function isAddressOrRange(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** TRUST_PROXY: unset or "false" → no proxy; "1" → one hop; "10.0.0.5, 10.1.0.0/16" → those proxies. */
function readTrustProxy(raw: string | undefined, problems: string[]): TrustProxy {
  const value = raw?.trim() ?? '';
  if (value === '' || value.toLowerCase() === 'false') return false;
  if (/^\d{1,2}$/.test(value) && Number(value) > 0) return Number(value);
  const entries = value.split(',').map((e) => e.trim());
  const wrong = entries.filter((e) => !isAddressOrRange(e));
  if (wrong.length === 0) return entries;
  problems.push(
    `TRUST_PROXY: "${wrong.join('", "')}" không phải số bước proxy (1–99) hay địa chỉ IP/dải CIDR của proxy`,
  );
  return false;
}

export type ConfigResult = { kind: 'ok'; config: ServerConfig } | { kind: 'invalid'; problems: string[] };

const DEFAULTS: ServerConfig = {
  port: 8080,
  host: '0.0.0.0',
  dataDir: './data',
  databaseUrl: null,
  secureCookies: false,
  loginRateLimit: 10,
  trustProxy: false,
  logLevel: 'info',
};

function readPort(raw: string | undefined, name: string, fallback: number, problems: string[]): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,5}$/.test(raw) || Number.parseInt(raw, 10) > 65535) {
    problems.push(`${name}: "${raw}" không phải số cổng hợp lệ (0–65535)`);
    return fallback;
  }
  return Number.parseInt(raw, 10);
}

function readBoolean(raw: string | undefined, name: string, problems: string[]): boolean {
  if (raw === undefined || raw === '') return false;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  problems.push(`${name}: "${raw}" phải là true hoặc false`);
  return false;
}

function readDatabaseUrl(raw: string | undefined, problems: string[]): string | null {
  if (raw === undefined || raw === '') return null;
  if (!/^postgres(ql)?:\/\//.test(raw)) {
    problems.push('DATABASE_URL: phải bắt đầu bằng postgres:// hoặc postgresql://');
    return null;
  }
  try {
    new URL(raw);
  } catch {
    problems.push('DATABASE_URL: không phải địa chỉ hợp lệ');
    return null;
  }
  return raw;
}

/**
 * Reads PORT, HOST, DATA_DIR, DATABASE_URL, TIENDO_SECURE_COOKIES, TIENDO_LOGIN_RATE_LIMIT, TRUST_PROXY
 * and LOG_LEVEL.
 * @example loadConfig({ PORT: '9000' }) → { kind: 'ok', config: { port: 9000, dataDir: <abs ./data>, … } }
 */
export function loadConfig(env: Record<string, string | undefined>): ConfigResult {
  const problems: string[] = [];
  const port = readPort(env.PORT, 'PORT', DEFAULTS.port, problems);
  const rate = env.TIENDO_LOGIN_RATE_LIMIT;
  let loginRateLimit = DEFAULTS.loginRateLimit;
  if (rate !== undefined && rate !== '') {
    if (/^[1-9]\d{0,5}$/.test(rate)) loginRateLimit = Number.parseInt(rate, 10);
    else problems.push(`TIENDO_LOGIN_RATE_LIMIT: "${rate}" phải là số nguyên dương`);
  }
  const config: ServerConfig = {
    port,
    host: env.HOST || DEFAULTS.host,
    dataDir: resolve(env.DATA_DIR || DEFAULTS.dataDir),
    databaseUrl: readDatabaseUrl(env.DATABASE_URL, problems),
    secureCookies: readBoolean(env.TIENDO_SECURE_COOKIES, 'TIENDO_SECURE_COOKIES', problems),
    loginRateLimit,
    trustProxy: readTrustProxy(env.TRUST_PROXY, problems),
    logLevel: readLogLevel(env.LOG_LEVEL, problems),
  };
  return problems.length > 0 ? { kind: 'invalid', problems } : { kind: 'ok', config };
}

/** A configuration for tests and embedding: defaults with overrides. */
export function testConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return { ...DEFAULTS, dataDir: resolve(DEFAULTS.dataDir), ...overrides };
}
