/** The panel's side of the highlight plugin: hand it the anchors, read back ranges and focus. */
import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { decodeAnchor } from '../../../../shared/anchors.js';
import type { Thread } from '../../../../shared/threads.js';
import { caretSafeTransaction } from '../../editor/pendingSelection.js';
import {
  commentHighlightsKey,
  setHighlightMeta,
  type HighlightAnchor,
  type RangesById,
} from './commentHighlights.js';

export interface Highlights {
  /** Where each thread's passage is now; missing until resolved against the document. */
  ranges: RangesById;
  activeId: string | null;
  /** Moves on every activation (also of the same thread). */
  activation: number;
  /** Make a thread the active one (highlighted more strongly) and scroll its passage into view. */
  activate: (id: string | null, reveal?: boolean) => void;
}

const NO_RANGES: RangesById = new Map();

function toAnchors(threads: readonly Thread[]): HighlightAnchor[] {
  return threads.flatMap((thread) => {
    const decoded = decodeAnchor(thread.anchor);
    return decoded ? [{ id: thread.id, ...decoded, open: thread.resolved === null }] : [];
  });
}

function revealPassage(editor: Editor, id: string): void {
  const element = editor.view.dom.querySelector(`[data-thread-id="${CSS.escape(id)}"]`);
  element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

export function useHighlights(
  editor: Editor | null,
  threads: readonly Thread[] | null,
): Highlights {
  const [view, setView] = useState<Omit<Highlights, 'activate'>>({
    ranges: NO_RANGES,
    activeId: null,
    activation: 0,
  });
  const anchors = useMemo(() => toAnchors(threads ?? []), [threads]);

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dispatch(
      setHighlightMeta(caretSafeTransaction(editor.view), { type: 'anchors', anchors }),
    );
  }, [editor, anchors]);

  useEffect(() => {
    if (!editor) {
      setView({ ranges: NO_RANGES, activeId: null, activation: 0 });
      return;
    }
    const read = () => {
      const state = commentHighlightsKey.getState(editor.state);
      if (!state) return;
      const { ranges, activeId, activation } = state;
      setView((current) =>
        current.ranges === ranges &&
        current.activeId === activeId &&
        current.activation === activation
          ? current
          : { ranges, activeId, activation },
      );
    };
    read();
    editor.on('transaction', read);
    return () => {
      editor.off('transaction', read);
    };
  }, [editor]);

  const activate = useCallback(
    (id: string | null, reveal = false) => {
      if (!editor || editor.isDestroyed) return;
      editor.view.dispatch(
        setHighlightMeta(caretSafeTransaction(editor.view), { type: 'active', id }),
      );
      if (id && reveal) revealPassage(editor, id);
    },
    [editor],
  );

  return { ...view, activate };
}
