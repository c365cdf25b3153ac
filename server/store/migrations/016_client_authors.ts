import type { Kysely } from 'kysely';

/**
 * Which user each Yjs client id of a section belongs to, from the first write or presence under
 * it: the structs of a document carry only client ids, and attribution (who wrote a passage)
 * needs them after the room that bound them has unloaded. Client ids are unsigned 32-bit, past
 * PostgreSQL's `integer`: `bigint`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('client_authors')
    .addColumn('section_id', 'text', (c) => c.notNull().references('sections.id'))
    .addColumn('client_id', 'bigint', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('first_seen', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('client_authors_key', ['section_id', 'client_id'])
    .execute();
}
