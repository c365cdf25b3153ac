import type { IncomingHttpHeaders } from 'node:http';
import { AppError, unauthenticated } from '../errors.js';
import type { OriginPolicy } from './origins.js';
import {
  readCookie,
  SESSION_COOKIE,
  type AuthenticatedSession,
  type SessionService,
} from './sessions.js';

/**
 * What a request means to do:
 * - `read`: an HTTP GET/HEAD/OPTIONS; any origin, a session if there is one;
 * - `account`: a change a user with a temporary password may still make (sign in, sign out,
 *   replace the password);
 * - `change`: any other HTTP mutation;
 * - `connect`: a WebSocket upgrade, which carries edits: a session is required.
 */
export type RequestIntent = 'read' | 'account' | 'change' | 'connect';

/**
 * The one gate of every request, HTTP or WebSocket: the origin (and the browser's own
 * cross-site flag) for anything that changes data, then the session — unknown, expired and
 * disabled accounts all resolve to none — then what a temporary password still allows.
 * A refusal is an AppError: the HTTP layer sends it as JSON, the upgrade as its status line.
 */
export class RequestAuthorizer {
  constructor(
    private readonly origins: OriginPolicy,
    private readonly sessions: SessionService,
  ) {}

  authorize(headers: IncomingHttpHeaders, intent: 'connect'): Promise<AuthenticatedSession>;
  authorize(
    headers: IncomingHttpHeaders,
    intent: RequestIntent,
  ): Promise<AuthenticatedSession | null>;
  async authorize(
    headers: IncomingHttpHeaders,
    intent: RequestIntent,
  ): Promise<AuthenticatedSession | null> {
    if (intent !== 'read' && !this.sameSite(headers)) {
      throw new AppError(403, 'origin-not-allowed', 'This origin may not change data or connect.');
    }
    const session = await this.sessions.resolve(readCookie(headers.cookie, SESSION_COOKIE));
    if (intent === 'connect' && !session) throw unauthenticated();
    if (session?.mustChangePassword && (intent === 'change' || intent === 'connect')) {
      throw new AppError(403, 'password-change-required', 'Change your temporary password first.');
    }
    return session;
  }

  private sameSite(headers: IncomingHttpHeaders): boolean {
    return this.origins.permits(headers.origin) && headers['sec-fetch-site'] !== 'cross-site';
  }
}
