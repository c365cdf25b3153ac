import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface SessionRecord {
  id: string;
  userId: string;
  expiresAt: Date;
}

/** Server-side sessions. `id` is a hash of the cookie token, never the token itself. */
export class SessionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(session: SessionRecord): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        id: session.id,
        user_id: session.userId,
        created_at: new Date().toISOString(),
        expires_at: session.expiresAt.toISOString(),
      })
      .execute();
  }

  async find(id: string): Promise<SessionRecord | undefined> {
    const row = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && { id: row.id, userId: row.user_id, expiresAt: new Date(row.expires_at) };
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', id).execute();
  }

  /** Ends every session of one account (disabled, or its password reset). */
  async deleteForUser(userId: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('user_id', '=', userId).execute();
  }

  async deleteExpired(now: Date): Promise<void> {
    await this.db.deleteFrom('sessions').where('expires_at', '<', now.toISOString()).execute();
  }
}
