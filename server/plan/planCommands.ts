import type { AuditLog } from '../audit/auditLog.js';
import { AppError, notFound } from '../errors.js';
import type { PlanPatch, PlanRecord } from '../store/plans.js';
import type { Store } from '../store/store.js';
import type { SectionDirectory } from './directory.js';
import { templateSections } from './outlineTemplate.js';
import type { CommandContext } from './sectionCommands.js';
import type { SectionWriter } from './sectionWriter.js';

export const PLAN_TEMPLATES = ['provincial-outline', 'empty'] as const;

export interface NewPlanInput {
  code: string;
  titleVi: string;
  titleEn?: string | undefined;
  province: string;
  periodStart: number;
  periodEnd: number;
  vision: number;
  template: (typeof PLAN_TEMPLATES)[number];
}

/**
 * Plans: created (from the outline template or empty), renamed, archived and brought back, each
 * in the audit log. The route has checked `can(actor, 'managePlans')`. A plan's commands queue
 * with the section commands on the same plan; a plan's code is its id.
 */
export class PlanCommands {
  constructor(
    private readonly store: Store,
    private readonly directory: SectionDirectory,
    private readonly writer: SectionWriter,
    private readonly audit: AuditLog,
  ) {}

  create(ctx: CommandContext, input: NewPlanInput): Promise<PlanRecord> {
    return this.writer.run(input.code, async () => {
      if (this.directory.plans().some((p) => p.id === input.code || p.code === input.code)) {
        throw new AppError(409, 'plan-taken', `There is already a plan "${input.code}".`);
      }
      const plan: PlanRecord = {
        id: input.code,
        code: input.code,
        titleVi: input.titleVi,
        titleEn: input.titleEn ?? input.titleVi,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        vision: input.vision,
        province: input.province,
        archived: false,
      };
      const sections =
        input.template === 'empty'
          ? []
          : templateSections(plan.id, plan, await this.store.plans.agencies());
      await this.store.plans.insertPlan(plan, sections);
      this.directory.addPlan(plan, sections);
      await this.audit.record(ctx.actor, 'plan', {
        detail: `create ${plan.code} (${input.template}, ${sections.length} sections)`,
        address: ctx.address,
      });
      return plan;
    });
  }

  update(ctx: CommandContext, id: string, patch: PlanPatch): Promise<PlanRecord> {
    const found = this.directory.plan(id);
    if (!found) throw notFound('Plan');
    return this.writer.run(id, async () => {
      const before = this.directory.plan(id) ?? found;
      await this.store.plans.updatePlan(id, patch);
      const after: PlanRecord = { ...before, ...patch };
      this.directory.setPlan(after);
      await this.audit.record(ctx.actor, 'plan', {
        detail: `${id}: ${describeChange(before, after)}`,
        address: ctx.address,
      });
      return after;
    });
  }
}

function describeChange(before: PlanRecord, after: PlanRecord): string {
  const parts: string[] = [];
  for (const key of ['titleVi', 'titleEn', 'province'] as const) {
    if (before[key] !== after[key]) parts.push(`${key} ${before[key]} → ${after[key]}`);
  }
  if (before.archived !== after.archived) parts.push(after.archived ? 'archived' : 'restored');
  return parts.join('; ') || 'unchanged';
}
