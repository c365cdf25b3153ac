/** "Góp ý": take the selected passage, then write the comment. Works in read-only text too. */
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useT } from '../../i18n/context.js';
import type { SelectedPassage } from '../highlights/yBinding.js';
import { TextForm } from './TextForm.js';

/** True while the editor holds a non-empty selection. */
export function useHasSelection(editor: Editor | null): boolean {
  return (
    useEditorState({
      editor,
      selector: ({ editor: current }) => (current ? !current.state.selection.empty : false),
    }) ?? false
  );
}

interface StartProps {
  editor: Editor | null;
  onStart: () => void;
}

/** The panel's button; the bubble menu offers the same beside the selection. */
export function StartThreadButton({ editor, onStart }: StartProps) {
  const t = useT();
  const hasSelection = useHasSelection(editor);
  return (
    <div className="new-thread__start">
      <button
        type="button"
        className="button button--primary button--small"
        disabled={!hasSelection}
        aria-describedby="new-thread-hint"
        data-testid="thread-new"
        // Keep the editor's selection: do not let the press move focus first.
        onMouseDown={(e) => e.preventDefault()}
        onClick={onStart}
      >
        {t('review.new.button')}
      </button>
      <p id="new-thread-hint" className="new-thread__hint">
        {t('review.new.hint')}
      </p>
    </div>
  );
}

interface FormProps {
  passage: SelectedPassage;
  onSubmit: (body: string) => Promise<void>;
  onCancel: () => void;
}

export function NewThreadForm({ passage, onSubmit, onCancel }: FormProps) {
  const t = useT();
  return (
    <section className="new-thread" aria-labelledby="new-thread-title" data-testid="new-thread">
      <h3 id="new-thread-title" className="new-thread__title">
        {t('review.new.title')}
      </h3>
      <p className="visually-hidden">{t('review.new.quote')}</p>
      <blockquote className="thread__quote" data-testid="new-thread-quote">
        {passage.quote}
      </blockquote>
      <TextForm
        label={t('review.new.body')}
        submitLabel={t('review.new.submit')}
        hint={t('review.new.mentionHint')}
        autoFocus
        testId="new-thread-form"
        onSubmit={onSubmit}
        onCancel={onCancel}
      />
    </section>
  );
}
