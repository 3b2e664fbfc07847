// The one door to the server: same-origin fetch, JSON in and out, the CSRF header on every change, and a
// single place that notices an expired session. Answers are typed by the contract (`Answer<typeof …>`).
import type { ErrorBody } from './types';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The error envelope of the contract: {error, message, field?, …}, or {} when the body was not JSON. */
    readonly body: Partial<ErrorBody>,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: () => void = () => {};
let signedOut = false;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/**
 * From the moment logout starts until the next login, only the session's own calls reach the server: a
 * screen's poll or refetch in between would meet a 401 (the session is ending) or, worse, race the logout.
 */
export function setSignedOut(value: boolean): void {
  signedOut = value;
}

/** The app shell registers what to do when the server says the session is gone. */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  json?: unknown;
  form?: FormData;
  /** A create sent again with the same key (a double click, a retry) gets the first answer, not a copy. */
  idempotencyKey?: string;
  /** The login and "who am I" calls answer 401 as a normal outcome, not an expiry. */
  quiet401?: boolean;
}

async function readBody(response: Response): Promise<Record<string, unknown>> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return {};
  try {
    return (await response.json()) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  if (signedOut && !path.startsWith('/api/auth/'))
    throw new ApiError(401, 'signed_out', 'Phiên làm việc đã kết thúc', {});
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.form) {
    body = options.form;
  }
  const response = await fetch(path, { method, headers, body, credentials: 'same-origin' });
  return answerOf<T>(response, options);
}

/** What a response means: its JSON, or an ApiError with the server's code and message. */
export async function answerOf<T>(response: Response, options: RequestOptions = {}): Promise<T> {
  if (response.status === 204) return undefined as T;
  const data = await readBody(response);
  if (!response.ok) {
    if (response.status === 401 && !options.quiet401) onUnauthenticated();
    const code = typeof data.error === 'string' ? data.error : `http_${response.status}`;
    const message = typeof data.message === 'string' ? data.message : response.statusText;
    throw new ApiError(response.status, code, message, data);
  }
  return data as T;
}
