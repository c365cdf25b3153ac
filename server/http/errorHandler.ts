import type { ErrorRequestHandler, RequestHandler } from 'express';
import { $ZodError } from 'zod/v4/core';
import { AppError } from '../errors.js';
import { requestLog } from '../ops/httpObserver.js';

/** Errors from body-parser, the router and http-errors carry a status and sometimes a type. */
interface HttpishError {
  status: number;
  type?: unknown;
}

const isHttpishError = (e: unknown): e is HttpishError =>
  typeof e === 'object' && e !== null && 'status' in e && typeof e.status === 'number';

const CODE_BY_STATUS: Record<number, [string, string]> = {
  413: ['payload-too-large', 'The body is too large.'],
  415: ['unsupported-media-type', 'Send JSON in UTF-8 (Content-Type: application/json).'],
};

function toAppError(error: unknown, report: (error: unknown) => void): AppError {
  if (error instanceof AppError) return error;
  // Both zod flavours (the shared schemas are zod/mini) throw a core $ZodError.
  if (error instanceof $ZodError) {
    const first = error.issues[0];
    const where = first?.path.length ? `${first.path.join('.')}: ` : '';
    return new AppError(400, 'invalid-request', `${where}${first?.message ?? 'invalid request'}`);
  }
  if (isHttpishError(error) && error.status >= 400 && error.status < 500) {
    if (error.type === 'entity.parse.failed') {
      return new AppError(400, 'invalid-json', 'The body is not valid JSON.');
    }
    const [code, message] = CODE_BY_STATUS[error.status] ?? [
      'invalid-request',
      'The request could not be read.',
    ];
    return new AppError(error.status, code, message);
  }
  report(error);
  return new AppError(500, 'internal', 'Something went wrong on the server.');
}

/** The one place errors become responses: `{ error: { code, message } }`. */
export const errorHandler: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
  const appError = toAppError(error, (unexpected) => {
    const log = requestLog(res.locals);
    if (log) log.error({ err: unexpected }, 'request failed');
    else console.error(unexpected);
  });
  res
    .status(appError.status)
    .set(appError.headers)
    .json({ error: { code: appError.code, message: appError.message } });
};

export const notFoundHandler: RequestHandler = (_req, _res, next) => {
  next(new AppError(404, 'not-found', 'No such endpoint.'));
};
