/**
 * What the converter needs to know of mammoth's HTML before converting it: Word's heading
 * levels in use, and the notes, which mammoth writes as list items after the text that cites them.
 * Both are found with a stack (the tree is bounded, but needn't be recursed).
 */
import type { HtmlElement, HtmlNode } from './htmlTree.js';

/** A note's list item (`footnote-3`, `endnote-1`) and a reference to it (`#footnote-3`). */
export const NOTE_ITEM = /^(?:foot|end)note-\d+$/;
export const NOTE_REF = /^#((?:foot|end)note-\d+)$/;
/** The way back from a note to its reference: meaningless once the note sits where it is cited. */
export const NOTE_BACK = /^#(?:foot|end)note-ref-/;

function walk(root: HtmlElement, visit: (el: HtmlElement) => void): void {
  const stack: HtmlNode[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (typeof node === 'string') continue;
    visit(node);
    stack.push(...node.children);
  }
}

export function headingLevels(root: HtmlElement): number[] {
  const levels = new Set<number>();
  walk(root, (el) => {
    const match = /^h([1-6])$/.exec(el.tag);
    if (match) levels.add(Number(match[1]));
  });
  return [...levels].sort((a, b) => a - b);
}

export function noteItems(root: HtmlElement): Map<string, HtmlElement> {
  const notes = new Map<string, HtmlElement>();
  walk(root, (el) => {
    const id = el.attrs.id ?? '';
    if (el.tag === 'li' && NOTE_ITEM.test(id)) notes.set(id, el);
  });
  return notes;
}
