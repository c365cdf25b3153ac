import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';

/**
 * Versions of a section's text, and editions of the whole plan. A version's `data` is the
 * deflated Yjs diff of the section's state against the previous version's state vector: the
 * versions of a section replay in `seq` order into its state at that version.
 */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('plan_editions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    /** The comment-response summary as of the edition, as JSON. */
    .addColumn('summary', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('plan_editions_plan').on('plan_editions').column('plan_id').execute();

  await db.schema
    .createTable('section_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('section_id', 'text', (c) => c.notNull().references('sections.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    /** The status the section was in when the version was taken. */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('edition_id', 'text', (c) => c.references('plan_editions.id'))
    .addColumn('words_added', 'integer', (c) => c.notNull())
    .addColumn('words_removed', 'integer', (c) => c.notNull())
    .addColumn('state_vector', types.blob, (c) => c.notNull())
    .addColumn('data', types.blob, (c) => c.notNull())
    .addUniqueConstraint('section_versions_seq', ['section_id', 'seq'])
    .execute();
}
