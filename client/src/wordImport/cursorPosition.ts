/**
 * Where "at the cursor" puts an import: before the block after the caret's, as a Yjs relative
 * position, so the server finds the same place even if others have written since.
 */
import type { Editor } from '@tiptap/core';
import * as Y from 'yjs';
import { BODY_FIELD } from '../../../shared/protocol/collab.js';

export function positionAfterCursor(editor: Editor, doc: Y.Doc): string {
  const body = doc.getXmlFragment(BODY_FIELD);
  const index = Math.min(editor.state.selection.$to.index(0) + 1, body.length);
  const bytes = Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(body, index));
  return btoa(String.fromCharCode(...bytes));
}
