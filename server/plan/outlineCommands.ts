import { randomBytes } from 'node:crypto';
import { AppError, notFound } from '../errors.js';
import { checkAssignable } from '../agencies/assignable.js';
import { entryOf } from '../audit/auditLog.js';
import type { AuditEntry } from '../store/audit.js';
import type { SectionRecord } from '../store/plans.js';
import type { Store } from '../store/store.js';
import { authorize } from './authorize.js';
import type { SectionDirectory } from './directory.js';
import type { CommandContext } from './sectionCommands.js';
import type { CommandWrites, SectionWrite, SectionWriter } from './sectionWriter.js';

export interface NewSectionInput {
  number: string;
  titleVi: string;
  titleEn?: string | undefined;
  parentId: string | null;
  owner: string;
  contributors: string[];
  dueDate?: string | null | undefined;
}

export interface SectionChanges {
  number?: string | undefined;
  titleVi?: string | undefined;
  titleEn?: string | undefined;
  parentId?: string | null | undefined;
  /** The index among its siblings after the move. */
  index?: number | undefined;
  dueDate?: string | null | undefined;
}

/**
 * The coordinator's outline: add, rename, renumber, move, delete (kept, restorable) and due
 * dates. Commands on a plan run one at a time; each writes the sections it changes (their
 * changed columns only) and its audit row in one transaction, then the live directory (and so
 * the plan room).
 */
export class OutlineCommands {
  constructor(
    private readonly store: Store,
    private readonly directory: SectionDirectory,
    private readonly writer: SectionWriter,
  ) {}

  create(ctx: CommandContext, planId: string, input: NewSectionInput): Promise<SectionRecord> {
    authorize(ctx.actor, 'manageOutline', null);
    if (!this.directory.plan(planId)) throw notFound('Plan');
    return this.writer.run(planId, async (commit) => {
      await this.checkAgencies([input.owner, ...input.contributors]);
      this.checkParent(planId, input.parentId, null);
      const section: SectionRecord = {
        id: `s-${randomBytes(6).toString('hex')}`,
        planId,
        number: input.number,
        titleVi: input.titleVi,
        titleEn: input.titleEn ?? input.titleVi,
        parentId: input.parentId,
        position: 0,
        owner: input.owner,
        contributors: input.contributors,
        writers: [],
        synthesis: input.owner === 'TV',
        status: 'CHUA_BAT_DAU',
        lock: null,
        dueDate: input.dueDate ?? null,
        deletedAt: null,
      };
      await commit(this.placed(ctx, null, section, undefined, 'create'));
      return this.live(section.id);
    });
  }

  update(ctx: CommandContext, id: string, changes: SectionChanges): Promise<SectionRecord> {
    authorize(ctx.actor, 'manageOutline', null);
    return this.writer.run(this.live(id).planId, async (commit) => {
      const section = this.live(id);
      const parentId = changes.parentId === undefined ? section.parentId : changes.parentId;
      this.checkParent(section.planId, parentId, id);
      const next: SectionRecord = {
        ...section,
        number: changes.number ?? section.number,
        titleVi: changes.titleVi ?? section.titleVi,
        titleEn: changes.titleEn ?? section.titleEn,
        dueDate: changes.dueDate === undefined ? section.dueDate : changes.dueDate,
        parentId,
      };
      const moves = parentId !== section.parentId || changes.index !== undefined;
      await commit(
        moves
          ? this.placed(ctx, section, next, changes.index, 'move')
          : this.single(ctx, section, next, 'update'),
      );
      return this.live(id);
    });
  }

  remove(ctx: CommandContext, id: string): Promise<SectionRecord> {
    authorize(ctx.actor, 'manageOutline', null);
    return this.writer.run(this.live(id).planId, async (commit) => {
      const section = this.live(id);
      if (this.directory.sectionsOf(section.planId).some((s) => s.parentId === id)) {
        throw new AppError(409, 'has-children', 'Move or delete the sections inside it first.');
      }
      // The text stays in the store; only the outline forgets the section until it is restored.
      const deleted = { ...section, deletedAt: new Date().toISOString() };
      await commit(this.single(ctx, section, deleted, 'delete'));
      return deleted;
    });
  }

