import type { Kysely, Transaction } from 'kysely';
import {
  describeValue,
  INDICATOR_GROUPS,
  isIndicatorKind,
  type Indicator,
  type IndicatorChange,
  type IndicatorChangeKind,
  type IndicatorGroup,
  type IndicatorKind,
  type IndicatorValue,
} from '../../shared/indicators.js';
import type { Database, IndicatorRow } from './schema.js';

/** An indicator as created: no values yet. */
export type NewIndicator = Omit<Indicator, 'values' | 'retired'>;

/** A value to set, by whom and why. */
export interface ValueWrite {
  indicatorId: string;
  year: number;
  kind: IndicatorKind;
  value: number;
  note: string;
}

export interface ChangeRecord {
  indicatorId: string;
  change: IndicatorChangeKind;
  year: number | null;
  from: string | null;
  to: string | null;
  note: string;
}

type Db = Kysely<Database> | Transaction<Database>;

const asGroup = (code: string): IndicatorGroup =>
  (INDICATOR_GROUPS as readonly string[]).includes(code) ? (code as IndicatorGroup) : 'economy';

function toIndicator(row: IndicatorRow, values: IndicatorValue[]): Indicator {
  return {
    id: row.id,
    planId: row.plan_id,
    code: row.code,
    nameVi: row.name_vi,
    nameEn: row.name_en,
    unit: row.unit,
    group: asGroup(row.group_code),
    owner: row.owner,
    retired: row.retired_at !== null,
    values,
  };
}

/** The registry's tables: indicators, their values per year, and the history of every change. */
export class IndicatorRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The plan's indicators in registry order, each with its values by year. */
  async ofPlan(planId: string): Promise<Indicator[]> {
    const rows = await this.db
      .selectFrom('indicators')
      .selectAll()
      .where('plan_id', '=', planId)
      .orderBy('position')
      .execute();
    const values = await this.valuesOf(rows.map((r) => r.id));
    return rows.map((r) => toIndicator(r, values.get(r.id) ?? []));
  }

  async get(id: string): Promise<Indicator | null> {
    const row = await this.db
      .selectFrom('indicators')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return null;
    const values = await this.valuesOf([id]);
    return toIndicator(row, values.get(id) ?? []);
  }

  async insert(indicators: readonly NewIndicator[]): Promise<void> {
    if (indicators.length === 0) return;
    const last = await this.db
      .selectFrom('indicators')
      .select((eb) => eb.fn.max('position').as('position'))
      .where('plan_id', '=', indicators[0]?.planId ?? '')
      .executeTakeFirst();
    const start = (last?.position ?? -1) + 1;
    await this.db
      .insertInto('indicators')
      .values(
        indicators.map((i, k) => ({
          id: i.id,
          plan_id: i.planId,
          code: i.code,
          name_vi: i.nameVi,
          name_en: i.nameEn,
          unit: i.unit,
          group_code: i.group,
          owner: i.owner,
          position: start + k,
          retired_at: null,
        })),
      )
      .execute();
  }

  /**
   * Sets values and records each change, all in one transaction: a batch (a CSV import) is one
   * change or none. Writes that change nothing are skipped; returns the changes recorded.
   */
  async setValues(
    writes: readonly ValueWrite[],
    actorId: string,
    at: string,
  ): Promise<ChangeRecord[]> {
    return this.db.transaction().execute(async (trx) => {
      const recorded: ChangeRecord[] = [];
      for (const w of writes) {
        const before = await trx
          .selectFrom('indicator_values')
          .selectAll()
          .where('indicator_id', '=', w.indicatorId)
          .where('year', '=', w.year)
          .executeTakeFirst();
        if (
          before &&
          before.kind === w.kind &&
          before.value === w.value &&
          before.note === w.note
        ) {
          continue;
        }
        const row = {
          indicator_id: w.indicatorId,
          year: w.year,
          kind: w.kind,
          value: w.value,
          note: w.note,
          updated_at: at,
          updated_by: actorId,
        };
        await trx
          .insertInto('indicator_values')
          .values(row)
          .onConflict((oc) =>
            oc.columns(['indicator_id', 'year']).doUpdateSet({
              kind: w.kind,
              value: w.value,
              note: w.note,
              updated_at: at,
              updated_by: actorId,
            }),
          )
          .execute();
        const previous =
          before && isIndicatorKind(before.kind)
            ? { kind: before.kind, value: before.value }
            : null;
        recorded.push({
          indicatorId: w.indicatorId,
          change: 'value',
          year: w.year,
          from: describeValue(previous),
          to: describeValue(w),
          note: w.note,
        });
      }
      await insertChanges(trx, recorded, actorId, at);
      return recorded;
    });
  }

  /** Changes the indicator itself (owner, retirement) and records it. */
  async update(
    id: string,
    patch: { owner?: string; retired?: boolean },
    change: ChangeRecord,
    actorId: string,
    at: string,
  ): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('indicators')
        .set({
          ...(patch.owner !== undefined ? { owner: patch.owner } : {}),
          ...(patch.retired !== undefined ? { retired_at: patch.retired ? at : null } : {}),
        })
        .where('id', '=', id)
        .execute();
      await insertChanges(trx, [change], actorId, at);
    });
  }

  async recordCreation(
    changes: readonly ChangeRecord[],
    actorId: string,
    at: string,
  ): Promise<void> {
    await insertChanges(this.db, changes, actorId, at);
  }

  /** Newest first. */
  async history(indicatorId: string): Promise<IndicatorChange[]> {
    const rows = await this.db
      .selectFrom('indicator_changes')
      .leftJoin('users', 'users.id', 'indicator_changes.actor_id')
      .selectAll('indicator_changes')
      .select(['users.name as actor_name', 'users.agency as actor_agency'])
      .where('indicator_id', '=', indicatorId)
      .orderBy('indicator_changes.id', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      indicatorId: r.indicator_id,
      change: r.change as IndicatorChangeKind,
      year: r.year,
      from: r.from_value,
      to: r.to_value,
      note: r.note,
      at: r.at,
      actorId: r.actor_id,
      actorName: r.actor_name ?? '',
      agency: r.actor_agency ?? '',
    }));
  }

  private async valuesOf(ids: readonly string[]): Promise<Map<string, IndicatorValue[]>> {
    const byIndicator = new Map<string, IndicatorValue[]>();
    if (ids.length === 0) return byIndicator;
    const rows = await this.db
      .selectFrom('indicator_values')
      .leftJoin('users', 'users.id', 'indicator_values.updated_by')
      .selectAll('indicator_values')
      .select('users.name as updater')
      .where('indicator_id', 'in', ids)
      .orderBy('year')
      .execute();
    for (const r of rows) {
      if (!isIndicatorKind(r.kind)) continue;
      const list = byIndicator.get(r.indicator_id) ?? [];
      list.push({
        year: r.year,
        kind: r.kind,
        value: r.value,
        note: r.note,
        updatedAt: r.updated_at,
        updatedBy: r.updater ?? '',
      });
      byIndicator.set(r.indicator_id, list);
    }
    return byIndicator;
  }
}

async function insertChanges(
  db: Db,
  changes: readonly ChangeRecord[],
  actorId: string,
  at: string,
): Promise<void> {
  if (changes.length === 0) return;
  await db
    .insertInto('indicator_changes')
    .values(
      changes.map((c) => ({
        indicator_id: c.indicatorId,
        change: c.change,
        year: c.year,
        from_value: c.from,
        to_value: c.to,
        note: c.note,
        actor_id: actorId,
        at,
      })),
    )
    .execute();
}
