import type { RequestHandler } from 'express';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';
import { requestIdOf } from './requestId.js';

interface Locals {
  log?: Logger;
}

/**
 * Gives every request an id (echoed in `X-Request-Id`) and a logger carrying it, and records
 * its route and status once it is answered. Only the path is logged: never the query (a search
 * is what someone typed), the headers (the cookie) or the body (a password, document text).
 */
export function observeRequests(log: Logger, metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const reqId = requestIdOf(req.headers);
    res.set('X-Request-Id', reqId);
    const requestLog = log.child({ reqId });
    (res.locals as Locals).log = requestLog;
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      // The matched pattern (/api/plans/:planId), not the path: one series per route, not per id.
      const path = req.originalUrl.split('?')[0] ?? '';
      const route = routeOf(path, req.route as { path?: unknown } | undefined);
      metrics.request(req.method, route, res.statusCode, seconds);
      requestLog.info(
        {
          method: req.method,
          path,
          route,
          status: res.statusCode,
          ms: Math.round(seconds * 1e4) / 10,
        },
        'request',
      );
    });
    next();
  };
}

/**
 * The route's pattern with the prefix its router is mounted at. Express puts the mount point
 * back when an error leaves the router, so the prefix is read off the path: the segments the
 * pattern does not cover.
 */
function routeOf(path: string, route: { path?: unknown } | undefined): string {
  if (!route || typeof route.path !== 'string') return 'unmatched';
  const segments = path.split('/');
  const covered = route.path.split('/').length - 1;
  return `${segments.slice(0, Math.max(1, segments.length - covered)).join('/')}${route.path}`;
}

/** The request's logger, when the request went through `observeRequests`. */
export function requestLog(locals: Record<string, unknown>): Logger | undefined {
  return (locals as Locals).log;
}
