/** Find and replace in the section: a bar under the toolbar (writers only, like the toolbar). */
import type { Editor } from '@tiptap/core';
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/context.js';
import { findMatches } from './findMatches.js';

export function FindReplace({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t, number } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [note, setNote] = useState('');

  const findNext = () => {
    const matches = findMatches(editor.state.doc, query);
    const after = editor.state.selection.to;
    const next = matches.find((m) => m.from >= after) ?? matches[0];
    if (!next) return setNote(t('find.none'));
    editor.chain().focus().setTextSelection(next).scrollIntoView().run();
    setNote(t('find.count', { count: number(matches.length) }));
  };

  const replaceAll = () => {
    const matches = findMatches(editor.state.doc, query);
    if (matches.length === 0) return setNote(t('find.none'));
    // One transaction, from the end, so earlier positions stay valid; one undo step.
    editor
      .chain()
      .command(({ tr }) => {
        for (const { from, to } of [...matches].reverse()) {
          if (replacement) tr.insertText(replacement, from, to);
          else tr.delete(from, to);
        }
        return true;
      })
      .run();
    setNote(t('find.replaced', { count: number(matches.length) }));
  };

  return (
    <form
      className="toolbar toolbar--table find-bar"
      role="search"
      aria-label={t('find.label')}
      data-testid="find-bar"
      onSubmit={(event) => {
        event.preventDefault();
        findNext();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="toolbar__group toolbar__caption">
        <label htmlFor={`${id}-q`}>{t('find.query')}</label>
        <input
          id={`${id}-q`}
          value={query}
          autoFocus
          data-testid="find-query"
          onChange={(event) => setQuery(event.target.value)}
        />
        <button type="submit" className="button button--small">
          {t('find.next')}
        </button>
      </div>
      <div className="toolbar__group toolbar__caption">
        <label htmlFor={`${id}-r`}>{t('find.replacement')}</label>
        <input
          id={`${id}-r`}
          value={replacement}
          data-testid="find-replacement"
          onChange={(event) => setReplacement(event.target.value)}
        />
        <button type="button" className="button button--small" onClick={replaceAll}>
          {t('find.replaceAll')}
        </button>
        <button type="button" className="button button--small" onClick={onClose}>
          {t('find.close')}
        </button>
      </div>
      <p className="find-bar__note" role="status" data-testid="find-note">
        {note}
      </p>
    </form>
  );
}
