import type { Kysely } from 'kysely';
import type { EditionView } from '../../shared/versions/model.js';
import type { Database, PlanEditionRow } from './schema.js';

/** Editions of a plan: one row each; the sections' versions point to it. */
export class EditionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(row: PlanEditionRow): Promise<void> {
    await this.db.insertInto('plan_editions').values(row).execute();
  }

  private views() {
    return this.db
      .selectFrom('plan_editions')
      .leftJoin('users', 'users.id', 'plan_editions.created_by')
      .select([
        'plan_editions.id',
        'plan_editions.plan_id',
        'plan_editions.name',
        'plan_editions.created_by',
        'plan_editions.created_at',
        'users.name as created_by_name',
      ])
      .select((eb) =>
        eb
          .selectFrom('section_versions')
          .select((v) => v.fn.countAll<number>().as('n'))
          .whereRef('section_versions.edition_id', '=', 'plan_editions.id')
          .as('sections'),
      );
  }

  /** Newest first. */
  async list(planId: string): Promise<EditionView[]> {
    const rows = await this.views()
      .where('plan_editions.plan_id', '=', planId)
      .orderBy('plan_editions.created_at', 'desc')
      .execute();
    return rows.map(toView);
  }

  async get(id: string): Promise<EditionView | null> {
    const row = await this.views().where('plan_editions.id', '=', id).executeTakeFirst();
    return row ? toView(row) : null;
  }

  /** The comment-response summary frozen with the edition, as stored (JSON). */
  async summary(id: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('plan_editions')
      .select('summary')
      .where('id', '=', id)
      .executeTakeFirst();
    return row?.summary ?? null;
  }
}

function toView(r: {
  id: string;
  plan_id: string;
  name: string;
  created_by: string;
  created_at: string;
  created_by_name: string | null;
  sections: number | string | bigint | null;
}): EditionView {
  return {
    id: r.id,
    planId: r.plan_id,
    name: r.name,
    createdBy: r.created_by,
    createdByName: r.created_by_name,
    createdAt: r.created_at,
    sections: Number(r.sections ?? 0),
  };
}
