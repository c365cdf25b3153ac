import type { Kysely, Updateable } from 'kysely';
import type {
  Agency,
  AgencyKind,
  ManagedAgency,
  PlanSummary,
  SectionFacts,
} from '../../shared/model.js';
import type { StatusCode } from '../../shared/statuses.js';
import type { AgencyRow, Database, PlanRow, SectionRow } from './schema.js';

/** A section as stored: both titles, no display language chosen yet. */
export interface SectionRecord extends SectionFacts {
  id: string;
  planId: string;
  number: string;
  titleVi: string;
  titleEn: string;
  parentId: string | null;
  position: number;
  synthesis: boolean;
  dueDate: string | null;
  deletedAt: string | null;
}

export type PlanRecord = Omit<PlanSummary, 'title'>;

/** What an administrator may change on a plan. */
export type PlanPatch = Partial<Pick<PlanRecord, 'titleVi' | 'titleEn' | 'province' | 'archived'>>;

const toAgency = (r: AgencyRow): ManagedAgency => ({
  code: r.code,
  nameVi: r.name_vi,
  nameEn: r.name_en,
  kind: r.kind as AgencyKind,
  active: r.active === 1,
});

const toPlan = (r: PlanRow): PlanRecord => ({
  id: r.id,
  code: r.code,
  titleVi: r.title_vi,
  titleEn: r.title_en,
  periodStart: r.period_start,
  periodEnd: r.period_end,
  vision: r.vision,
  province: r.province,
  archived: r.archived_at !== null,
});

const toSection = (
  r: SectionRow,
  lockerName: string | null,
  lockerAgency: string | null,
): SectionRecord => ({
  id: r.id,
  planId: r.plan_id,
  number: r.number,
  titleVi: r.title_vi,
  titleEn: r.title_en,
  parentId: r.parent_id,
  position: r.position,
  owner: r.owner,
  contributors: JSON.parse(r.contributors) as string[],
  writers: JSON.parse(r.writers) as string[],
  synthesis: r.synthesis === 1,
  status: r.status as StatusCode,
  lock:
    r.locked_at && r.locked_by
      ? {
          at: r.locked_at,
          by: r.locked_by,
          byName: lockerName ?? '',
          byAgency: lockerAgency ?? '',
          note: r.lock_note ?? '',
        }
      : null,
  dueDate: r.due_date,
  deletedAt: r.deleted_at,
});

export function sectionRow(s: SectionRecord): SectionRow {
  return {
    id: s.id,
    plan_id: s.planId,
    number: s.number,
    title_vi: s.titleVi,
    title_en: s.titleEn,
    parent_id: s.parentId,
    position: s.position,
    owner: s.owner,
    contributors: JSON.stringify(s.contributors),
    writers: JSON.stringify(s.writers),
    synthesis: s.synthesis ? 1 : 0,
    status: s.status,
    locked_at: s.lock?.at ?? null,
    locked_by: s.lock?.by ?? null,
    lock_note: s.lock?.note ?? null,
    due_date: s.dueDate,
    deleted_at: s.deletedAt,
  };
}

export class PlanRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async isEmpty(): Promise<boolean> {
    const row = await this.db.selectFrom('plans').select('id').limit(1).executeTakeFirst();
    return row === undefined;
  }

  async agencies(): Promise<ManagedAgency[]> {
    const rows = await this.db.selectFrom('agencies').selectAll().orderBy('code').execute();
    return rows.map(toAgency);
  }

  async plans(): Promise<PlanRecord[]> {
    const rows = await this.db.selectFrom('plans').selectAll().orderBy('created_at').execute();
    return rows.map(toPlan);
  }

  /** Every section of every plan, deleted ones included, with the locker's name. */
  async allSections(): Promise<SectionRecord[]> {
    const rows = await this.db
      .selectFrom('sections')
      .leftJoin('users', 'users.id', 'sections.locked_by')
      .selectAll('sections')
      .select(['users.name as locker_name', 'users.agency as locker_agency'])
      .orderBy('sections.position')
      .execute();
    return rows.map((r) => toSection(r, r.locker_name, r.locker_agency));
  }

  async insertAgencies(agencies: (Agency & { active?: boolean })[]): Promise<void> {
    await this.db
      .insertInto('agencies')
      .values(
        agencies.map((a) => ({
          code: a.code,
          name_vi: a.nameVi,
          name_en: a.nameEn,
          kind: a.kind,
          active: a.active === false ? 0 : 1,
        })),
      )
      .execute();
  }

  async updateAgency(
    code: string,
    patch: Partial<Pick<ManagedAgency, 'nameVi' | 'nameEn' | 'kind' | 'active'>>,
  ): Promise<void> {
    const { nameVi, nameEn, kind, active } = patch;
    await this.db
      .updateTable('agencies')
      .set({
        ...(nameVi === undefined ? {} : { name_vi: nameVi }),
        ...(nameEn === undefined ? {} : { name_en: nameEn }),
        ...(kind === undefined ? {} : { kind }),
        ...(active === undefined ? {} : { active: active ? 1 : 0 }),
      })
      .where('code', '=', code)
      .execute();
  }

  async insertPlan(plan: PlanRecord, sections: SectionRecord[]): Promise<void> {
    const now = new Date().toISOString();
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('plans')
        .values({
          id: plan.id,
          code: plan.code,
          title_vi: plan.titleVi,
          title_en: plan.titleEn,
          period_start: plan.periodStart,
          period_end: plan.periodEnd,
          vision: plan.vision,
          created_at: now,
          province: plan.province,
          archived_at: plan.archived ? now : null,
        })
        .execute();
      if (sections.length > 0)
        await trx.insertInto('sections').values(sections.map(sectionRow)).execute();
    });
  }

  async updatePlan(id: string, patch: PlanPatch): Promise<void> {
    const { titleVi, titleEn, province, archived } = patch;
    await this.db
      .updateTable('plans')
      .set({
        ...(titleVi === undefined ? {} : { title_vi: titleVi }),
        ...(titleEn === undefined ? {} : { title_en: titleEn }),
        ...(province === undefined ? {} : { province }),
        ...(archived === undefined
          ? {}
          : { archived_at: archived ? new Date().toISOString() : null }),
      })
      .where('id', '=', id)
      .execute();
  }

  async insertSection(section: SectionRecord): Promise<void> {
    await this.db.insertInto('sections').values(sectionRow(section)).execute();
  }

  async updateSection(id: string, patch: Updateable<SectionRow>): Promise<void> {
    await this.db.updateTable('sections').set(patch).where('id', '=', id).execute();
  }
}
