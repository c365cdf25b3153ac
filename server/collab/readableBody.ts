import type { Node, Schema } from '@tiptap/pm/model';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { BODY_FIELD } from '../../shared/protocol/collab.js';
import { isTooDeep } from './documentChecks.js';
import { plainText } from './plainText.js';

/**
 * A section body as a ProseMirror node, for the readers of stored text (versions, compare,
 * export). y-tiptap's conversion recurses once per level, so a quarantined document — nested
 * deeper than the server processes — would overflow the stack there; it is read as far as
 * possible instead: its text, one paragraph per line, without the structure.
 */
export function readableBody(doc: Y.Doc, schema: Schema): Node {
  const body = doc.getXmlFragment(BODY_FIELD);
  if (!isTooDeep(doc)) return yXmlFragmentToProseMirrorRootNode(body, schema);
  const lines = plainText(body)
    .split('\n')
    .filter((line) => line.trim() !== '');
  return schema.node(
    'doc',
    null,
    lines.map((line) => schema.node('paragraph', null, schema.text(line))),
  );
}
