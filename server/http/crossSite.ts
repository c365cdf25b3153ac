import type { RequestHandler } from 'express';
import { AppError } from '../errors.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Types a cross-site form cannot send: a page elsewhere would need a CORS preflight. */
const BODY_TYPES = [
  'application/json',
  'application/octet-stream',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
];

/**
 * Cross-site request forgery guard for cookie-authenticated mutations, beside the origin check
 * of RequestAuthorizer: a body must be JSON or a file upload typed as binary (which no HTML form
 * can send) — SameSite cookies are the third wall. Routes named by `takesImages` accept image
 * bytes as well, which no form can send either.
 */
export function crossSiteGuard(
  takesImages: (path: string) => boolean = () => false,
): RequestHandler {
  return (req, _res, next) => {
    if (SAFE.has(req.method)) return next();
    const hasBody =
      Number(req.headers['content-length'] ?? 0) > 0 ||
      req.headers['transfer-encoding'] !== undefined;
    const image = takesImages(req.path) && typeof req.is('image/*') === 'string';
    if (hasBody && !req.is(BODY_TYPES) && !image) {
      return next(
        new AppError(415, 'unsupported-media-type', 'Send JSON (Content-Type: application/json).'),
      );
    }
    next();
  };
}
