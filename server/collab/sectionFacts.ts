import { BODY_FIELD } from '../../shared/protocol/collab.js';
import type { LiveSectionFacts, PublicUser } from '../../shared/model.js';
import type { WorkflowRepository } from '../store/workflow.js';
import { countWords, plainText } from './plainText.js';
import type { GatedRoom } from './writer.js';
import { inChunks } from '../eventLoop.js';

/** Sections counted and saved in one turn: a few milliseconds, however many rooms are typing. */
const SECTIONS_PER_TURN = 32;

interface Pending {
  room: GatedRoom;
  editor: PublicUser;
  /** Epoch milliseconds: formatted once when saved, not at every keystroke. */
  at: number;
}

/**
 * Word count and last editor of each section, computed from the live document at most once
 * per `delayMs` while people type (never per keystroke), and when the room unloads. Sections due
 * together are counted and saved a few dozen at a time, one statement each, a turn apart.
 */
export class SectionFactsTracker {
  private readonly pending = new Map<string, Pending>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly workflow: WorkflowRepository,
    private readonly onSaved: (sectionId: string, facts: LiveSectionFacts) => void,
    private readonly delayMs = 2000,
    /** The text just counted, for those who follow it (the search index). */
    private readonly onText: (sectionId: string, text: string) => void = () => undefined,
  ) {}

  noteEdit(room: GatedRoom, sectionId: string, editor: PublicUser): void {
    const pending = this.pending.get(sectionId);
    if (pending) {
      pending.editor = editor;
      pending.at = Date.now();
      return;
    }
    this.pending.set(sectionId, { room, editor, at: Date.now() });
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.flush().catch((error: unknown) => console.error('Could not save section facts', error));
    }, this.delayMs);
    this.timer.unref();
  }

  /** Writes what is pending for one section (or all) now, a few dozen sections a turn. */
  async flush(sectionId?: string): Promise<void> {
    const ids = sectionId === undefined ? [...this.pending.keys()] : [sectionId];
    if (sectionId === undefined && this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    await inChunks(ids, SECTIONS_PER_TURN, (chunk) => this.save(chunk));
  }

  private async save(ids: readonly string[]): Promise<void> {
    const due = ids.flatMap((id) => {
      const entry = this.pending.get(id);
      this.pending.delete(id);
      if (!entry) return [];
      let words: number;
      try {
        const text = plainText(entry.room.doc.getXmlFragment(BODY_FIELD));
        words = countWords(text);
        this.onText(id, text);
      } catch (error) {
        // A section that cannot be counted keeps its last facts; the others are saved.
        console.error(`Could not count the words of ${id}`, error);
        return [];
      }
      return [{ sectionId: id, words, editor: entry.editor, at: new Date(entry.at).toISOString() }];
    });
    if (due.length === 0) return;
    try {
      await this.workflow.saveFacts(
        due.map((d) => ({
          sectionId: d.sectionId,
          words: d.words,
          lastEditedBy: d.editor.id,
          lastEditedAt: d.at,
        })),
      );
    } catch (error) {
      console.error(`Could not save the facts of ${due.map((d) => d.sectionId).join(', ')}`, error);
      return;
    }
    for (const d of due) {
      this.onSaved(d.sectionId, {
        words: d.words,
        lastEditedByName: d.editor.name,
        lastEditedAt: d.at,
      });
    }
  }
}
