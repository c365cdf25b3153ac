import { BODY_FIELD } from '../../shared/protocol/collab.js';
import type { Thread } from '../../shared/threads.js';
import { docFromStored } from '../collab/liveDocument.js';
import { plainText } from '../collab/plainText.js';
import type { Logger } from '../ops/logger.js';
import type { SectionDirectory } from '../plan/directory.js';
import type { SectionRecord } from '../store/plans.js';
import type { SearchEntry } from '../store/search.js';
import type { Store } from '../store/store.js';

const titleOf = (section: SectionRecord): string => `${section.number} ${section.titleVi}`;

/** A thread's words: the passage it is about, every message still there, the formal answer. */
function threadText(thread: Thread): string {
  return [
    thread.quote,
    ...thread.messages.filter((m) => !m.deleted).map((m) => m.body),
    thread.response?.text ?? '',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

/**
 * Keeps the search index following what is stored: a section's text when its facts are saved
 * (every couple of seconds while people type, never per keystroke), its comments when a thread
 * changes, and everything on `rebuild` (`npm run admin -- search-rebuild`).
 */
export class SearchIndexer {
  constructor(
    private readonly store: Store,
    private readonly directory: SectionDirectory,
    private readonly log: Pick<Logger, 'error'>,
  ) {}

  /** For the live side: indexing failures are logged, never thrown at the caller. */
  noteText(sectionId: string, text: string): void {
    this.indexText(sectionId, text).catch((error: unknown) =>
      this.log.error({ err: error, sectionId }, 'could not index the section text'),
    );
  }

  noteComments(sectionId: string): void {
    this.indexComments(sectionId).catch((error: unknown) =>
      this.log.error({ err: error, sectionId }, 'could not index the comments'),
    );
  }

  async indexText(sectionId: string, text: string): Promise<void> {
    const section = this.directory.section(sectionId);
    if (!section) return;
    const entry: SearchEntry = {
      id: `section:${section.id}`,
      planId: section.planId,
      kind: 'section',
      sectionId: section.id,
      title: titleOf(section),
      body: text,
    };
    await this.store.search.replace(section.id, 'section', [entry]);
  }

  async indexComments(sectionId: string): Promise<void> {
    const section = this.directory.section(sectionId);
    if (!section) return;
    const threads = await this.store.threads.list({ sectionIds: [section.id] });
    const entries = threads.map((thread): SearchEntry => ({
      id: `thread:${thread.id}`,
      planId: section.planId,
      kind: 'comment',
      sectionId: section.id,
      title: titleOf(section),
      body: threadText(thread),
    }));
    await this.store.search.replace(section.id, 'comment', entries);
  }

  /**
   * At start: an empty index (a new deployment, an upgrade, or `npm run admin --
   * search-rebuild`) is built from what is stored, before anyone connects.
   */
  async rebuildIfEmpty(): Promise<void> {
    if (await this.store.search.isEmpty()) await this.rebuild();
  }

  /** Indexes every section of every plan from the store; returns how many sections. */
  async rebuild(): Promise<number> {
    await this.store.search.clear();
    let count = 0;
    for (const plan of this.directory.plans()) {
      for (const section of this.directory.sectionsOf(plan.id)) {
        const stored = await this.store.documents.load(section.id);
        const doc = docFromStored(section.id, stored.updates, (error) =>
          this.log.error({ err: error, sectionId: section.id }, 'unreadable stored update'),
        );
        try {
          await this.indexText(section.id, plainText(doc.getXmlFragment(BODY_FIELD)));
        } finally {
          doc.destroy();
        }
        await this.indexComments(section.id);
        count += 1;
      }
    }
    return count;
  }
}
