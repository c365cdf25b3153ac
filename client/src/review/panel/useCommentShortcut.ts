/** Ctrl+Alt+M in the text (editable or read-only) starts a comment on the selected passage. */
import type { Editor } from '@tiptap/core';
import { useEffect, useRef } from 'react';

export const COMMENT_SHORTCUT = 'Control+Alt+M';

export function useCommentShortcut(editor: Editor | null, onComment: () => void): void {
  const latest = useRef(onComment);
  useEffect(() => {
    latest.current = onComment;
  }, [onComment]);
  useEffect(() => {
    if (!editor) return;
    const dom = editor.view.dom;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !event.altKey || event.code !== 'KeyM') return;
      event.preventDefault();
      latest.current();
    };
    dom.addEventListener('keydown', onKeyDown);
    return () => dom.removeEventListener('keydown', onKeyDown);
  }, [editor]);
}
