import type { Node } from '@tiptap/pm/model';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { contentSchema } from '../../shared/editor/content.js';
import { indicatorRefsIn, type IndicatorRefAttrs } from '../../shared/editor/indicatorRef.js';
import { BODY_FIELD } from '../../shared/protocol/collab.js';
import type { RoomRegistry } from '../collab/roomRegistry.js';
import type { SectionDirectory } from '../plan/directory.js';
import type { DocumentStore } from '../store/documents.js';
import { currentState, docFromUpdates } from '../versions/sectionState.js';

export interface SectionUsage {
  sectionId: string;
  count: number;
}

/**
 * The indicator references in section text, read from the text itself when asked (the live
 * document of an open section, the store otherwise): nothing to keep in step with every write.
 */
export class SectionReferences {
  private readonly schema = contentSchema();

  constructor(
    private readonly documents: DocumentStore,
    private readonly rooms: RoomRegistry,
    private readonly directory: SectionDirectory,
  ) {}

  /** A section's text as it stands now. */
  async text(sectionId: string): Promise<Node> {
    const doc = docFromUpdates([await currentState(sectionId, this.rooms, this.documents)]);
    try {
      return yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(BODY_FIELD), this.schema);
    } finally {
      doc.destroy();
    }
  }

  /** The references of a section's text as it stands now, in reading order. */
  async of(sectionId: string): Promise<IndicatorRefAttrs[]> {
    return indicatorRefsIn(await this.text(sectionId));
  }

  /** The sections of a plan citing an indicator, in outline order, with how often each does. */
  async usage(planId: string, indicatorId: string): Promise<SectionUsage[]> {
    const usage: SectionUsage[] = [];
    for (const section of this.directory.sectionsOf(planId)) {
      const count = (await this.of(section.id)).filter((r) => r.indicator === indicatorId).length;
      if (count > 0) usage.push({ sectionId: section.id, count });
    }
    return usage;
  }
}
