// Errors the HTTP layer itself raises (no session, wrong role, CSRF, file too large). Domain errors come
// from core with a stable code and no status; the error handler maps both onto the one envelope.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const unauthenticated = (): ApiError =>
  new ApiError(401, 'unauthenticated', 'Chưa đăng nhập hoặc phiên đã hết hạn');

export const forbidden = (message: string): ApiError => new ApiError(403, 'forbidden', message);

export const notFound = (what: string): ApiError => new ApiError(404, 'not_found', what);

export const invalidInput = (field: string, reason: string): ApiError =>
  new ApiError(400, 'invalid_input', `${field}: ${reason}`, { field });
