/**
 * Highlights of the passages under discussion. The panel hands the plugin the threads' anchors;
 * after every change of the document the plugin resolves them through the Yjs binding (so the
 * highlights follow the passage while others edit) and draws an inline decoration for each open
 * thread. Clicking a highlight makes its thread the active one; the panel follows.
 */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import type * as Y from 'yjs';
import type { AnchorRange } from '../../../../shared/anchors.js';
import { caretSafeTransaction } from '../../editor/pendingSelection.js';
import { bindingOf, resolveAnchor } from './yBinding.js';

export interface HighlightAnchor {
  id: string;
  from: Y.RelativePosition;
  to: Y.RelativePosition;
  /** Only open threads are drawn; resolved ones are still resolved (to know if detached). */
  open: boolean;
}

export type RangesById = ReadonlyMap<string, AnchorRange>;

export interface HighlightState {
  anchors: readonly HighlightAnchor[];
  ranges: RangesById;
  activeId: string | null;
  /** Counts activations, so choosing the same thread again still brings it into view. */
  activation: number;
  decorations: DecorationSet;
}

type Meta =
  | { type: 'anchors'; anchors: readonly HighlightAnchor[] }
  | { type: 'ranges'; ranges: RangesById }
  | { type: 'active'; id: string | null };

export const commentHighlightsKey = new PluginKey<HighlightState>('commentHighlights');

export function setHighlightMeta(tr: Transaction, meta: Meta): Transaction {
  return tr.setMeta(commentHighlightsKey, meta);
}

function draw(state: HighlightState, doc: EditorState['doc']): DecorationSet {
  const size = doc.content.size;
  const decorations: Decoration[] = [];
  for (const anchor of state.anchors) {
    const range = state.ranges.get(anchor.id);
    if (!anchor.open || !range || range.detached || range.to > size) continue;
    const active = anchor.id === state.activeId;
    decorations.push(
      Decoration.inline(range.from, range.to, {
        class: active ? 'comment-highlight comment-highlight--active' : 'comment-highlight',
        'data-thread-id': anchor.id,
      }),
    );
  }
  return DecorationSet.create(doc, decorations);
}

function sameRanges(a: RangesById, b: RangesById): boolean {
  if (a.size !== b.size) return false;
  for (const [id, range] of a) {
    const other = b.get(id);
    if (!other || other.detached !== range.detached) return false;
    if (!range.detached && !other.detached && (range.from !== other.from || range.to !== other.to))
      return false;
  }
  return true;
}

function resolveAll(view: EditorView, anchors: readonly HighlightAnchor[]): RangesById | null {
  const binding = bindingOf(view.state);
  if (!binding) return null;
  return new Map(anchors.map((a) => [a.id, resolveAnchor(binding, a.from, a.to)]));
}

/** The innermost open thread whose passage contains `pos`. */
function threadAt(state: HighlightState, pos: number): string | null {
  let best: { id: string; length: number } | null = null;
  for (const anchor of state.anchors) {
    const range = state.ranges.get(anchor.id);
    if (!anchor.open || !range || range.detached || pos < range.from || pos > range.to) continue;
    const length = range.to - range.from;
    if (!best || length < best.length) best = { id: anchor.id, length };
  }
  return best?.id ?? null;
}

function highlightPlugin(): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: commentHighlightsKey,
    state: {
      init: () => ({
        anchors: [],
        ranges: new Map(),
        activeId: null,
        activation: 0,
        decorations: DecorationSet.empty,
      }),
      apply(tr, value) {
        const meta = tr.getMeta(commentHighlightsKey) as Meta | undefined;
        if (!meta) {
          return tr.docChanged
            ? { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) }
            : value;
        }
        const next: HighlightState =
          meta.type === 'anchors'
            ? { ...value, anchors: meta.anchors }
            : meta.type === 'ranges'
              ? { ...value, ranges: meta.ranges }
              : { ...value, activeId: meta.id, activation: value.activation + 1 };
        return { ...next, decorations: draw(next, tr.doc) };
      },
    },
    props: {
      decorations: (state) => commentHighlightsKey.getState(state)?.decorations ?? null,
      handleClick(view, pos) {
        const state = commentHighlightsKey.getState(view.state);
        const id = state ? threadAt(state, pos) : null;
        // This runs on mouseup, usually before ProseMirror has read the clicked caret: the
        // redraw would otherwise put the old caret back.
        if (id) view.dispatch(setHighlightMeta(caretSafeTransaction(view), { type: 'active', id }));
        return false; // keep ProseMirror's own click handling (caret, selection)
      },
    },
    view(editorView) {
      let scheduled = false;
      // Resolve after the sync plugin has written the change into Yjs: a microtask later.
      const schedule = () => {
        if (scheduled) return;
        scheduled = true;
        queueMicrotask(() => {
          scheduled = false;
          if (editorView.isDestroyed) return;
          const state = commentHighlightsKey.getState(editorView.state);
          if (!state) return;
          const ranges = resolveAll(editorView, state.anchors);
          if (!ranges || sameRanges(ranges, state.ranges)) return;
          const tr = caretSafeTransaction(editorView);
          editorView.dispatch(setHighlightMeta(tr, { type: 'ranges', ranges }));
        });
      };
      schedule();
      return {
        update(view, previous) {
          const before = commentHighlightsKey.getState(previous);
          const after = commentHighlightsKey.getState(view.state);
          if (view.state.doc !== previous.doc || before?.anchors !== after?.anchors) schedule();
        },
      };
    },
  });
}

/** Registered with the section editor's extensions. */
export const CommentHighlights = Extension.create({
  name: 'commentHighlights',
  addProseMirrorPlugins() {
    return [highlightPlugin()];
  },
});
