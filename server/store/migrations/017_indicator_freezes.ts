import type { Kysely } from 'kysely';

/**
 * The figures an approved or locked section showed at that moment, one row per indicator and
 * year it cites: its references keep showing them whatever the registry does afterwards.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('indicator_freezes')
    .addColumn('section_id', 'text', (c) => c.notNull().references('sections.id'))
    // No foreign key to the indicator: a frozen figure outlives the indicator's retirement.
    .addColumn('indicator_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('frozen_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('indicator_freezes_pk', ['section_id', 'indicator_id', 'year'])
    .execute();
}
