import type { Request } from 'express';
import type { z } from 'zod';

/** Parses the body against a route's schema; a ZodError becomes a 400 in the error handler. */
export function bodyOf<S extends z.ZodType>(req: Request, schema: S): z.infer<S> {
  return schema.parse(req.body ?? {});
}

export function queryOf<S extends z.ZodType>(req: Request, schema: S): z.infer<S> {
  return schema.parse(req.query);
}
