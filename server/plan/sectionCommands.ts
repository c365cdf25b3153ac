import type { PublicUser } from '../../shared/model.js';
import { decide, type Action, type ActionResources } from '../../shared/policy.js';
import type { StatusCode } from '../../shared/statuses.js';
import { statusDefinition } from '../../shared/statuses.js';
import type { AuditLog } from '../audit/auditLog.js';
import { AppError, notFound } from '../errors.js';
import { sectionRow, type SectionRecord } from '../store/plans.js';
import type { Store } from '../store/store.js';
import type { SectionDirectory } from './directory.js';

export interface CommandContext {
  actor: PublicUser;
  address: string | null;
}

export interface Assignment {
  owner: string;
  contributors: string[];
  writers: string[];
}

const REFUSALS: Record<string, string> = {
  role: 'Your role may not do this.',
  locked: 'The section is locked.',
  'not-locked': 'The section is not locked.',
  'not-owner': 'Only the owning agency may do this.',
  transition: 'This status change is not allowed for you.',
  status: 'The section status does not allow this.',
  'not-author': 'Only the author may do this.',
};

/**
 * The multi-step changes to a section (lock, unlock, assign, change status), each one
 * authorized by the shared policy, written to the database, then to the live directory, then
 * to the audit log.
 */
export class SectionCommands {
  constructor(
    private readonly store: Store,
    private readonly directory: SectionDirectory,
    private readonly audit: AuditLog,
  ) {}

  section(id: string): SectionRecord {
    const section = this.directory.section(id);
    if (!section) throw notFound('Section');
    return section;
  }

  authorize<A extends Action>(ctx: CommandContext, action: A, resource: ActionResources[A]): void {
    const decision = decide(ctx.actor, action, resource);
    if (decision.allowed) return;
    const status = decision.reason === 'locked' || decision.reason === 'not-locked' ? 409 : 403;
    throw new AppError(
      status,
      status === 409 ? 'conflict' : 'forbidden',
      REFUSALS[decision.reason] ?? 'Refused.',
    );
  }

  async lock(ctx: CommandContext, id: string, note: string): Promise<SectionRecord> {
    const section = this.section(id);
    this.authorize(ctx, 'lock', section);
    const lock = {
      by: ctx.actor.id,
      byName: ctx.actor.name,
      byAgency: ctx.actor.agency,
      at: new Date().toISOString(),
      note,
    };
    return this.save(ctx, { ...section, lock }, 'lock', note);
  }

  async unlock(ctx: CommandContext, id: string): Promise<SectionRecord> {
    const section = this.section(id);
    this.authorize(ctx, 'unlock', section);
    // An approved section stays approved in status; unlocking reopens it for the final revision.
    const status: StatusCode =
      section.status === 'DA_DUYET_KHOA' ? 'HOAN_THIEN_SAU_THAM_DINH' : section.status;
    return this.save(ctx, { ...section, lock: null, status }, 'unlock', '');
  }

  async assign(ctx: CommandContext, id: string, assignment: Assignment): Promise<SectionRecord> {
    const section = this.section(id);
    this.authorize(ctx, 'assign', section);
    const known = new Set((await this.store.plans.agencies()).map((a) => a.code));
    const unknown = [assignment.owner, ...assignment.contributors].filter((c) => !known.has(c));
    if (unknown.length > 0) {
      throw new AppError(400, 'invalid-request', `Unknown agency: ${unknown.join(', ')}.`);
    }
    if (!assignment.writers.every((w) => assignment.contributors.includes(w))) {
      throw new AppError(400, 'invalid-request', 'Writers must be contributing agencies.');
    }
    const detail = `owner=${assignment.owner}; contributors=${assignment.contributors.join(',')}; writers=${assignment.writers.join(',')}`;
    return this.save(ctx, { ...section, ...assignment }, 'assign', detail);
  }

  async setStatus(
    ctx: CommandContext,
    id: string,
    to: StatusCode,
    note: string,
  ): Promise<SectionRecord> {
    const section = this.section(id);
    this.authorize(ctx, 'setStatus', { section, to });
    const locks = statusDefinition(to).locks === true;
    const lock = locks
      ? (section.lock ?? {
          by: ctx.actor.id,
          byName: ctx.actor.name,
          byAgency: ctx.actor.agency,
          at: new Date().toISOString(),
          note,
        })
      : section.lock;
    return this.save(
      ctx,
      { ...section, status: to, lock },
      'status',
      `${section.status} → ${to}${note ? `: ${note}` : ''}`,
    );
  }

  private async save(
    ctx: CommandContext,
    next: SectionRecord,
    action: 'lock' | 'unlock' | 'assign' | 'status',
    detail: string,
  ): Promise<SectionRecord> {
    const { id: _id, ...row } = sectionRow(next);
    await this.store.plans.updateSection(next.id, row);
    this.directory.update(next);
    await this.audit.record(ctx.actor, action, {
      sectionId: next.id,
      detail,
      address: ctx.address,
    });
    return next;
  }
}
