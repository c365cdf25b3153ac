import type { Request, RequestHandler, Response } from 'express';
import type { AuthenticatedSession, SessionService } from '../auth/sessions.js';
import { readCookie, SESSION_COOKIE } from '../auth/sessions.js';
import { AppError, unauthenticated } from '../errors.js';
import type { CommandContext } from '../plan/sectionCommands.js';
import type { Language } from '../plan/views.js';

interface Locals {
  session?: AuthenticatedSession;
}

/** Resolves the session cookie for every /api request; routes that need one call `sessionOf`. */
export function loadSession(sessions: SessionService): RequestHandler {
  return async (req, res, next) => {
    const session = await sessions.resolve(readCookie(req.headers.cookie, SESSION_COOKIE));
    if (session) (res.locals as Locals).session = session;
    next();
  };
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** What a user with a temporary password may still do: replace it, or sign out. */
const WHILE_TEMPORARY = new Set(['PUT /session/password', 'DELETE /session', 'POST /session']);

/** A temporary password must be replaced before anything else changes (403 otherwise). */
export const passwordChangeGate: RequestHandler = (req, res, next) => {
  const session = (res.locals as Locals).session;
  if (
    !session?.mustChangePassword ||
    READS.has(req.method) ||
    WHILE_TEMPORARY.has(`${req.method} ${req.path}`)
  ) {
    next();
    return;
  }
  next(new AppError(403, 'password-change-required', 'Change your temporary password first.'));
};

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
