// What a database failure means to the person who started a command: bad input, a held embedded database,
// an unreachable or refusing server. The CLI and `tiendo serve` print it and exit with code 2.
import { DomainError } from '../core/errors';
import { codedCauseOf, DbError } from './errors';

/** Where the configured database is, in words, without its password. */
export function where(env: NodeJS.ProcessEnv): string {
  if (!env.DATABASE_URL) return `PGlite ở ${env.DATA_DIR || './data'}`;
  try {
    const url = new URL(env.DATABASE_URL);
    return `PostgreSQL ${url.hostname}:${url.port || '5432'}${url.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

/**
 * A refusal the user can act on (bad input, a held embedded database, an unreachable or refusing server),
 * or null for a bug that should surface with its stack.
 * @example refusal(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }), {})
 *   === 'không kết nối được tới PGlite ở ./data (ECONNREFUSED); kiểm tra DATABASE_URL và máy chủ PostgreSQL'
 */
export function refusal(error: unknown, env: NodeJS.ProcessEnv = process.env): string | null {
  if (error instanceof DbError || error instanceof DomainError) return error.message;
  const cause = codedCauseOf(error);
  const code = cause?.code;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT') {
    return `không kết nối được tới ${where(env)} (${code}); kiểm tra DATABASE_URL và máy chủ PostgreSQL`;
  }
  if (code === '3D000' || code === '28P01' || code === '28000') {
    return `${where(env)} từ chối kết nối (${code}): ${cause?.message}`;
  }
  return null;
}
