import type { Request } from 'express';
import * as z from 'zod/mini';

/**
 * Parses the body against a route's schema (the shared ones in shared/api, or a route's own);
 * a failure becomes a 400 in the error handler.
 */
export function bodyOf<S extends z.core.$ZodType>(req: Request, schema: S): z.output<S> {
  return z.parse(schema, req.body ?? {});
}

export function queryOf<S extends z.core.$ZodType>(req: Request, schema: S): z.output<S> {
  return z.parse(schema, req.query);
}
