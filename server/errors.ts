/** An error the client is meant to see: an HTTP status, a stable code and a sentence. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const notFound = (what: string): AppError =>
  new AppError(404, 'not-found', `${what} not found.`);
export const forbidden = (message: string): AppError => new AppError(403, 'forbidden', message);
export const unauthenticated = (): AppError =>
  new AppError(401, 'unauthenticated', 'Sign in first.');
