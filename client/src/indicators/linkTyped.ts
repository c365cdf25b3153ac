/**
 * "Liên kết với danh mục": replaces a figure typed by hand with a reference to the registry, in
 * the paragraph whose sentence the consistency report quoted. Goes through the editor, so it is
 * an ordinary edit of the writer (undoable, refused where they may not write).
 */
import type { Editor } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';

/** The document position of a character offset in a textblock's text (atoms count nothing). */
function positionAt(block: Node, blockPos: number, offset: number): number | null {
  let seen = 0;
  let found: number | null = null;
  block.forEach((child, childOffset) => {
    if (found !== null || !child.isText) return;
    const length = child.text?.length ?? 0;
    if (offset <= seen + length) found = blockPos + 1 + childOffset + (offset - seen);
    seen += length;
  });
  return found;
}

export function linkTypedFigure(
  editor: Editor,
  figure: { sentence: string; typed: string; indicatorId: string },
  year: number,
): boolean {
  let range: { from: number; to: number } | null = null;
  editor.state.doc.descendants((node, pos) => {
    if (range || !node.isTextblock) return !range;
    const text = node.textContent;
    const sentenceAt = text.indexOf(figure.sentence);
    const typedAt = sentenceAt < 0 ? -1 : text.indexOf(figure.typed, sentenceAt);
    if (typedAt < 0) return false;
    const from = positionAt(node, pos, typedAt);
    const to = positionAt(node, pos, typedAt + figure.typed.length);
    if (from !== null && to !== null) range = { from, to };
    return false;
  });
  if (!range) return false;
  return editor
    .chain()
    .focus()
    .setTextSelection(range)
    .insertIndicatorRef({ indicator: figure.indicatorId, year })
    .run();
}
