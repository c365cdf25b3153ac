/**
 * Proposed edits (đề xuất sửa): where a proposal's passage is now, if it is still the text that
 * was proposed against. A proposal whose passage changed since is stale and is never applied.
 */
import * as Y from 'yjs';
import { decodeAnchor } from './anchors.js';
import type { Anchor } from './threads.js';

/** The passage inside one paragraph's text: the characters `index` … `index + length`. */
export interface ProposalTarget {
  text: Y.XmlText;
  index: number;
  length: number;
  /** The formatting of the passage's first character, which the replacement takes. */
  attributes: Record<string, unknown>;
}

/** An embedded node counts as one character, as in Yjs. */
const OBJECT_REPLACEMENT = '\uFFFC';

function plainWithFormats(text: Y.XmlText): { plain: string; formats: Record<string, unknown>[] } {
  let plain = '';
  const formats: Record<string, unknown>[] = [];
  for (const op of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    const piece = typeof op.insert === 'string' ? op.insert : OBJECT_REPLACEMENT;
    plain += piece;
    for (let i = 0; i < piece.length; i++) formats.push(op.attributes ?? {});
  }
  return { plain, formats };
}

/**
 * The passage the anchor holds, trimmed as the quote was when the proposal was made, or null
 * when it is stale: an end no longer resolves, the ends are in different paragraphs, or the
 * text between them is no longer the quote.
 */
export function proposalTarget(doc: Y.Doc, anchor: Anchor, quote: string): ProposalTarget | null {
  const decoded = decodeAnchor(anchor);
  if (!decoded || quote === '') return null;
  let from: Y.AbsolutePosition | null;
  let to: Y.AbsolutePosition | null;
  try {
    from = Y.createAbsolutePositionFromRelativePosition(decoded.from, doc);
    to = Y.createAbsolutePositionFromRelativePosition(decoded.to, doc);
  } catch {
    return null;
  }
  if (!from || !to || from.type !== to.type || !(from.type instanceof Y.XmlText)) return null;
  const { plain, formats } = plainWithFormats(from.type);
  const passage = plain.slice(from.index, to.index);
  const lead = passage.length - passage.trimStart().length;
  if (passage.trim() !== quote) return null;
  const index = from.index + lead;
  return { text: from.type, index, length: quote.length, attributes: formats[index] ?? {} };
}

/** Replaces the passage with the proposed text, in the passage's own formatting. */
export function applyProposal(target: ProposalTarget, proposal: string): void {
  const { text, index, length, attributes } = target;
  text.delete(index, length);
  if (proposal !== '') text.insert(index, proposal, attributes);
}
