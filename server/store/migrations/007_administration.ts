import type { Kysely } from 'kysely';

/**
 * Administration in PlanFold itself: accounts can be disabled and carry a temporary password
 * until its owner changes it; agencies can be retired; plans name their province and can be
 * archived. Columns are added with defaults, so a store of an earlier version keeps working.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('email', 'text').execute();
  await db.schema.alterTable('users').addColumn('disabled_at', 'text').execute();
  await db.schema
    .alterTable('users')
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('agencies')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .alterTable('plans')
    .addColumn('province', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.alterTable('plans').addColumn('archived_at', 'text').execute();
}
