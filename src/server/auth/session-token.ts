// Session cookies carry a random token; the database keeps only its SHA-256, so reading the sessions
// table does not let anyone take over a live session.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'tiendo_session';
export const CSRF_HEADER = 'x-csrf-token';
/** Sessions last 12 hours: a working day, then log in again. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function newCsrfToken(): string {
  return randomBytes(24).toString('base64url');
}

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Constant-time comparison, so a CSRF token cannot be guessed byte by byte from response times. */
export function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