  restore(ctx: CommandContext, id: string): Promise<SectionRecord> {
    authorize(ctx.actor, 'manageOutline', null);
    const planId = this.directory.anySection(id)?.planId;
    if (planId === undefined) throw notFound('Deleted section');
    return this.writer.run(planId, async (commit) => {
      const section = this.directory.anySection(id);
      if (!section?.deletedAt) throw notFound('Deleted section');
      if (section.parentId !== null && !this.directory.section(section.parentId)) {
        throw new AppError(409, 'parent-deleted', 'Restore the part it belongs to first.');
      }
      // Back at the end of its part: its old position may belong to another section by now.
      await commit(
        this.placed(ctx, section, { ...section, deletedAt: null }, undefined, 'restore'),
      );
      return this.live(id);
    });
  }

  deleted(planId: string): SectionRecord[] {
    return this.directory.deletedSectionsOf(planId);
  }

  private live(id: string): SectionRecord {
    const section = this.directory.section(id);
    if (!section) throw notFound('Section');
    return section;
  }

  private checkParent(planId: string, parentId: string | null, movingId: string | null): void {
    if (parentId === null) return;
    const parent = this.directory.section(parentId);
    if (!parent || parent.planId !== planId)
      throw new AppError(400, 'invalid-request', 'Unknown parent section.');
    // The outline has two levels: parts and their sections.
    if (parent.parentId !== null || parentId === movingId) {
      throw new AppError(400, 'invalid-request', 'A section can only sit inside a part.');
    }
    if (movingId && this.directory.sectionsOf(planId).some((s) => s.parentId === movingId)) {
      throw new AppError(
        400,
        'invalid-request',
        'A part with sections cannot move inside another part.',
      );
    }
  }

  private async checkAgencies(codes: string[]): Promise<void> {
    checkAssignable(await this.store.plans.agencies(), codes);
  }

  /** One section changed in place, with its audit row. */
  private single(
    ctx: CommandContext,
    before: SectionRecord,
    after: SectionRecord,
    what: string,
  ): CommandWrites {
    return { sections: [{ before, after }], audit: [this.entry(ctx, after, what)] };
  }

  /**
   * Puts `section` at `index` among its siblings and renumbers the plan-wide positions, which
   * always read: each part, then its own sections.
   */
  private placed(
    ctx: CommandContext,
    before: SectionRecord | null,
    section: SectionRecord,
    index: number | undefined,
    what: string,
  ): CommandWrites {
    const others = this.directory.sectionsOf(section.planId).filter((s) => s.id !== section.id);
    const childrenOf = (parentId: string | null) => others.filter((s) => s.parentId === parentId);
    const parts = childrenOf(null);
    const group = section.parentId === null ? parts : childrenOf(section.parentId);
    group.splice(Math.min(index ?? group.length, group.length), 0, section);
    const partIds = new Set(parts.map((p) => p.id));
    const ordered = [
      ...parts.flatMap((p) => [p, ...(p.id === section.parentId ? group : childrenOf(p.id))]),
      ...others.filter((s) => s.parentId !== null && !partIds.has(s.parentId)),
    ];
    const sections: SectionWrite[] = [];
    for (const [position, s] of ordered.entries()) {
      if (s.id === section.id) sections.push({ before, after: { ...s, position } });
      else if (s.position !== position) sections.push({ before: s, after: { ...s, position } });
    }
    return { sections, audit: [this.entry(ctx, section, what)] };
  }

  private entry(ctx: CommandContext, section: SectionRecord, what: string): AuditEntry {
    return entryOf(ctx.actor, 'outline', {
      sectionId: section.id,
      detail: `${what}: ${section.number} ${section.titleVi}`,
      address: ctx.address,
    });
  }
}
