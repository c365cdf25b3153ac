/**
 * The caret the person sees, before the editor state has caught up with it. A click or a caret
 * key moves the browser's selection at once, but ProseMirror reads it only from a later
 * `selectionchange` event, which Chrome may deliver after the next key event or redraw. Until
 * then the state holds the old caret: a key command (Enter) acts there, and any redraw writes it
 * back into the page, undoing the click.
 */
import { Extension } from '@tiptap/core';
import {
  Plugin,
  PluginKey,
  TextSelection,
  type Selection,
  type Transaction,
} from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** The page's selection in the focused editor when it differs from the state's; else null. */
export function pendingSelection(view: EditorView): Selection | null {
  const { state } = view;
  // Node, cell and gap selections have no DOM caret to read, a composition owns the DOM, and a
  // caret with stored marks sits in a wrapper ProseMirror draws: there the state is the truth.
  if (!view.hasFocus() || view.composing || state.storedMarks) return null;
  if (!(state.selection instanceof TextSelection)) return null;
  const dom = view.dom.ownerDocument.getSelection();
  if (!dom?.anchorNode || !dom.focusNode) return null;
  if (!view.dom.contains(dom.anchorNode) || !view.dom.contains(dom.focusNode)) return null;
  let anchor: number;
  let head: number;
  try {
    anchor = view.posAtDOM(dom.anchorNode, dom.anchorOffset, 1);
    head = view.posAtDOM(dom.focusNode, dom.focusOffset, 1);
  } catch {
    return null; // inside something the document does not describe (a widget's own DOM)
  }
  if (anchor < 0 || head < 0) return null;
  const selection = TextSelection.between(state.doc.resolve(anchor), state.doc.resolve(head));
  return selection.eq(state.selection) ? null : selection;
}

/**
 * A transaction on the current state that keeps the caret where the page shows it. Use it for
 * anything dispatched on the side (highlights): its redraw must not put back an old caret.
 */
export function caretSafeTransaction(view: EditorView): Transaction {
  const selection = pendingSelection(view);
  return selection ? view.state.tr.setSelection(selection) : view.state.tr;
}

/** Key commands act where the caret is shown, even if its selectionchange is still queued. */
export const PendingSelection = Extension.create({
  name: 'pendingSelection',
  // Above every extension with key bindings (the kit's highest is 1000), so it reads first.
  priority: 10_000,
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('pendingSelection'),
        props: {
          handleKeyDown(view) {
            const selection = pendingSelection(view);
            if (selection) view.dispatch(view.state.tr.setSelection(selection));
            return false; // the key itself is handled as usual, now on the shown caret
          },
        },
      }),
    ];
  },
});
