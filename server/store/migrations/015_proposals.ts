import type { Kysely } from 'kysely';

/**
 * Proposed edits (đề xuất sửa) are review threads of their own kind: `proposal` holds the text
 * proposed instead of the thread's quote; null for a comment.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('threads').addColumn('proposal', 'text').execute();
}
