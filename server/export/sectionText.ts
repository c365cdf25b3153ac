import type { Node, Schema } from '@tiptap/pm/model';
import { docFromStored } from '../collab/liveDocument.js';
import { readableBody } from '../collab/readableBody.js';
import type { DocumentStore } from '../store/documents.js';

/**
 * A section's text as stored: every update in the store went in whole, so what is read here is
 * never a half-applied change (a room's live document may hold a write not yet on disk).
 */
export async function storedSectionText(
  documents: DocumentStore,
  schema: Schema,
  sectionId: string,
): Promise<Node> {
  const stored = await documents.load(sectionId);
  const doc = docFromStored(sectionId, stored.updates, (error) =>
    console.error(`Export skips an unreadable stored update of ${sectionId}`, error),
  );
  try {
    return readableBody(doc, schema);
  } finally {
    doc.destroy();
  }
}
