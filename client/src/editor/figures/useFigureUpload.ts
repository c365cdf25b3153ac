/**
 * Figures from files (toolbar, paste, drop): checked here first (type, 10 MB) so a wrong file
 * costs no upload, sent with progress, then inserted where the writer meant. One at a time.
 */
import type { Editor } from '@tiptap/core';
import { useCallback, useRef, useState } from 'react';
import { isApiError } from '../../api/ApiError.js';
import { useT } from '../../i18n/context.js';
import type { Translate } from '../../i18n/translate.js';
import { followPosition } from './followPosition.js';
import { FIGURE_TYPES, MAX_FIGURE_BYTES, uploadFigure } from './uploadFigure.js';

export type UploadState =
  | { kind: 'idle' }
  | { kind: 'uploading'; name: string; fraction: number }
  | { kind: 'failed'; message: string };

const isFigureType = (type: string) => (FIGURE_TYPES as readonly string[]).includes(type);

function failure(t: Translate, name: string, error: unknown): string {
  const code = isApiError(error) ? error.code : 'network';
  switch (code) {
    case 'quota-exceeded':
      return t('figure.error.quota', { name });
    case 'payload-too-large':
      return t('figure.error.tooLarge', { name });
    case 'type-mismatch':
    case 'unsupported-file':
      return t('figure.error.type', { name });
    case 'forbidden':
    case 'conflict':
      return t('figure.error.forbidden', { name });
    case 'network':
      return t('figure.error.network', { name });
    default:
      return t('figure.error.other', {
        name,
        message: error instanceof Error ? error.message : String(error),
      });
  }
}

export interface FigureUpload {
  state: UploadState;
  /** Uploads the first image of `files` and inserts it at `pos` (or the selection). */
  insertFiles: (files: readonly File[], pos?: number) => void;
  dismiss: () => void;
}

export function useFigureUpload(editor: Editor, sectionId: string): FigureUpload {
  const t = useT();
  const [state, setState] = useState<UploadState>({ kind: 'idle' });
  const busy = useRef(false);

  const insertFiles = useCallback(
    (files: readonly File[], pos?: number) => {
      const file = files[0];
      if (!file || busy.current) return;
      if (!isFigureType(file.type)) {
        setState({ kind: 'failed', message: t('figure.error.type', { name: file.name }) });
        return;
      }
      if (file.size > MAX_FIGURE_BYTES) {
        setState({ kind: 'failed', message: t('figure.error.tooLarge', { name: file.name }) });
        return;
      }
      busy.current = true;
      // Where the caret was: colleagues may type meanwhile, so follow it through their changes.
      const where = followPosition(editor, pos ?? editor.state.selection.from);
      setState({ kind: 'uploading', name: file.name, fraction: 0 });
      uploadFigure(sectionId, file, (fraction) =>
        setState({ kind: 'uploading', name: file.name, fraction }),
      )
        .then((hash) => {
          editor
            .chain()
            .focus()
            .setTextSelection(where())
            .insertFigure({ file: hash, alt: file.name.replace(/\.[^.]+$/, '') })
            .run();
          setState({ kind: 'idle' });
        })
        .catch((error: unknown) =>
          setState({ kind: 'failed', message: failure(t, file.name, error) }),
        )
        .finally(() => {
          busy.current = false;
        });
    },
    [editor, sectionId, t],
  );

  return { state, insertFiles, dismiss: () => setState({ kind: 'idle' }) };
}
