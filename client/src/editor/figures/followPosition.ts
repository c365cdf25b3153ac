/**
 * A document position that follows colleagues' edits while an upload runs: kept as a Yjs
 * relative position and read back as a ProseMirror position when the file has arrived.
 */
import type { Editor } from '@tiptap/core';
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
} from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { bindingOf } from '../../review/highlights/yBinding.js';

/** Returns a function that says where `pos` is now (the end of the text if it is gone). */
export function followPosition(editor: Editor, pos: number): () => number {
  const binding = bindingOf(editor.state);
  if (!binding) return () => Math.min(pos, editor.state.doc.content.size);
  const relative: unknown = absolutePositionToRelativePosition(pos, binding.type, binding.mapping);
  if (!(relative instanceof Y.RelativePosition)) return () => editor.state.doc.content.size;
  return () => {
    const now = bindingOf(editor.state);
    const at = now && relativePositionToAbsolutePosition(now.doc, now.type, relative, now.mapping);
    return at ?? editor.state.doc.content.size;
  };
}
