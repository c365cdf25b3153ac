/**
 * Where keyboard focus lands when a section opens: in the text for someone who may write it (typing
 * goes straight in), on the section title for a reader (a screen reader announces the section and
 * Tab continues into its text). Once per section: later flips of write access keep focus where
 * the person put it.
 */
import type { Editor } from '@tiptap/core';
import { useEffect, useRef } from 'react';

export function useOpeningFocus(sectionId: string, editor: Editor | null, writable: boolean) {
  const focusedFor = useRef<string | null>(null);
  useEffect(() => {
    if (focusedFor.current === sectionId) return;
    if (writable) {
      if (!editor) return; // the editor mounts once the section's connection exists
      editor.commands.focus('start');
    } else {
      document.getElementById('section-title')?.focus();
    }
    focusedFor.current = sectionId;
  }, [sectionId, editor, writable]);
}
