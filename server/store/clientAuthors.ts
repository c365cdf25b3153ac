import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** A Yjs client id bound to the user who first used it. */
export interface ClientBinding {
  clientId: number;
  userId: string;
}

/** Who each client id of a section belongs to (migration 016); the first binding stays. */
export class ClientAuthorRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async record(sectionId: string, bindings: readonly ClientBinding[], at: string): Promise<void> {
    if (bindings.length === 0) return;
    await this.db
      .insertInto('client_authors')
      .values(
        bindings.map((b) => ({
          section_id: sectionId,
          client_id: b.clientId,
          user_id: b.userId,
          first_seen: at,
        })),
      )
      .onConflict((oc) => oc.columns(['section_id', 'client_id']).doNothing())
      .execute();
  }

  /** Client id → user id, for every client id bound in the section. */
  async ofSection(sectionId: string): Promise<Map<number, string>> {
    const rows = await this.db
      .selectFrom('client_authors')
      .select(['client_id', 'user_id'])
      .where('section_id', '=', sectionId)
      .execute();
    return new Map(rows.map((r) => [Number(r.client_id), r.user_id]));
  }
}
