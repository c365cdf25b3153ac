import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface PlanFileRecord {
  planId: string;
  hash: string;
  mime: string;
  size: number;
  uploadedBy: string;
  uploadedAt: string;
}

/** Which files each plan uses, and (where there is no data directory) their bytes. */
export class FileRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async find(planId: string, hash: string): Promise<PlanFileRecord | null> {
    const row = await this.db
      .selectFrom('plan_files')
      .selectAll()
      .where('plan_id', '=', planId)
      .where('hash', '=', hash)
      .executeTakeFirst();
    return row
      ? {
          planId: row.plan_id,
          hash: row.hash,
          mime: row.mime,
          size: row.size,
          uploadedBy: row.uploaded_by,
          uploadedAt: row.uploaded_at,
        }
      : null;
  }

  /** Bytes the plan's files take, each file counted once however often it is used. */
  async usedBytes(planId: string): Promise<number> {
    const row = await this.db
      .selectFrom('plan_files')
      .select((eb) => eb.fn.sum<number | string | null>('size').as('total'))
      .where('plan_id', '=', planId)
      .executeTakeFirst();
    return Number(row?.total ?? 0);
  }

  /** Lists a file for a plan; a file it already lists is left as it was. */
  async record(file: PlanFileRecord): Promise<void> {
    await this.db
      .insertInto('plan_files')
      .values({
        plan_id: file.planId,
        hash: file.hash,
        mime: file.mime,
        size: file.size,
        uploaded_by: file.uploadedBy,
        uploaded_at: file.uploadedAt,
      })
      .onConflict((oc) => oc.columns(['plan_id', 'hash']).doNothing())
      .execute();
  }

  async putBlob(hash: string, data: Uint8Array): Promise<void> {
    await this.db
      .insertInto('file_blobs')
      .values({ hash, data })
      .onConflict((oc) => oc.column('hash').doNothing())
      .execute();
  }

  async blob(hash: string): Promise<Uint8Array | null> {
    const row = await this.db
      .selectFrom('file_blobs')
      .select('data')
      .where('hash', '=', hash)
      .executeTakeFirst();
    return row ? row.data : null;
  }
}
