import type { PublicUser } from '../../shared/model.js';
import type { StatusCode } from '../../shared/statuses.js';
import { statusDefinition } from '../../shared/statuses.js';
import type { AuditLog } from '../audit/auditLog.js';
import { AppError, notFound } from '../errors.js';
import { authorize } from './authorize.js';
import { sectionRow, type SectionRecord } from '../store/plans.js';
import type { Store } from '../store/store.js';
import type { SectionDirectory } from './directory.js';

export interface CommandContext {
  actor: PublicUser;
  address: string | null;
}

/** Called once a status change or a lock is saved: the section's text is versioned there. */
export type MilestoneHook = (
  ctx: CommandContext,
  section: SectionRecord,
  kind: 'status' | 'lock',
) => Promise<void>;

export interface Assignment {
  owner: string;
  contributors: string[];
  writers: string[];
}

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
    private readonly milestone: MilestoneHook = () => Promise.resolve(),
  ) {}

  section(id: string): SectionRecord {
    const section = this.directory.section(id);
    if (!section) throw notFound('Section');
    return section;
  }

  async lock(ctx: CommandContext, id: string, note: string): Promise<SectionRecord> {
    const section = this.section(id);
    authorize(ctx.actor, 'lock', section);
    const lock = {
      by: ctx.actor.id,
      byName: ctx.actor.name,
      byAgency: ctx.actor.agency,
      at: new Date().toISOString(),
      note,
    };
    const saved = await this.save(ctx, { ...section, lock }, 'lock', note);
    await this.milestone(ctx, saved, 'lock');
    return saved;
  }

  async unlock(ctx: CommandContext, id: string): Promise<SectionRecord> {
    const section = this.section(id);
    authorize(ctx.actor, 'unlock', section);
    // An approved section stays approved in status; unlocking reopens it for the final revision.
    const status: StatusCode =
      section.status === 'DA_DUYET_KHOA' ? 'HOAN_THIEN_SAU_THAM_DINH' : section.status;
    return this.save(ctx, { ...section, lock: null, status }, 'unlock', '');
  }

  async assign(ctx: CommandContext, id: string, assignment: Assignment): Promise<SectionRecord> {
    const section = this.section(id);
    authorize(ctx.actor, 'assign', section);
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
    authorize(ctx.actor, 'setStatus', { section, to });
    const at = new Date().toISOString();
    // Approval locks; leaving approval lifts the lock it put there.
    const lock = statusDefinition(to).locks
      ? (section.lock ?? {
          by: ctx.actor.id,
          byName: ctx.actor.name,
          byAgency: ctx.actor.agency,
          at,
          note,
        })
      : statusDefinition(section.status).locks
        ? null
        : section.lock;
    const saved = await this.save(
      ctx,
      { ...section, status: to, lock },
      'status',
      `${section.status} → ${to}${note ? `: ${note}` : ''}`,
    );
    await this.store.workflow.recordStatusChange({
      sectionId: id,
      from: section.status,
      to,
      actorId: ctx.actor.id,
      at,
      note,
    });
    await this.milestone(ctx, saved, 'status');
    return saved;
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
