/**
 * Between ProseMirror positions and Yjs relative positions, through the binding of the
 * Collaboration extension (y-tiptap's sync plugin), so anchors follow the text as people edit.
 */
import type { EditorState } from '@tiptap/pm/state';
import {
  absolutePositionToRelativePosition,
  ProsemirrorBinding,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
} from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { anchorRange, encodeAnchor, type AnchorRange } from '../../../../shared/anchors.js';
import { MAX_QUOTE_LENGTH, type Anchor } from '../../../../shared/threads.js';

export function bindingOf(state: EditorState): ProsemirrorBinding | null {
  const sync: unknown = ySyncPluginKey.getState(state);
  if (typeof sync !== 'object' || sync === null || !('binding' in sync)) return null;
  return sync.binding instanceof ProsemirrorBinding ? sync.binding : null;
}

function toRelative(binding: ProsemirrorBinding, pos: number): Y.RelativePosition | null {
  const relative: unknown = absolutePositionToRelativePosition(pos, binding.type, binding.mapping);
  return relative instanceof Y.RelativePosition ? relative : null;
}

/**
 * y-tiptap ties every position to the character on its left. The start of a passage is better
 * tied to its own first character, so that typing just before the passage stays outside it.
 */
function stickToTheRight(doc: Y.Doc, position: Y.RelativePosition): Y.RelativePosition {
  const absolute = Y.createAbsolutePositionFromRelativePosition(position, doc);
  if (!absolute || !(absolute.type instanceof Y.XmlText) || absolute.index === 0) return position;
  return Y.createRelativePositionFromTypeIndex(absolute.type, absolute.index, 0);
}

/**
 * y-tiptap takes a character-based position that lands on the very first character of the
 * document for a misresolved one and answers null. Where a position now sits at the start of a
 * text, say so by the text itself (as y-tiptap writes such positions), which it resolves.
 */
function byTextStart(doc: Y.Doc, position: Y.RelativePosition): Y.RelativePosition {
  const absolute = Y.createAbsolutePositionFromRelativePosition(position, doc);
  if (!absolute || !(absolute.type instanceof Y.XmlText) || absolute.index !== 0) return position;
  return Y.createRelativePositionFromTypeIndex(absolute.type, 0, -1);
}

export interface SelectedPassage {
  anchor: Anchor;
  quote: string;
}

/** The current selection as a thread anchor and its quoted text; null for an empty selection. */
export function passageFromSelection(state: EditorState): SelectedPassage | null {
  const { from, to, empty } = state.selection;
  if (empty) return null;
  const binding = bindingOf(state);
  if (!binding) return null;
  const start = toRelative(binding, from);
  const end = toRelative(binding, to);
  if (!start || !end) return null;
  const quote = state.doc.textBetween(from, to, '\n', ' ').trim();
  if (!quote) return null;
  return {
    anchor: encodeAnchor(stickToTheRight(binding.doc, start), end),
    quote: quote.length > MAX_QUOTE_LENGTH ? `${quote.slice(0, MAX_QUOTE_LENGTH - 1)}…` : quote,
  };
}

/** Where a decoded anchor sits now, or detached when its passage is gone. */
export function resolveAnchor(
  binding: ProsemirrorBinding,
  from: Y.RelativePosition,
  to: Y.RelativePosition,
): AnchorRange {
  const at = (position: Y.RelativePosition) =>
    relativePositionToAbsolutePosition(
      binding.doc,
      binding.type,
      byTextStart(binding.doc, position),
      binding.mapping,
    );
  return anchorRange(at(from), at(to));
}
