/**
 * The status bar under the text: its word count, counted as the dashboard counts (shared/words),
 * at most twice a second so a long section does not slow typing.
 */
import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import { countWords } from '../../../shared/words.js';
import { useI18n } from '../i18n/context.js';

const DELAY_MS = 500;

/** The text with a space at every node boundary (a footnote is not glued to the word it cites). */
function wordsOf(editor: Editor): number {
  const parts: string[] = [];
  editor.state.doc.descendants((node) => {
    parts.push(node.isText ? (node.text ?? '') : ' ');
  });
  return countWords(parts.join(''));
}

export function WordCount({ editor }: { editor: Editor }) {
  const { t, number } = useI18n();
  const [words, setWords] = useState(() => wordsOf(editor));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onUpdate = () => {
      timer ??= setTimeout(() => {
        timer = null;
        setWords(wordsOf(editor));
      }, DELAY_MS);
    };
    editor.on('update', onUpdate);
    return () => {
      editor.off('update', onUpdate);
      if (timer) clearTimeout(timer);
    };
  }, [editor]);
  return (
    <p className="editor__status" data-testid="word-count">
      {t('editor.words', { count: number(words) })}
    </p>
  );
}
