/**
 * Word import into a section, for whoever may write it: choose a .docx, see what will arrive
 * and what will not, choose where it goes, confirm. The server converts and checks the policy
 * again; its refusal (a lock landed meanwhile, a damaged file) is shown and nothing changes.
 */
import type { Editor } from '@tiptap/core';
import { useId, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import type { ImportMode } from '../../../shared/importReport.js';
import { errorMessage } from '../api/errorMessage.js';
import { useT } from '../i18n/context.js';
import { Dialog } from '../workflow/Dialog.js';
import { wordImportApi } from './api.js';
import { positionAfterCursor } from './cursorPosition.js';
import { ImportPreview } from './ImportPreview.js';
import { ImportReportView } from './ImportReportView.js';
import type { ImportPreview as Preview } from './wire.js';

const MODE_ORDER: readonly ImportMode[] = ['end', 'at', 'replace'];
const MODE_LABEL = { end: 'wi.mode.end', at: 'wi.mode.at', replace: 'wi.mode.replace' } as const;

interface Props {
  sectionId: string;
  editor: Editor | null;
  doc: Y.Doc | null;
}

type Step =
  | { kind: 'choose' }
  | { kind: 'reading' }
  | { kind: 'preview'; file: File; preview: Preview }
  | { kind: 'importing'; file: File; preview: Preview };

export function ImportWord({ sectionId, editor, doc }: Props) {
  const t = useT();
  const fileId = useId();
  const [open, setOpen] = useState(false);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [mode, setMode] = useState<ImportMode>('end');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState('');

  const close = () => {
    setOpen(false);
    setStep({ kind: 'choose' });
    setError(null);
  };

  const read = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setStep({ kind: 'reading' });
    try {
      setStep({ kind: 'preview', file, preview: await wordImportApi.preview(sectionId, file) });
    } catch (failure) {
      setError(errorMessage(t, failure));
      setStep({ kind: 'choose' });
    }
  };

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    if (step.kind !== 'preview') return;
    setError(null);
    setStep({ ...step, kind: 'importing' });
    try {
      const at = mode === 'at' && editor && doc ? positionAfterCursor(editor, doc) : null;
      await wordImportApi.confirm(sectionId, step.file, mode, at);
      setDone(t('wi.done', { name: step.file.name }));
      close();
    } catch (failure) {
      setError(errorMessage(t, failure));
      setStep({ ...step, kind: 'preview' });
    }
  };

  const modes = MODE_ORDER.filter((m) => m !== 'at' || (editor && doc));
  const busy = step.kind === 'reading' || step.kind === 'importing';
  const shown = step.kind === 'preview' || step.kind === 'importing' ? step : null;

  return (
    <div className="import-word">
      <button
        type="button"
        className="button"
        data-testid="import-word-open"
        onClick={() => {
          setDone('');
          setOpen(true);
        }}
      >
        {t('wi.open')}
      </button>
      <p className="import-word__done" role="status" data-testid="import-done">
        {done}
      </p>
      <Dialog open={open} title={t('wi.title')} onClose={close} testId="import-word-dialog">
        <form className="dialog__body dialog__body--wide" onSubmit={(e) => void confirm(e)}>
          {!shown ? (
            <div className="field">
              <label htmlFor={fileId}>{t('wi.file')}</label>
              <input
                id={fileId}
                type="file"
                data-testid="import-file"
                accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                disabled={busy}
                onChange={(e) => void read(e.target.files?.[0])}
              />
            </div>
          ) : (
            <>
              <ImportReportView report={shown.preview.report} />
              <ImportPreview content={shown.preview.content} />
              <fieldset className="import-word__modes">
                <legend>{t('wi.mode')}</legend>
                {modes.map((m) => (
                  <label key={m} className="radio">
                    <input
                      type="radio"
                      name="import-mode"
                      value={m}
                      checked={mode === m}
                      onChange={() => setMode(m)}
                    />
                    {t(MODE_LABEL[m])}
                  </label>
                ))}
              </fieldset>
              {mode === 'replace' && <p className="form-warning">{t('wi.replaceWarning')}</p>}
              <p className="muted">{t('wi.undoNote')}</p>
            </>
          )}
          {busy && (
            <p className="loading" role="status">
              {t(step.kind === 'reading' ? 'wi.reading' : 'wi.importing')}
            </p>
          )}
          <p className="form-error" role="alert" data-testid="import-error">
            {error ?? ''}
          </p>
          <div className="dialog__actions">
            {shown && (
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => setStep({ kind: 'choose' })}
              >
                {t('wi.other')}
              </button>
            )}
            <button type="button" className="button" onClick={close}>
              {t('wi.cancel')}
            </button>
            {shown && (
              <button
                type="submit"
                className="button button--primary"
                disabled={busy}
                data-testid="import-confirm"
              >
                {t('wi.confirm')}
              </button>
            )}
          </div>
        </form>
      </Dialog>
    </div>
  );
}
