import { Router } from 'express';
import { z } from 'zod';
import type { AuditLog } from '../../audit/auditLog.js';
import { verifyPassword } from '../../auth/passwords.js';
import { LoginThrottle, Throttled, type LoginAttempt } from '../../auth/loginThrottle.js';
import { SESSION_COOKIE, type SessionService } from '../../auth/sessions.js';
import type { RoomRegistry } from '../../collab/roomRegistry.js';
import { AppError } from '../../errors.js';
import type { Store } from '../../store/store.js';
import { sessionOf } from '../context.js';
import { bodyOf } from '../validate.js';

const LoginBody = z.object({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(256),
});

export interface SessionRouteDeps {
  store: Store;
  sessions: SessionService;
  audit: AuditLog;
  registry: RoomRegistry;
  secureCookies: boolean;
}

// A real hash to compare against when the username is unknown, so timing tells nothing.
const DECOY_HASH =
  'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export function sessionRoutes(deps: SessionRouteDeps): Router {
  const router = Router();
  const throttle = new LoginThrottle();

  router.post('/session', async (req, res) => {
    const { username, password } = bodyOf(req, LoginBody);
    const address = req.ip ?? 'unknown';
    let attempt: LoginAttempt;
    try {
      attempt = await throttle.admit(username, address);
    } catch (error) {
      if (!(error instanceof Throttled)) throw error;
      res.set('Retry-After', String(Math.ceil(error.retryAfterMs / 1000)));
      throw new AppError(429, 'rate-limited', 'Too many failed sign-ins. Try again later.');
    }

    const user = await deps.store.users.byUsername(username);
    const valid = await verifyPassword(password, user?.passwordHash ?? DECOY_HASH);
    if (!user || !valid) {
      await deps.audit.record(user ?? null, 'login-failed', { detail: username, address });
      throw new AppError(401, 'invalid-credentials', 'Wrong username or password.');
    }
    attempt.succeeded();
    const { token, expiresAt } = await deps.sessions.start(user.id);
    await deps.audit.record(user, 'login', { address });
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: deps.secureCookies,
      path: '/',
      expires: expiresAt,
    });
    const { passwordHash: _hash, ...publicUser } = user;
    res.json({ user: publicUser });
  });

  router.get('/session', (_req, res) => {
    res.json({ user: sessionOf(res).user });
  });

  router.delete('/session', async (req, res) => {
    const session = sessionOf(res);
    await deps.sessions.end(session.sessionId);
    deps.registry.closeSession(session.sessionId);
    await deps.audit.record(session.user, 'logout', { address: req.ip ?? null });
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.status(204).end();
  });

  return router;
}
