/**
 * Read-only text a keyboard can reach and select: the page is focusable (Tab), and arrows move
 * through it, Shift+arrows select (Ctrl for words, Home/End for lines), as in an editable text.
 * A non-editable element has no caret of its own (unless the browser's caret browsing is on), so
 * the keys move the document selection (Selection.modify), which ProseMirror then reads.
 */
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { useEffect } from 'react';

type Direction = 'forward' | 'backward';
type Granularity = 'character' | 'word' | 'line' | 'lineboundary';

function movement(event: KeyboardEvent): [Direction, Granularity] | null {
  const word = event.ctrlKey || event.metaKey;
  switch (event.key) {
    case 'ArrowRight':
      return ['forward', word ? 'word' : 'character'];
    case 'ArrowLeft':
      return ['backward', word ? 'word' : 'character'];
    case 'ArrowDown':
      return ['forward', 'line'];
    case 'ArrowUp':
      return ['backward', 'line'];
    case 'End':
      return ['forward', 'lineboundary'];
    case 'Home':
      return ['backward', 'lineboundary'];
    default:
      return null;
  }
}

export function useReadOnlyKeyboard(editor: Editor, editable: boolean): void {
  useEffect(() => {
    if (editable) return;
    const dom = editor.view.dom;
    dom.tabIndex = 0;
    // How to select and comment (the comments panel's hint), read when the text gets focus.
    dom.setAttribute('aria-describedby', 'new-thread-hint');
    const onFocus = () => {
      const selection = document.getSelection();
      if (!selection || (selection.anchorNode && dom.contains(selection.anchorNode))) return;
      // Start at the beginning of the text, where a reader starts.
      selection.collapse(dom, 0);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey) return;
      const move = movement(event);
      const selection = document.getSelection();
      if (!move || !selection) return;
      event.preventDefault();
      selection.modify(event.shiftKey ? 'extend' : 'move', ...move);
      // Tell ProseMirror at once, or it may put back its older selection before it reads this one.
      const { anchorNode, focusNode } = selection;
      if (!anchorNode || !focusNode || !dom.contains(anchorNode) || !dom.contains(focusNode))
        return;
      const { view } = editor;
      const anchor = view.posAtDOM(anchorNode, selection.anchorOffset);
      const head = view.posAtDOM(focusNode, selection.focusOffset);
      view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, anchor, head)));
    };
    dom.addEventListener('focus', onFocus);
    dom.addEventListener('keydown', onKeyDown);
    return () => {
      dom.removeEventListener('focus', onFocus);
      dom.removeEventListener('keydown', onKeyDown);
      dom.removeAttribute('tabindex');
      dom.removeAttribute('aria-describedby');
    };
  }, [editor, editable]);
}
