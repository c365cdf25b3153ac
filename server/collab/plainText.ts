import * as Y from 'yjs';

type Node = Y.XmlElement | Y.XmlText | Y.XmlHook;

/**
 * The text of a section body, one line per block, without formatting. Walked with a stack of
 * its own, not by recursion: a hostile document thousands of levels deep costs a loop, not the
 * process.
 */
export function plainText(root: Y.XmlFragment | Y.XmlElement): string {
  const parts: string[] = [];
  // What is left to read, next last: nodes, and the line break that ends each element.
  const work: (Node | '\n')[] = [];
  const pushChildren = (parent: Y.XmlFragment | Y.XmlElement): void => {
    const children = parent.toArray();
    for (let i = children.length - 1; i >= 0; i--) work.push(children[i]!);
  };
  pushChildren(root);
  for (let next = work.pop(); next !== undefined; next = work.pop()) {
    if (next === '\n') {
      parts.push('\n');
    } else if (next instanceof Y.XmlText) {
      parts.push(
        (next.toDelta() as { insert?: unknown }[])
          .map((d) => (typeof d.insert === 'string' ? d.insert : ''))
          .join(''),
      );
    } else if (next instanceof Y.XmlElement) {
      work.push('\n');
      pushChildren(next);
    }
  }
  return parts.join('');
}

export { countWords } from '../../shared/words.js';
