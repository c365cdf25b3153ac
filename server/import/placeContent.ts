import type { Node } from '@tiptap/pm/model';
import { prosemirrorToYDoc } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { ImportMode } from '../../shared/importReport.js';
import { BODY_FIELD } from '../../shared/protocol/collab.js';

export interface Placement {
  mode: ImportMode;
  /** For 'at': an encoded Y.RelativePosition in the body (the block after the cursor's). */
  at?: Uint8Array;
}

/**
 * Puts imported content into a section's document: instead of its text, at its end, or before
 * the block a relative position points to (it follows other people's edits since the preview).
 * Runs inside the room's transaction, so it lands as one change.
 */
export function placeContent(doc: Y.Doc, content: Node, placement: Placement): void {
  const body = doc.getXmlFragment(BODY_FIELD);
  const built = prosemirrorToYDoc(content, BODY_FIELD);
  const blocks = built
    .getXmlFragment(BODY_FIELD)
    .toArray()
    .flatMap((n) => (n instanceof Y.XmlElement || n instanceof Y.XmlText ? [n.clone()] : []));
  built.destroy();
  if (placement.mode === 'replace') {
    body.delete(0, body.length);
    body.insert(0, blocks);
    return;
  }
  body.insert(placement.mode === 'at' ? indexOf(doc, body, placement.at) : body.length, blocks);
}

function indexOf(doc: Y.Doc, body: Y.XmlFragment, encoded: Uint8Array | undefined): number {
  if (!encoded) return body.length;
  const position = Y.createAbsolutePositionFromRelativePosition(
    Y.decodeRelativePosition(encoded),
    doc,
  );
  return position && position.type === body ? Math.min(position.index, body.length) : body.length;
}
