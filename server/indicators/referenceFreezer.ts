import { referenceKey, type FrozenFigure } from '../../shared/indicatorRefs.js';
import { valueOf } from '../../shared/indicators.js';
import type { AuditLog } from '../audit/auditLog.js';
import { notFound } from '../errors.js';
import { authorize } from '../plan/authorize.js';
import type { SectionDirectory } from '../plan/directory.js';
import type { CommandContext } from '../plan/sectionCommands.js';
import type { SectionRecord } from '../store/plans.js';
import type { Store } from '../store/store.js';
import type { IndicatorPublisher } from './indicatorPublisher.js';
import type { SectionReferences } from './sectionReferences.js';

/**
 * Approved text does not move: when a section is locked (by hand or by its approval), the values
 * its references show are frozen with it, and stay frozen after an unlock until its owner or the
 * coordinator takes the registry's new values.
 */
export class ReferenceFreezer {
  constructor(
    private readonly store: Store,
    private readonly directory: SectionDirectory,
    private readonly references: SectionReferences,
    private readonly publisher: IndicatorPublisher,
    private readonly audit: AuditLog,
  ) {}

  async frozenFigures(sectionId: string): Promise<FrozenFigure[]> {
    if (!this.directory.section(sectionId)) throw notFound('Section');
    return Object.values((await this.store.indicatorFreezes.ofSection(sectionId)) ?? {});
  }

  /**
   * Freezes what a locked section's references show: the registry's value for each figure it
   * cites, except figures it froze before, which keep the value they have been showing.
   */
  async freeze(section: SectionRecord): Promise<void> {
    if (section.lock === null) return;
    const indicators = new Map(
      (await this.store.indicators.ofPlan(section.planId)).map((i) => [i.id, i]),
    );
    const at = new Date().toISOString();
    const figures = new Map<string, FrozenFigure>();
    for (const ref of await this.references.of(section.id)) {
      const indicator = indicators.get(ref.indicator);
      const value = indicator ? valueOf(indicator, ref.year) : null;
      if (!indicator || !value) continue;
      figures.set(referenceKey(ref.indicator, ref.year), {
        indicatorId: ref.indicator,
        year: ref.year,
        kind: value.kind,
        value: value.value,
        unit: indicator.unit,
        frozenAt: at,
      });
    }
    await this.store.indicatorFreezes.add(section.id, [...figures.values()]);
    await this.publish(section);
  }

  /** Lets an unlocked section's references show the registry's values again. */
  async takeNewFigures(ctx: CommandContext, sectionId: string): Promise<void> {
    const section = this.directory.section(sectionId);
    if (!section) throw notFound('Section');
    authorize(ctx.actor, 'takeNewFigures', section);
    await this.store.indicatorFreezes.release(sectionId);
    await this.publish(section);
    await this.audit.record(ctx.actor, 'indicator', {
      sectionId,
      detail: 'Took the registry’s current figures for the references frozen at approval',
      address: ctx.address,
    });
  }

  private async publish(section: SectionRecord): Promise<void> {
    this.publisher.publishFreeze(
      section.planId,
      section.id,
      await this.store.indicatorFreezes.ofSection(section.id),
    );
  }
}
