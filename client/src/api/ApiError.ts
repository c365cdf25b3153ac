/** Every failed API call throws one of these, carrying the server's `{ error: { code, message } }`. */
export class ApiError extends Error {
  constructor(
    /** HTTP status; 0 when the network failed before any answer. */
    readonly status: number,
    readonly code: string,
    message: string,
    /** Seconds from a `Retry-After` header (429), if any. */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get isUnauthenticated(): boolean {
    return this.status === 401;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
