/** "Góp ý": take the selected passage, then write the comment. Works in read-only text too. */
import type { Editor } from '@tiptap/core';
import { useId, useState } from 'react';
import { MAX_PROPOSAL_LENGTH } from '../../../../shared/threads.js';
import { useEditorState } from '@tiptap/react';
import { useT } from '../../i18n/context.js';
import type { SelectedPassage } from '../highlights/yBinding.js';
import { TextForm } from './TextForm.js';
import { COMMENT_SHORTCUT } from './useCommentShortcut.js';

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
        aria-keyshortcuts={COMMENT_SHORTCUT}
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
  /** `proposal`: the text proposed instead of the passage, for a proposed edit. */
  onSubmit: (body: string, proposal?: string) => Promise<void>;
  onCancel: () => void;
}

export function NewThreadForm({ passage, onSubmit, onCancel }: FormProps) {
  const t = useT();
  const id = useId();
  const [proposing, setProposing] = useState(false);
  const [proposal, setProposal] = useState(passage.quote);
  // A replacement is applied inside one paragraph, to a passage quoted in full.
  const canPropose = !passage.quote.includes('\n') && !passage.quote.endsWith('…');
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
        onSubmit={(body) => onSubmit(body, proposing ? proposal : undefined)}
        onCancel={onCancel}
      >
        {canPropose && (
          <div className="proposal-field">
            <label className="proposal-field__toggle">
              <input
                type="checkbox"
                checked={proposing}
                data-testid="propose-toggle"
                onChange={(e) => setProposing(e.target.checked)}
              />{' '}
              {t('review.proposal.toggle')}
            </label>
            {proposing && (
              <>
                <label htmlFor={`${id}-proposal`} className="text-form__label">
                  {t('review.proposal.text')}
                </label>
                <textarea
                  id={`${id}-proposal`}
                  className="text-form__input"
                  rows={3}
                  value={proposal}
                  maxLength={MAX_PROPOSAL_LENGTH}
                  data-testid="proposal-text"
                  onChange={(e) => setProposal(e.target.value)}
                />
              </>
            )}
          </div>
        )}
      </TextForm>
    </section>
  );
}
