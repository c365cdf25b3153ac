import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';

/**
 * Each snapshot keeps its state vector: a room can then greet a reader without decoding the
 * whole snapshot. Older snapshots have none, and their rooms compute it.
 */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema.alterTable('doc_snapshots').addColumn('state_vector', types.blob).execute();
}
