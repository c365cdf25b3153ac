/**
 * The text of a section body as plain text, one line per block, read straight from the Y.Doc
 * (so it works whether or not an editor is attached). Table cells are separated by tabs.
 */
import * as Y from 'yjs';

function inlineText(text: Y.XmlText): string {
  const ops = text.toDelta() as unknown[];
  return ops
    .map((op) =>
      typeof op === 'object' && op !== null && 'insert' in op && typeof op.insert === 'string'
        ? op.insert
        : '',
    )
    .join('');
}

function blockLines(element: Y.XmlElement | Y.XmlFragment, prefix: string): string[] {
  const children = element.toArray();
  const name = element instanceof Y.XmlElement ? element.nodeName : '';
  if (name === 'tableRow') {
    return [
      children
        .map((cell) => (cell instanceof Y.XmlElement ? blockLines(cell, '').join(' ') : ''))
        .join('\t'),
    ];
  }
  if (children.some((child) => child instanceof Y.XmlText)) {
    const text = children
      .map((child) => (child instanceof Y.XmlText ? inlineText(child) : ''))
      .join('');
    return [`${prefix}${text}`];
  }
  const childPrefix =
    name === 'listItem' ? '' : name === 'bulletList' || name === 'orderedList' ? '- ' : prefix;
  return children.flatMap((child, index) => {
    if (!(child instanceof Y.XmlElement)) return [];
    const itemPrefix = name === 'orderedList' ? `${index + 1}. ` : childPrefix;
    return blockLines(child, name === 'listItem' && index > 0 ? '  ' : itemPrefix);
  });
}

export function bodyAsPlainText(fragment: Y.XmlFragment): string {
  return blockLines(fragment, '').join('\n');
}
