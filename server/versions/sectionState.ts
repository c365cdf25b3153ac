import * as Y from 'yjs';
import type { Schema } from '@tiptap/pm/model';
import type { PmNode } from '../../shared/diff/blocks.js';
import { readableBody } from '../collab/readableBody.js';
import type { RoomRegistry } from '../collab/roomRegistry.js';
import type { DocumentStore } from '../store/documents.js';

/**
 * A section's text as it stands now: the live room's document once every write it received is
 * stored, or what the store holds when nobody has the section open.
 */
export async function currentState(
  sectionId: string,
  registry: RoomRegistry,
  documents: DocumentStore,
): Promise<Uint8Array> {
  const room = registry.loaded(sectionId);
  if (room) {
    // Writes may keep arriving while we wait: wait until no flush is left behind the one awaited.
    let flushed: Promise<void>;
    do {
      flushed = room.flushed();
      await flushed;
    } while (flushed !== room.flushed());
    return Y.encodeStateAsUpdate(room.doc);
  }
  const { updates } = await documents.load(sectionId);
  return updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
}

export function docFromUpdates(updates: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const update of updates) Y.applyUpdate(doc, update);
  });
  return doc;
}

/**
 * The section body of a document, through the editor's own schema, as ProseMirror JSON (a
 * quarantined document as its plain text: see readableBody).
 */
export function bodyAsJson(doc: Y.Doc, schema: Schema): PmNode {
  return readableBody(doc, schema).toJSON() as PmNode;
}
