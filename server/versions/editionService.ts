import { randomUUID } from 'node:crypto';
import type {
  EditionSectionChange,
  EditionView,
  VersionView,
} from '../../shared/versions/model.js';
import type { AuditLog } from '../audit/auditLog.js';
import { notFound } from '../errors.js';
import { authorize } from '../plan/authorize.js';
import type { SectionDirectory } from '../plan/directory.js';
import type { CommandContext } from '../plan/sectionCommands.js';
import type { Store } from '../store/store.js';
import { loadSummary, type SummaryRow } from '../threads/summary.js';
import { CURRENT, type VersionService } from './versionService.js';

/**
 * Editions of the whole plan ("Hồ sơ trình thẩm định — 20/12/2020"): a version of every section
 * frozen at one moment, with the comment-response summary as it stood, and comparisons of the
 * plan between two editions (or an edition and now), section by section.
 */
export class EditionService {
  constructor(
    private readonly store: Store,
    private readonly versions: VersionService,
    private readonly directory: SectionDirectory,
    private readonly audit: AuditLog,
  ) {}

  async freeze({ actor, address }: CommandContext, planId: string, name: string) {
    authorize(actor, 'freezeEdition', null);
    this.plan(planId);
    const sections = this.directory.sectionsOf(planId);
    // One moment for every section: all the states are read (each once the writes its room had
    // received are stored) before any version is written, so typing that goes on while the
    // versions are stored does not enter the edition.
    const [states, summary] = await Promise.all([
      Promise.all(sections.map((s) => this.versions.state(s.id, CURRENT))),
      loadSummary(this.store, sections),
    ]);
    const id = randomUUID();
    await this.store.editions.insert({
      id,
      plan_id: planId,
      name,
      created_by: actor.id,
      created_at: new Date().toISOString(),
      summary: JSON.stringify(summary),
    });
    for (const [i, section] of sections.entries()) {
      const request = { kind: 'edition' as const, name, status: section.status, actorId: actor.id };
      await this.versions.capture(section.id, { ...request, editionId: id }, states[i]);
    }
    await this.audit.record(actor, 'edition', { detail: name, address });
    return this.edition(planId, id);
  }

  list(planId: string): Promise<EditionView[]> {
    this.plan(planId);
    return this.store.editions.list(planId);
  }

  async edition(planId: string, id: string): Promise<EditionView> {
    const edition = await this.store.editions.get(id);
    if (!edition || edition.planId !== planId) throw notFound('Edition');
    return edition;
  }

  /** The comment-response summary as it stood when the edition was frozen. */
  async summary(planId: string, id: string): Promise<SummaryRow[]> {
    await this.edition(planId, id);
    return JSON.parse((await this.store.editions.summary(id)) ?? '[]') as SummaryRow[];
  }

  /**
   * Every section of the plan's outline, in order, with what changed from the edition `from` to
   * the edition `to` (or `current`, the text of now).
   */
  async compare(planId: string, from: string, to: string): Promise<EditionSectionChange[]> {
    const before = await this.versionsOf(planId, from);
    const after = to === CURRENT ? null : await this.versionsOf(planId, to);
    const changes: EditionSectionChange[] = [];
    for (const section of this.directory.sectionsOf(planId)) {
      const older = before.get(section.id)?.id ?? null;
      const newer = after ? (after.get(section.id)?.id ?? null) : CURRENT;
      const change = { sectionId: section.id, from: older, to: newer };
      if (older === null || newer === null) {
        changes.push({ ...change, wordsAdded: 0, wordsRemoved: 0, changes: 0 });
        continue;
      }
      const compared = await this.versions.compare(section.id, older, newer);
      changes.push({
        ...change,
        wordsAdded: compared.wordsAdded,
        wordsRemoved: compared.wordsRemoved,
        changes: compared.changes.length,
      });
    }
    return changes;
  }

  private async versionsOf(planId: string, id: string): Promise<Map<string, VersionView>> {
    await this.edition(planId, id);
    const versions = await this.store.versions.ofEdition(id);
    return new Map(versions.map((v) => [v.view.sectionId, v.view]));
  }

  private plan(planId: string): void {
    if (!this.directory.plan(planId)) throw notFound('Plan');
  }
}
