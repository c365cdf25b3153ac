/** A small "Góp ý" button beside a selection in the text (Tiptap's BubbleMenu). */
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { BubbleMenu } from '@tiptap/react/menus';
import { useT } from '../../i18n/context.js';

interface Props {
  editor: Editor;
  onComment: () => void;
}

/** Shown for a text selection while the selection lives in this editor (editable or not). */
function shouldShow({ editor }: { editor: Editor }): boolean {
  const { selection } = editor.state;
  if (selection.empty || !(selection instanceof TextSelection)) return false;
  if (editor.view.hasFocus()) return true;
  const dom = document.getSelection();
  return !!dom?.anchorNode && editor.view.dom.contains(dom.anchorNode);
}

export function CommentBubble({ editor, onComment }: Props) {
  const t = useT();
  return (
    <BubbleMenu
      editor={editor}
      pluginKey="commentBubble"
      shouldShow={shouldShow}
      options={{ placement: 'top' }}
      className="comment-bubble"
    >
      <button
        type="button"
        className="comment-bubble__button"
        aria-label={t('review.new.buttonLabel')}
        data-testid="thread-bubble"
        onMouseDown={(e) => e.preventDefault()}
        onClick={onComment}
      >
        {t('review.new.button')}
      </button>
    </BubbleMenu>
  );
}
