import type { Kysely } from 'kysely';
import type { Role, UserAccount } from '../../shared/model.js';
import type { Database, UserRow } from './schema.js';

export interface UserRecord extends UserAccount {
  passwordHash: string;
}

const toUser = (row: UserRow): UserRecord => ({
  id: row.id,
  username: row.username,
  name: row.name,
  agency: row.agency,
  role: row.role as Role,
  email: row.email,
  disabled: row.disabled_at !== null,
  mustChangePassword: row.must_change_password === 1,
  passwordHash: row.password_hash,
});

export type NewUser = Pick<UserRecord, 'username' | 'name' | 'agency' | 'role' | 'passwordHash'> &
  Partial<Pick<UserRecord, 'id' | 'email' | 'mustChangePassword'>>;

/** What an administrator may change on an account. */
export interface UserPatch {
  name?: string;
  agency?: string;
  role?: Role;
  email?: string | null;
  disabled?: boolean;
}

export class UserRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async byUsername(username: string): Promise<UserRecord | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', username)
      .executeTakeFirst();
    return row && toUser(row);
  }

  async byId(id: string): Promise<UserRecord | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toUser(row);
  }

  async list(): Promise<UserRecord[]> {
    const rows = await this.db.selectFrom('users').selectAll().orderBy('username').execute();
    return rows.map(toUser);
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async insertMany(users: NewUser[]): Promise<void> {
    if (users.length === 0) return;
    const now = new Date().toISOString();
    await this.db
      .insertInto('users')
      .values(
        users.map((u) => ({
          id: u.id ?? crypto.randomUUID(),
          username: u.username,
          name: u.name,
          agency: u.agency,
          role: u.role,
          password_hash: u.passwordHash,
          created_at: now,
          email: u.email ?? null,
          disabled_at: null,
          must_change_password: u.mustChangePassword ? 1 : 0,
        })),
      )
      .execute();
  }

  async update(id: string, patch: UserPatch): Promise<void> {
    const { disabled, ...fields } = patch;
    const disabledAt =
      disabled === undefined ? {} : { disabled_at: disabled ? new Date().toISOString() : null };
    if (Object.keys(fields).length === 0 && disabled === undefined) return;
    await this.db
      .updateTable('users')
      .set({ ...fields, ...disabledAt })
      .where('id', '=', id)
      .execute();
  }

  /** `temporary`: the owner must replace it at the next sign-in. */
  async setPassword(id: string, passwordHash: string, temporary: boolean): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ password_hash: passwordHash, must_change_password: temporary ? 1 : 0 })
      .where('id', '=', id)
      .execute();
  }
}
