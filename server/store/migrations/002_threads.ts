import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('threads')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('section_id', 'text', (c) => c.notNull().references('sections.id'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('anchor_from', 'text', (c) => c.notNull())
    .addColumn('anchor_to', 'text', (c) => c.notNull())
    .addColumn('quote', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by', 'text')
    .addColumn('response_kind', 'text')
    .addColumn('response_text', 'text')
    .addColumn('response_by', 'text')
    .addColumn('response_at', 'text')
    .execute();
  await db.schema.createIndex('threads_section').on('threads').column('section_id').execute();

  await db.schema
    .createTable('thread_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('thread_id', 'text', (c) => c.notNull().references('threads.id'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('edited_at', 'text')
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema
    .createIndex('thread_messages_thread')
    .on('thread_messages')
    .column('thread_id')
    .execute();

  await db.schema
    .createTable('thread_mentions')
    .addColumn('message_id', 'text', (c) => c.notNull().references('thread_messages.id'))
    .addColumn('thread_id', 'text', (c) => c.notNull().references('threads.id'))
    .addColumn('agency', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .execute();
  await db.schema
    .createIndex('thread_mentions_agency')
    .on('thread_mentions')
    .column('agency')
    .execute();
}
