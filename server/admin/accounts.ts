import type { PublicUser, Role, UserAccount } from '../../shared/model.js';
import { CloseCode } from '../../shared/protocol/collab.js';
import { checkAssignable } from '../agencies/assignable.js';
import type { AuditLog } from '../audit/auditLog.js';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import { passwordRefusal } from '../auth/passwordRules.js';
import { publicUserOf } from '../auth/sessions.js';
import { temporaryPassword } from '../auth/temporaryPassword.js';
import { AppError, notFound } from '../errors.js';
import type { Store } from '../store/store.js';
import type { UserPatch, UserRecord } from '../store/users.js';

/** What the live side must do when an account changes under open sockets. */
export interface LiveConnections {
  closeUserConnections(userId: string, code: number): void;
  updateUser(user: PublicUser): void;
}

export interface AdminContext {
  actor: PublicUser;
  address: string | null;
}

export interface NewAccount {
  username: string;
  name: string;
  agency: string;
  role: Role;
  email?: string | null | undefined;
}

export const accountOf = ({ passwordHash: _hash, ...account }: UserRecord): UserAccount => account;

export function checkPassword(password: string, username: string): void {
  const refusal = passwordRefusal(password, username);
  if (refusal) throw new AppError(400, refusal.code, refusal.message);
}

/** Accounts: created, changed, disabled and given passwords, each step in the audit log. */
export class AccountCommands {
  constructor(
    private readonly store: Store,
    private readonly audit: AuditLog,
    private readonly live: LiveConnections,
  ) {}

  async create(
    ctx: AdminContext,
    input: NewAccount,
  ): Promise<{ user: UserAccount; temporaryPassword: string }> {
    if (await this.store.users.byUsername(input.username)) {
      throw new AppError(409, 'username-taken', `The username "${input.username}" is taken.`);
    }
    await this.assignableAgency(input.agency);
    const password = temporaryPassword();
    const id = crypto.randomUUID();
    await this.store.users.insertMany([
      {
        id,
        username: input.username,
        name: input.name,
        agency: input.agency,
        role: input.role,
        email: input.email ?? null,
        passwordHash: await hashPassword(password),
        mustChangePassword: true,
      },
    ]);
    const user = await this.account(id);
    await this.audit.record(ctx.actor, 'user', {
      detail: `create ${user.username} (${user.role}, ${user.agency})`,
      address: ctx.address,
    });
    return { user, temporaryPassword: password };
  }

  async update(ctx: AdminContext, id: string, patch: UserPatch): Promise<UserAccount> {
    const before = await this.account(id);
    if (patch.agency !== undefined && patch.agency !== before.agency) {
      await this.assignableAgency(patch.agency);
    }
    if (
      id === ctx.actor.id &&
      (patch.disabled === true || (patch.role && patch.role !== 'admin'))
    ) {
      // The last door out of the system must not be closed from the inside by mistake.
      throw new AppError(409, 'own-account', 'An administrator cannot disable or demote themself.');
    }
    await this.store.users.update(id, patch);
    const after = await this.account(id);
    if (after.disabled && !before.disabled) {
      await this.store.sessions.deleteForUser(id);
      this.live.closeUserConnections(id, CloseCode.loggedOut);
    } else {
      this.live.updateUser(publicUserOf(after));
    }
    await this.audit.record(ctx.actor, 'user', {
      detail: `${after.username}: ${describeChange(before, after)}`,
      address: ctx.address,
    });
    return after;
  }

  /** A one-time password, shown once; the account's sessions end. */
  async resetPassword(ctx: AdminContext, id: string): Promise<string> {
    const user = await this.account(id);
    const password = temporaryPassword();
    await this.store.users.setPassword(id, await hashPassword(password), true);
    await this.store.sessions.deleteForUser(id);
    this.live.closeUserConnections(id, CloseCode.loggedOut);
    await this.audit.record(ctx.actor, 'password-reset', {
      detail: user.username,
      address: ctx.address,
    });
    return password;
  }

  /** The signed-in user replaces their own password (a temporary one included). */
  async changeOwnPassword(
    ctx: AdminContext,
    currentPassword: string,
    newPassword: string,
  ): Promise<void> {
    const user = await this.store.users.byId(ctx.actor.id);
    if (!user) throw notFound('User');
    if (!(await verifyPassword(currentPassword, user.passwordHash))) {
      throw new AppError(403, 'wrong-password', 'The current password is not right.');
    }
    checkPassword(newPassword, user.username);
    if (await verifyPassword(newPassword, user.passwordHash)) {
      throw new AppError(
        400,
        'password-unchanged',
        'Choose a password different from the old one.',
      );
    }
    await this.store.users.setPassword(user.id, await hashPassword(newPassword), false);
    await this.audit.record(ctx.actor, 'password-change', { address: ctx.address });
  }

  async renameSelf(ctx: AdminContext, name: string): Promise<UserAccount> {
    await this.store.users.update(ctx.actor.id, { name });
    const after = await this.account(ctx.actor.id);
    this.live.updateUser(publicUserOf(after));
    return after;
  }

  private async account(id: string): Promise<UserAccount> {
    const user = await this.store.users.byId(id);
    if (!user) throw notFound('User');
    return accountOf(user);
  }

  private async assignableAgency(code: string): Promise<void> {
    checkAssignable(await this.store.plans.agencies(), [code]);
  }
}

function describeChange(before: UserAccount, after: UserAccount): string {
  const parts: string[] = [];
  for (const key of ['name', 'agency', 'role', 'email'] as const) {
    if (before[key] !== after[key])
      parts.push(`${key} ${before[key] ?? '—'} → ${after[key] ?? '—'}`);
  }
  if (before.disabled !== after.disabled) parts.push(after.disabled ? 'disabled' : 'enabled');
  return parts.join('; ') || 'unchanged';
}
