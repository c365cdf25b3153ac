import { createHash, randomBytes } from 'node:crypto';
import type { PublicUser } from '../../shared/model.js';
import type { Store } from '../store/store.js';

export const SESSION_COOKIE = 'planfold_session';

export interface AuthenticatedSession {
  sessionId: string;
  user: PublicUser;
  expiresAt: Date;
  /** The password is temporary: nothing but changing it is allowed. */
  mustChangePassword: boolean;
}

/** The identity the policy and the other users see, without the account's administration. */
export const publicUserOf = (user: PublicUser): PublicUser => ({
  id: user.id,
  username: user.username,
  name: user.name,
  agency: user.agency,
  role: user.role,
});

const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

/** Issues and resolves server-side sessions; the cookie holds a token whose hash is the id. */
export class SessionService {
  constructor(
    private readonly store: Store,
    private readonly ttlMs: number,
  ) {}

  /** A fresh session (and token) for every login, so a planted cookie is never promoted. */
  async start(userId: string): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const sessionId = hashToken(token);
    const expiresAt = new Date(Date.now() + this.ttlMs);
    await this.store.sessions.create({ id: sessionId, userId, expiresAt });
    return { token, sessionId, expiresAt };
  }

  async resolve(token: string | undefined): Promise<AuthenticatedSession | null> {
    if (!token || token.length > 128) return null;
    const sessionId = hashToken(token);
    const session = await this.store.sessions.find(sessionId);
    if (!session) return null;
    if (session.expiresAt.getTime() <= Date.now()) {
      await this.store.sessions.delete(sessionId);
      return null;
    }
    const user = await this.store.users.byId(session.userId);
    if (!user || user.disabled) return null;
    return {
      sessionId,
      user: publicUserOf(user),
      mustChangePassword: user.mustChangePassword,
      expiresAt: session.expiresAt,
    };
  }

  async end(sessionId: string): Promise<void> {
    await this.store.sessions.delete(sessionId);
  }
}

/** Reads one cookie from a Cookie header without a dependency. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
