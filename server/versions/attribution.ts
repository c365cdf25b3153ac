import * as Y from 'yjs';
import { BODY_FIELD } from '../../shared/protocol/collab.js';
import type { Comparison } from '../../shared/diff/compare.js';

/** A textblock of a section's body: its text and, per character, the client id that wrote it. */
export interface AuthoredBlock {
  text: string;
  clients: number[];
}

/** Who wrote an inserted passage: a whole inserted block (`piece` null) or one inserted piece. */
export interface PassageAuthors {
  block: number;
  piece: number | null;
  /** User ids, in the order they first appear in the passage. */
  authors: string[];
}

function textOf(text: Y.XmlText, into: AuthoredBlock): void {
  for (let item = text._start; item; item = item.right) {
    if (item.deleted || !(item.content instanceof Y.ContentString)) continue;
    const { str } = item.content;
    into.text += str;
    for (let i = 0; i < str.length; i += 1) into.clients.push(item.id.client);
  }
}

/**
 * The textblocks of the body in document order, as y-prosemirror keeps them: an element with
 * text children is a textblock (an inline element in it, a hard break, is a line break).
 */
export function authoredBlocks(doc: Y.Doc): AuthoredBlock[] {
  const blocks: AuthoredBlock[] = [];
  const stack: (Y.XmlElement | Y.XmlFragment)[] = [doc.getXmlFragment(BODY_FIELD)];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const children = node.toArray();
    if (node instanceof Y.XmlElement && children.some((c) => c instanceof Y.XmlText)) {
      const block: AuthoredBlock = { text: '', clients: [] };
      for (const child of children) {
        if (child instanceof Y.XmlText) textOf(child, block);
        else if (child instanceof Y.XmlElement && child._item) {
          block.text += '\n';
          block.clients.push(child._item.id.client);
        }
      }
      blocks.push(block);
      continue;
    }
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i];
      if (child instanceof Y.XmlElement) stack.push(child);
    }
  }
  return blocks;
}

function authorsIn(clients: readonly number[], owners: ReadonlyMap<number, string>): string[] {
  const found = new Set<string>();
  for (const client of clients) {
    const owner = owners.get(client);
    if (owner !== undefined) found.add(owner);
  }
  return [...found];
}

/**
 * The authors of every insertion of `comparison`, read from the newer text's Yjs items. Blocks
 * are matched to the document's textblocks on their text, in order: a block found nowhere (a
 * quarantined section read as plain text) has no authors, never wrong ones. Client ids nobody
 * bound (text written before bindings were stored) are left out.
 */
export function attribute(
  comparison: Comparison,
  authored: readonly AuthoredBlock[],
  owners: ReadonlyMap<number, string>,
): PassageAuthors[] {
  const passages: PassageAuthors[] = [];
  let next = 0;
  comparison.blocks.forEach((change, index) => {
    if (change.op === 'delete' || change.op === 'moved-from') return;
    const at = authored.findIndex((b, i) => i >= next && b.text === change.block.text);
    if (at < 0) return;
    next = at + 1;
    const { clients } = authored[at]!;
    if (change.op === 'insert') {
      const authors = authorsIn(clients, owners);
      if (authors.length > 0) passages.push({ block: index, piece: null, authors });
    }
    if (change.op !== 'changed') return;
    let offset = 0;
    change.pieces.forEach((piece, p) => {
      if (piece.op === 'delete') return;
      const end = offset + piece.text.length;
      if (piece.op === 'insert') {
        const authors = authorsIn(clients.slice(offset, end), owners);
        if (authors.length > 0) passages.push({ block: index, piece: p, authors });
      }
      offset = end;
    });
  });
  return passages;
}
