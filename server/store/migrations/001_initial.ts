import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';

export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('agencies')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name_vi', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('agency', 'text', (c) => c.notNull().references('agencies.code'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('title_vi', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('period_start', 'integer', (c) => c.notNull())
    .addColumn('period_end', 'integer', (c) => c.notNull())
    .addColumn('vision', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('title_vi', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull().references('agencies.code'))
    .addColumn('contributors', 'text', (c) => c.notNull())
    .addColumn('writers', 'text', (c) => c.notNull())
    .addColumn('synthesis', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('locked_at', 'text')
    .addColumn('locked_by', 'text')
    .addColumn('lock_note', 'text')
    .addColumn('due_date', 'text')
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('sections_plan').on('sections').column('plan_id').execute();

  await types
    .addSerialKey(db.schema.createTable('doc_updates'), 'seq')
    .addColumn('doc', 'text', (c) => c.notNull())
    .addColumn('data', types.blob, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('doc_updates_doc')
    .on('doc_updates')
    .columns(['doc', 'seq'])
    .execute();

  await db.schema
    .createTable('doc_snapshots')
    .addColumn('doc', 'text', (c) => c.primaryKey())
    .addColumn('data', types.blob, (c) => c.notNull())
    .addColumn('through_seq', 'bigint', (c) => c.notNull())
    .execute();

  await types
    .addSerialKey(db.schema.createTable('audit_log'), 'id')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text')
    .addColumn('agency', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('section_id', 'text')
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('address', 'text')
    .execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
  await db.schema.createIndex('audit_log_section').on('audit_log').column('section_id').execute();
}
