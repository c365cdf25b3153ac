import type { Kysely } from 'kysely';
import { referenceKey, type FrozenFigure, type SectionFreeze } from '../../shared/indicatorRefs.js';
import { isIndicatorKind } from '../../shared/indicators.js';
import type { Database, IndicatorFreezeRow } from './schema.js';

function toFigure(row: IndicatorFreezeRow): FrozenFigure | null {
  if (!isIndicatorKind(row.kind)) return null;
  return {
    indicatorId: row.indicator_id,
    year: row.year,
    kind: row.kind,
    value: row.value,
    unit: row.unit,
    frozenAt: row.frozen_at,
  };
}

function group(rows: readonly IndicatorFreezeRow[]): Map<string, SectionFreeze> {
  const bySection = new Map<string, SectionFreeze>();
  for (const row of rows) {
    const figure = toFigure(row);
    if (!figure) continue;
    const freeze = bySection.get(row.section_id) ?? {};
    freeze[referenceKey(figure.indicatorId, figure.year)] = figure;
    bySection.set(row.section_id, freeze);
  }
  return bySection;
}

/** The figures approved sections froze (migration 017). */
export class IndicatorFreezeRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async ofSection(sectionId: string): Promise<SectionFreeze | null> {
    const rows = await this.db
      .selectFrom('indicator_freezes')
      .selectAll()
      .where('section_id', '=', sectionId)
      .execute();
    return group(rows).get(sectionId) ?? null;
  }

  /** Section id → its frozen figures, for every frozen section of the plan. */
  async ofPlan(planId: string): Promise<Map<string, SectionFreeze>> {
    const rows = await this.db
      .selectFrom('indicator_freezes')
      .innerJoin('sections', 'sections.id', 'indicator_freezes.section_id')
      .selectAll('indicator_freezes')
      .where('sections.plan_id', '=', planId)
      .execute();
    return group(rows);
  }

  /** Adds figures; a figure the section froze before keeps its value (it is what it showed). */
  async add(sectionId: string, figures: readonly FrozenFigure[]): Promise<void> {
    if (figures.length === 0) return;
    await this.db
      .insertInto('indicator_freezes')
      .values(
        figures.map((f) => ({
          section_id: sectionId,
          indicator_id: f.indicatorId,
          year: f.year,
          kind: f.kind,
          value: f.value,
          unit: f.unit,
          frozen_at: f.frozenAt,
        })),
      )
      .onConflict((oc) => oc.columns(['section_id', 'indicator_id', 'year']).doNothing())
      .execute();
  }

  /** Lets the section's references show the registry's values again. */
  async release(sectionId: string): Promise<void> {
    await this.db.deleteFrom('indicator_freezes').where('section_id', '=', sectionId).execute();
  }
}
