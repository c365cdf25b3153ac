import type { PublicUser } from '../../shared/model.js';
import type { StatusCode } from '../../shared/statuses.js';
import { statusDefinition, statusIndex } from '../../shared/statuses.js';
import { checkAssignable } from '../agencies/assignable.js';
import { entryOf } from '../audit/auditLog.js';
import { AppError, notFound } from '../errors.js';
import { authorize } from './authorize.js';
import type { SectionRecord } from '../store/plans.js';
import type { Store } from '../store/store.js';
import type { SectionDirectory } from './directory.js';
import type { CommandWrites, SectionWriter } from './sectionWriter.js';

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
 * The multi-step changes to a section (lock, unlock, assign, change status). Each runs after the
 * commands before it on the same plan, reads the section as they left it, is authorized by the
 * shared policy, and writes the section, its history and its audit row in one transaction.
 */
export class SectionCommands {
  constructor(
    private readonly store: Store,
    private readonly directory: SectionDirectory,
    private readonly writer: SectionWriter,
    private readonly milestone: MilestoneHook = () => Promise.resolve(),
  ) {}

  section(id: string): SectionRecord {
    const section = this.directory.section(id);
    if (!section) throw notFound('Section');
    return section;
  }

  lock(ctx: CommandContext, id: string, note: string): Promise<SectionRecord> {
    return this.command(ctx, id, 'lock', (section) => {
      authorize(ctx.actor, 'lock', section);
      const lock = {
        by: ctx.actor.id,
        byName: ctx.actor.name,
        byAgency: ctx.actor.agency,
        at: new Date().toISOString(),
        note,
      };
      return { next: { ...section, lock }, detail: note };
    });
  }

  unlock(ctx: CommandContext, id: string): Promise<SectionRecord> {
    return this.command(ctx, id, 'unlock', (section) => {
      authorize(ctx.actor, 'unlock', section);
      // An approved section stays approved in status; unlocking reopens it for the final revision.
      const status: StatusCode =
        section.status === 'DA_DUYET_KHOA' ? 'HOAN_THIEN_SAU_THAM_DINH' : section.status;
      return { next: { ...section, lock: null, status }, detail: '' };
    });
  }

  assign(ctx: CommandContext, id: string, assignment: Assignment): Promise<SectionRecord> {
    return this.command(ctx, id, 'assign', async (section) => {
      authorize(ctx.actor, 'assign', section);
      checkAssignable(
        await this.store.plans.agencies(),
        [assignment.owner, ...assignment.contributors],
        [section.owner, ...section.contributors],
      );
      if (!assignment.writers.every((w) => assignment.contributors.includes(w))) {
        throw new AppError(400, 'invalid-request', 'Writers must be contributing agencies.');
      }
      const detail = `owner=${assignment.owner}; contributors=${assignment.contributors.join(',')}; writers=${assignment.writers.join(',')}`;
      return { next: { ...section, ...assignment }, detail };
    });
  }

  setStatus(ctx: CommandContext, id: string, to: StatusCode, note: string): Promise<SectionRecord> {
    return this.command(ctx, id, 'status', (section) => {
      authorize(ctx.actor, 'setStatus', { section, to });
      // Sending a section back undoes someone's step: the history must say why.
      if (statusIndex(to) < statusIndex(section.status) && note.trim() === '') {
        throw new AppError(
          400,
          'reason-required',
          'Sending a section back to an earlier status needs a reason (note).',
        );
      }
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
      return {
        next: { ...section, status: to, lock },
        detail: `${section.status} → ${to}${note ? `: ${note}` : ''}`,
        history: { sectionId: id, from: section.status, to, actorId: ctx.actor.id, at, note },
      };
    });
  }

  /**
   * Runs one command on a section: `decide` sees the section as the previous command on its
   * plan left it, and says what it becomes.
   */
  private command(
    ctx: CommandContext,
    id: string,
    action: 'lock' | 'unlock' | 'assign' | 'status',
    decide: (section: SectionRecord) => Decision | Promise<Decision>,
  ): Promise<SectionRecord> {
    const { planId } = this.section(id);
    return this.writer.run(planId, async (commit) => {
      const section = this.section(id);
      const { next, detail, history } = await decide(section);
      await commit({
        sections: [{ before: section, after: next }],
        ...(history ? { history } : {}),
        audit: [entryOf(ctx.actor, action, { sectionId: id, detail, address: ctx.address })],
      });
      // Versioned before the next command on the plan can change the section again.
      if (action === 'lock' || action === 'status') await this.milestone(ctx, next, action);
      return next;
    });
  }
}

interface Decision {
  next: SectionRecord;
  detail: string;
  history?: CommandWrites['history'];
}
