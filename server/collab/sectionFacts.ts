import { BODY_FIELD } from '../../shared/protocol/collab.js';
import type { LiveSectionFacts, PublicUser } from '../../shared/model.js';
import type { WorkflowRepository } from '../store/workflow.js';
import { countWords, plainText } from './plainText.js';
import type { Room } from './room.js';

interface Pending {
  room: Room;
  editor: PublicUser;
  at: string;
  timer: NodeJS.Timeout;
}

/**
 * Word count and last editor of each section, computed from the live document at most once
 * per `delayMs` while people type (never per keystroke), and when the room unloads.
 */
export class SectionFactsTracker {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly workflow: WorkflowRepository,
    private readonly onSaved: (sectionId: string, facts: LiveSectionFacts) => void,
    private readonly delayMs = 2000,
  ) {}

  noteEdit(room: Room, sectionId: string, editor: PublicUser): void {
    const at = new Date().toISOString();
    const current = this.pending.get(sectionId);
    if (current) {
      current.editor = editor;
      current.at = at;
      return;
    }
    const timer = setTimeout(() => void this.flush(sectionId), this.delayMs);
    timer.unref();
    this.pending.set(sectionId, { room, editor, at, timer });
  }

  /** Writes what is pending for one section (or all) now. */
  async flush(sectionId?: string): Promise<void> {
    const ids = sectionId === undefined ? [...this.pending.keys()] : [sectionId];
    await Promise.all(ids.map((id) => this.write(id)));
  }

  private async write(sectionId: string): Promise<void> {
    const entry = this.pending.get(sectionId);
    if (!entry) return;
    this.pending.delete(sectionId);
    clearTimeout(entry.timer);
    const words = countWords(plainText(entry.room.doc.getXmlFragment(BODY_FIELD)));
    try {
      await this.workflow.saveFacts({
        sectionId,
        words,
        lastEditedBy: entry.editor.id,
        lastEditedAt: entry.at,
      });
      this.onSaved(sectionId, {
        words,
        lastEditedByName: entry.editor.name,
        lastEditedAt: entry.at,
      });
    } catch (error) {
      console.error(`Could not save the facts of ${sectionId}`, error);
    }
  }
}
