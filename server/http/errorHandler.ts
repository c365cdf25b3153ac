import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import { AppError } from '../errors.js';

interface BodyParserError {
  type: string;
  status: number;
}

const isBodyParserError = (e: unknown): e is BodyParserError =>
  typeof e === 'object' && e !== null && 'type' in e && 'status' in e;

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    const first = error.issues[0];
    const where = first?.path.length ? `${first.path.join('.')}: ` : '';
    return new AppError(400, 'invalid-request', `${where}${first?.message ?? 'invalid request'}`);
  }
  if (isBodyParserError(error)) {
    if (error.type === 'entity.parse.failed')
      return new AppError(400, 'invalid-json', 'The body is not valid JSON.');
    if (error.type === 'entity.too.large')
      return new AppError(413, 'payload-too-large', 'The body is too large.');
    if (error.status >= 400 && error.status < 500)
      return new AppError(error.status, 'invalid-request', 'The body could not be read.');
  }
  console.error(error);
  return new AppError(500, 'internal', 'Something went wrong on the server.');
}

/** The one place errors become responses: `{ error: { code, message } }`. */
export const errorHandler: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
  const appError = toAppError(error);
  res
    .status(appError.status)
    .set(appError.headers)
    .json({ error: { code: appError.code, message: appError.message } });
};

export const notFoundHandler: RequestHandler = (_req, _res, next) => {
  next(new AppError(404, 'not-found', 'No such endpoint.'));
};
