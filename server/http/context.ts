import type { Request, RequestHandler, Response } from 'express';
import type { RequestAuthorizer, RequestIntent } from '../auth/requestAuthorizer.js';
import type { AuthenticatedSession } from '../auth/sessions.js';
import { unauthenticated } from '../errors.js';
import type { CommandContext } from '../plan/sectionCommands.js';
import type { Language } from '../plan/views.js';

interface Locals {
  session?: AuthenticatedSession;
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** What a user with a temporary password may still do: replace it, sign in or out, check the origin. */
const ACCOUNT_CHANGES = new Set([
  'PUT /session/password',
  'DELETE /session',
  'POST /session',
  'POST /origin-check',
]);

function intentOf(req: Request): RequestIntent {
  if (READS.has(req.method)) return 'read';
  return ACCOUNT_CHANGES.has(`${req.method} ${req.path}`) ? 'account' : 'change';
}

/**
 * Every /api request passes the same gate as a WebSocket upgrade (origin, session, temporary
 * password); routes that need a session call `sessionOf`.
 */
export function authorizeRequests(authorizer: RequestAuthorizer): RequestHandler {
  return async (req, res, next) => {
    try {
      const session = await authorizer.authorize(req.headers, intentOf(req));
      if (session) (res.locals as Locals).session = session;
      next();
    } catch (error) {
      next(error);
    }
  };
}

export function sessionOf(res: Response): AuthenticatedSession {
  const session = (res.locals as Locals).session;
  if (!session) throw unauthenticated();
  return session;
}

export function commandContext(req: Request, res: Response): CommandContext {
  return { actor: sessionOf(res).user, address: req.ip ?? null };
}

export function languageOf(req: Request): Language {
  return req.acceptsLanguages('vi', 'en') === 'en' ? 'en' : 'vi';
}
