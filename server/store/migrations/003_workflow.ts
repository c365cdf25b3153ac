import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';

export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await types
    .addSerialKey(db.schema.createTable('status_history'), 'id')
    .addColumn('section_id', 'text', (c) => c.notNull().references('sections.id'))
    .addColumn('from_status', 'text', (c) => c.notNull())
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('status_history_section')
    .on('status_history')
    .column('section_id')
    .execute();

  await db.schema
    .createTable('section_facts')
    .addColumn('section_id', 'text', (c) => c.primaryKey().references('sections.id'))
    .addColumn('words', 'integer', (c) => c.notNull())
    .addColumn('last_edited_by', 'text')
    .addColumn('last_edited_at', 'text')
    .execute();
}
