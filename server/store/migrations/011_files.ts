import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';

/**
 * Uploaded files (figures). A plan lists the files it uses (its quota counts them); the bytes
 * are content-addressed by SHA-256, in DATA_DIR/files with SQLite, in `file_blobs` otherwise.
 */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('plan_files')
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('plan_files_pk', ['plan_id', 'hash'])
    .execute();
  await db.schema
    .createTable('file_blobs')
    .addColumn('hash', 'text', (c) => c.primaryKey())
    .addColumn('data', types.blob, (c) => c.notNull())
    .execute();
}
