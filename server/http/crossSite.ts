import type { RequestHandler } from 'express';
import type { OriginPolicy } from '../auth/origins.js';
import { AppError } from '../errors.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery guard for cookie-authenticated mutations: a foreign Origin is
 * refused, and a body must be JSON (which no HTML form can send) — SameSite cookies are the
 * third wall. Routes named by `takesImages` accept image bytes as well, which no form can send
 * either (a cross-site fetch of them needs a CORS preflight that this server never grants).
 */
export function crossSiteGuard(
  origins: OriginPolicy,
  takesImages: (path: string) => boolean = () => false,
): RequestHandler {
  return (req, _res, next) => {
    if (SAFE.has(req.method)) return next();
    if (!origins.permits(req.headers.origin) || req.headers['sec-fetch-site'] === 'cross-site') {
      return next(new AppError(403, 'origin-not-allowed', 'This origin may not change data.'));
    }
    const hasBody =
      Number(req.headers['content-length'] ?? 0) > 0 ||
      req.headers['transfer-encoding'] !== undefined;
    const image = takesImages(req.path) && typeof req.is('image/*') === 'string';
    if (hasBody && !req.is('application/json') && !image) {
      return next(
        new AppError(415, 'unsupported-media-type', 'Send JSON (Content-Type: application/json).'),
      );
    }
    next();
  };
}
