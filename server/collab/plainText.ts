import * as Y from 'yjs';

/** The text of a section body, one line per block, without formatting. */
export function plainText(fragment: Y.XmlFragment | Y.XmlElement): string {
  const parts: string[] = [];
  for (const node of fragment.toArray()) {
    if (node instanceof Y.XmlText) {
      parts.push(
        (node.toDelta() as { insert?: unknown }[])
          .map((d) => (typeof d.insert === 'string' ? d.insert : ''))
          .join(''),
      );
    } else if (node instanceof Y.XmlElement) {
      parts.push(plainText(node), '\n');
    }
  }
  return parts.join('');
}

export function countWords(text: string): number {
  return text.split(/[\s\u00a0]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
