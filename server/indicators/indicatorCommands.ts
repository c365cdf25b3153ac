import {
  describeValue,
  indicatorId,
  type Indicator,
  type IndicatorChange,
  type IndicatorGroup,
} from '../../shared/indicators.js';
import type { AuditLog } from '../audit/auditLog.js';
import { AppError, notFound } from '../errors.js';
import { authorize } from '../plan/authorize.js';
import type { CommandContext } from '../plan/sectionCommands.js';
import type { ValueWrite } from '../store/indicators.js';
import type { Store } from '../store/store.js';
import { planImport, type ImportPlan } from './indicatorCsv.js';
import type { IndicatorPublisher } from './indicatorPublisher.js';
import { valueProblem, type ValueInput } from './valueRules.js';

export interface NewIndicatorInput {
  code: string;
  nameVi: string;
  nameEn: string;
  unit: string;
  group: IndicatorGroup;
  owner: string;
}

const invalid = (message: string): AppError => new AppError(400, 'invalid-request', message);

/**
 * Changes to the registry, each authorized by the shared policy, stored with its history,
 * published to the plan room and noted in the audit log.
 */
export class IndicatorCommands {
  constructor(
    private readonly store: Store,
    private readonly audit: AuditLog,
    private readonly publisher: IndicatorPublisher,
  ) {}

  async list(planId: string): Promise<Indicator[]> {
    const plans = await this.store.plans.plans();
    if (!plans.some((p) => p.id === planId)) throw notFound('Plan');
    return this.store.indicators.ofPlan(planId);
  }

  async get(id: string): Promise<Indicator> {
    const indicator = await this.store.indicators.get(id);
    if (!indicator) throw notFound('Indicator');
    return indicator;
  }

  async history(id: string): Promise<IndicatorChange[]> {
    await this.get(id);
    return this.store.indicators.history(id);
  }

  async setValue(
    ctx: CommandContext,
    id: string,
    year: number,
    input: ValueInput,
  ): Promise<Indicator> {
    const indicator = await this.get(id);
    authorize(ctx.actor, 'editIndicatorValues', indicator);
    if (indicator.retired) {
      throw new AppError(
        409,
        'conflict',
        'The indicator is retired; its values are kept as they are.',
      );
    }
    const problem = valueProblem(indicator, year, input);
    if (problem) throw invalid(problem);
    const write: ValueWrite = {
      indicatorId: id,
      year,
      kind: input.kind,
      value: input.value,
      note: input.note,
    };
    const changes = await this.store.indicators.setValues(
      [write],
      ctx.actor.id,
      new Date().toISOString(),
    );
    const updated = await this.get(id);
    if (changes.length > 0) {
      this.publisher.publish([updated]);
      await this.audit.record(ctx.actor, 'indicator', {
        detail: `${indicator.code} ${year}: ${changes[0]?.from ?? '—'} → ${describeValue(input) ?? ''}`,
        address: ctx.address,
      });
    }
    return updated;
  }

  async create(ctx: CommandContext, planId: string, input: NewIndicatorInput): Promise<Indicator> {
    authorize(ctx.actor, 'manageIndicators', null);
    const existing = await this.list(planId);
    if (existing.some((i) => i.code === input.code)) {
      throw new AppError(409, 'conflict', `The plan already has an indicator ${input.code}.`);
    }
    await this.checkAgency(input.owner);
    const id = indicatorId(planId, input.code);
    const at = new Date().toISOString();
    await this.store.indicators.insert([{ id, planId, ...input }]);
    await this.store.indicators.recordCreation(
      [{ indicatorId: id, change: 'create', year: null, from: null, to: input.owner, note: '' }],
      ctx.actor.id,
      at,
    );
    return this.changed(ctx, id, `${input.code}: created, owner ${input.owner}`);
  }

  /** Reassigns the source agency or retires (and restores) an indicator. */
  async update(
    ctx: CommandContext,
    id: string,
    patch: { owner?: string | undefined; retired?: boolean | undefined; note: string },
  ): Promise<Indicator> {
    authorize(ctx.actor, 'manageIndicators', null);
    const indicator = await this.get(id);
    const at = new Date().toISOString();
    if (patch.owner !== undefined && patch.owner !== indicator.owner) {
      await this.checkAgency(patch.owner);
      await this.store.indicators.update(
        id,
        { owner: patch.owner },
        {
          indicatorId: id,
          change: 'owner',
          year: null,
          from: indicator.owner,
          to: patch.owner,
          note: patch.note,
        },
        ctx.actor.id,
        at,
      );
    }
    if (patch.retired !== undefined && patch.retired !== indicator.retired) {
      await this.store.indicators.update(
        id,
        { retired: patch.retired },
        {
          indicatorId: id,
          change: patch.retired ? 'retire' : 'restore',
          year: null,
          from: null,
          to: null,
          note: patch.note,
        },
        ctx.actor.id,
        at,
      );
    }
    return this.changed(ctx, id, `${indicator.code}: ${JSON.stringify(patch)}`);
  }

  /** Checks a CSV against the registry; with `apply`, writes what may be written as one change. */
  async importCsv(
    ctx: CommandContext,
    planId: string,
    csv: string,
    apply: boolean,
  ): Promise<Omit<ImportPlan, 'writes'> & { applied: boolean }> {
    const indicators = await this.list(planId);
    const { writes, ...plan } = planImport(ctx.actor, indicators, csv);
    if (!apply || writes.length === 0) return { ...plan, applied: false };
    await this.store.indicators.setValues(writes, ctx.actor.id, new Date().toISOString());
    const touched = new Set(writes.map((w) => w.indicatorId));
    this.publisher.publish((await this.list(planId)).filter((i) => touched.has(i.id)));
    await this.audit.record(ctx.actor, 'indicator', {
      detail: `CSV import: ${writes.length} value(s) of ${[...touched].length} indicator(s); ${plan.refused.length} row(s) refused`,
      address: ctx.address,
    });
    return { ...plan, applied: true };
  }

  private async changed(ctx: CommandContext, id: string, detail: string): Promise<Indicator> {
    const updated = await this.get(id);
    this.publisher.publish([updated]);
    await this.audit.record(ctx.actor, 'indicator', { detail, address: ctx.address });
    return updated;
  }

  private async checkAgency(code: string): Promise<void> {
    const known = (await this.store.plans.agencies()).some((a) => a.code === code);
    if (!known) throw invalid(`Unknown agency: ${code}.`);
  }
}
