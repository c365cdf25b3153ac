import type { Kysely } from 'kysely';
import { passwordRefusal } from '../auth/passwordRules.js';
import { hashPassword } from '../auth/passwords.js';
import { Username } from '../../shared/api/users.js';
import { AuditRepository } from '../store/audit.js';
import { PlanRepository } from '../store/plans.js';
import type { Database } from '../store/schema.js';
import { SessionRepository } from '../store/sessions.js';
import { UserRepository } from '../store/users.js';

export class AdminSetupError extends Error {}

/** The agency an administrator belongs to when the store has none yet (accounts need one). */
export const SYSTEM_AGENCY = {
  code: 'QTHT',
  nameVi: 'Quản trị hệ thống',
  nameEn: 'System administration',
  kind: 'other',
} as const;

export interface AdminInput {
  username: string;
  name: string;
  agency: string | null;
  password: string;
}

/** The command line's work, over the database alone (no server, no sockets). */
export class AdminSetup {
  private readonly users: UserRepository;
  private readonly sessions: SessionRepository;
  private readonly plans: PlanRepository;
  private readonly audit: AuditRepository;

  constructor(db: Kysely<Database>) {
    this.users = new UserRepository(db);
    this.sessions = new SessionRepository(db);
    this.plans = new PlanRepository(db);
    this.audit = new AuditRepository(db);
  }

  /** Returns the username as stored. */
  async createAdmin(input: AdminInput): Promise<string> {
    const parsed = Username.safeParse(input.username);
    if (!parsed.success) {
      throw new AdminSetupError(`Invalid username: ${parsed.error.issues[0]?.message ?? ''}`);
    }
    const username = parsed.data;
    checkNewPassword(input.password, username);
    if (await this.users.byUsername(username)) {
      throw new AdminSetupError(
        `The username "${username}" is taken; use reset-password to change its password.`,
      );
    }
    const agency = await this.agencyFor(input.agency);
    await this.users.insertMany([
      {
        username,
        name: input.name.trim() || username,
        agency,
        role: 'admin',
        passwordHash: await hashPassword(input.password),
      },
    ]);
    await this.note('user', `create ${username} (admin, ${agency}) from the command line`);
    return username;
  }

  async resetPassword(rawUsername: string, password: string): Promise<void> {
    const username = rawUsername.trim().toLowerCase();
    const user = await this.users.byUsername(username);
    if (!user) throw new AdminSetupError(`There is no user "${username}".`);
    checkNewPassword(password, username);
    await this.users.setPassword(user.id, await hashPassword(password), false);
    await this.sessions.deleteForUser(user.id);
    await this.note('password-reset', `${username} from the command line`);
  }

  private async agencyFor(code: string | null): Promise<string> {
    const agencies = await this.plans.agencies();
    if (code !== null) {
      if (!agencies.some((a) => a.code === code)) {
        throw new AdminSetupError(`There is no agency "${code}".`);
      }
      return code;
    }
    if (!agencies.some((a) => a.code === SYSTEM_AGENCY.code)) {
      await this.plans.insertAgencies([SYSTEM_AGENCY]);
    }
    return SYSTEM_AGENCY.code;
  }

  private async note(action: 'user' | 'password-reset', detail: string): Promise<void> {
    await this.audit.appendMany([
      {
        at: new Date().toISOString(),
        actorId: null,
        actorName: null,
        agency: null,
        action,
        sectionId: null,
        detail,
        address: null,
      },
    ]);
  }
}

function checkNewPassword(password: string, username: string): void {
  const refusal = passwordRefusal(password, username);
  if (refusal) throw new AdminSetupError(refusal.message);
}
