import type { Request, RequestHandler, Response } from 'express';
import type { AuthenticatedSession, SessionService } from '../auth/sessions.js';
import { readCookie, SESSION_COOKIE } from '../auth/sessions.js';
import { unauthenticated } from '../errors.js';
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
