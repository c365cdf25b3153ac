import type { AgencyKind, ManagedAgency } from '../../shared/model.js';
import type { AuditLog } from '../audit/auditLog.js';
import { AppError, notFound } from '../errors.js';
import type { AdminContext } from '../admin/accounts.js';
import type { Store } from '../store/store.js';

export interface NewAgency {
  code: string;
  nameVi: string;
  nameEn: string;
  kind: AgencyKind;
}

export type AgencyPatch = Partial<Pick<ManagedAgency, 'nameVi' | 'nameEn' | 'kind' | 'active'>>;

/**
 * Agencies: created, renamed, retired and brought back, each step in the audit log. The route
 * has checked `can(actor, 'manageAgencies')`.
 */
export class AgencyCommands {
  constructor(
    private readonly store: Store,
    private readonly audit: AuditLog,
  ) {}

  async create(ctx: AdminContext, input: NewAgency): Promise<ManagedAgency> {
    if (await this.find(input.code)) {
      throw new AppError(409, 'agency-taken', `The agency code "${input.code}" is taken.`);
    }
    await this.store.plans.insertAgencies([input]);
    const agency = await this.agency(input.code);
    await this.audit.record(ctx.actor, 'agency', {
      detail: `create ${agency.code} (${agency.kind}): ${agency.nameVi}`,
      address: ctx.address,
    });
    return agency;
  }

  async update(ctx: AdminContext, code: string, patch: AgencyPatch): Promise<ManagedAgency> {
    const before = await this.agency(code);
    await this.store.plans.updateAgency(code, patch);
    const after = await this.agency(code);
    await this.audit.record(ctx.actor, 'agency', {
      detail: `${code}: ${describeChange(before, after)}`,
      address: ctx.address,
    });
    return after;
  }

  private async find(code: string): Promise<ManagedAgency | undefined> {
    return (await this.store.plans.agencies()).find((a) => a.code === code);
  }

  private async agency(code: string): Promise<ManagedAgency> {
    const agency = await this.find(code);
    if (!agency) throw notFound('Agency');
    return agency;
  }
}

function describeChange(before: ManagedAgency, after: ManagedAgency): string {
  const parts: string[] = [];
  for (const key of ['nameVi', 'nameEn', 'kind'] as const) {
    if (before[key] !== after[key]) parts.push(`${key} ${before[key]} → ${after[key]}`);
  }
  if (before.active !== after.active) parts.push(after.active ? 'reactivated' : 'deactivated');
  return parts.join('; ') || 'unchanged';
}
