import { Router } from 'express';
import { z } from 'zod';
import type { AuditLog } from '../../audit/auditLog.js';
import { MAX_PASSWORD_LENGTH } from '../../../shared/passwordPolicy.js';
import type { AccountCommands } from '../../admin/accounts.js';
import { verifyPassword } from '../../auth/passwords.js';
import { LoginThrottle, Throttled, type LoginAttempt } from '../../auth/loginThrottle.js';
import { publicUserOf, SESSION_COOKIE, type SessionService } from '../../auth/sessions.js';
import type { RoomRegistry } from '../../collab/roomRegistry.js';
import { AppError } from '../../errors.js';
import type { Store } from '../../store/store.js';
import { commandContext, sessionOf } from '../context.js';
import { bodyOf } from '../validate.js';

const LoginBody = z.object({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(256),
});

const PasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
  newPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});

const ProfileBody = z.strictObject({ name: z.string().trim().min(1).max(120) });

export interface SessionRouteDeps {
  store: Store;
  sessions: SessionService;
  audit: AuditLog;
  registry: RoomRegistry;
  accounts: AccountCommands;
  secureCookies: boolean;
  /** Counts a failed sign-in (metrics). */
  onLoginFailed?: () => void;
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
      deps.onLoginFailed?.();
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
    if (user.disabled) {
      await deps.audit.record(user, 'login-failed', { detail: `${username} (disabled)`, address });
      throw new AppError(403, 'account-disabled', 'This account is disabled.');
    }
    res.json({ user: publicUserOf(user), mustChangePassword: user.mustChangePassword });
  });

  // The gate in front of every route refuses a mutation from a foreign origin (403
  // origin-not-allowed): the client asks here at start, to explain instead of a failing form.
  router.post('/origin-check', (_req, res) => {
    res.status(204).end();
  });

  router.get('/session', (_req, res) => {
    const { user, mustChangePassword } = sessionOf(res);
    res.json({ user, mustChangePassword });
  });

  router.put('/session/password', async (req, res) => {
    const { currentPassword, newPassword } = bodyOf(req, PasswordBody);
    await deps.accounts.changeOwnPassword(commandContext(req, res), currentPassword, newPassword);
    res.status(204).end();
  });

  router.patch('/session', async (req, res) => {
    const { name } = bodyOf(req, ProfileBody);
    const user = await deps.accounts.renameSelf(commandContext(req, res), name);
    res.json({ user: publicUserOf(user) });
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
