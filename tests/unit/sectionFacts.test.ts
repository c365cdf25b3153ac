/**
 * SectionFactsTracker: many sections due at once are counted and saved a few dozen at a time,
 * each batch a turn apart, and every one of them is saved and published.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { LiveSectionFacts, PublicUser } from '../../shared/model.js';
import { BODY_FIELD } from '../../shared/protocol/collab.js';
import type { Room } from '../../server/collab/room.js';
import { SectionFactsTracker } from '../../server/collab/sectionFacts.js';
import type { WorkflowRepository } from '../../server/store/workflow.js';

const editor: PublicUser = {
  id: 'u-sct',
  username: 'sct',
  name: 'Lương Văn An',
  agency: 'SCT',
  role: 'editor',
};

function roomWith(words: number): Room {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(Array.from({ length: words }, () => 'chữ').join(' '))]);
  doc.getXmlFragment(BODY_FIELD).insert(0, [paragraph]);
  return { doc } as unknown as Room;
}

describe('SectionFactsTracker', () => {
  it('saves 70 sections due together in batches of at most 32, every one published', async () => {
    const batches: string[][] = [];
    const workflow = {
      saveFacts: (facts: readonly { sectionId: string }[]) => {
        batches.push(facts.map((f) => f.sectionId));
        return Promise.resolve();
      },
    } as unknown as WorkflowRepository;
    const published = new Map<string, LiveSectionFacts>();
    const tracker = new SectionFactsTracker(workflow, (id, facts) => published.set(id, facts));
    const ids = Array.from({ length: 70 }, (_, i) => `s-${i}`);
    ids.forEach((id, i) => tracker.noteEdit(roomWith(i + 1), id, editor));
    await tracker.flush();
    expect(batches.map((b) => b.length)).toEqual([32, 32, 6]);
    expect(batches.flat().sort()).toEqual([...ids].sort());
    expect(published.size).toBe(70);
    expect(published.get('s-9')).toMatchObject({ words: 10, lastEditedByName: 'Lương Văn An' });
  });
});
