import type { Kysely } from 'kysely';
import type { PublicUser, Role } from '../../shared/model.js';
import type { Database, UserRow } from './schema.js';

export interface UserRecord extends PublicUser {
  passwordHash: string;
}

const toUser = (row: UserRow): UserRecord => ({
  id: row.id,
  username: row.username,
  name: row.name,
  agency: row.agency,
  role: row.role as Role,
  passwordHash: row.password_hash,
});

export type NewUser = Omit<UserRecord, 'id'> & { id?: string };

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
        })),
      )
      .execute();
  }
}
