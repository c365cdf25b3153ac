/** "Khóa mục" with a note, and "Mở khóa" with what unlocking will do. */
import { useId, useState, type FormEvent } from 'react';
import { api } from '../api/client.js';
import { useI18n } from '../i18n/context.js';
import { statusName } from '../i18n/localized.js';
import type { PlanSection } from '../plan/types.js';
import { ActionError } from './ActionError.js';
import { Dialog } from './Dialog.js';
import { useAction } from './useAction.js';

interface Props {
  section: PlanSection;
  onClose: () => void;
  onDone: (message: string) => void;
}

export function LockDialog({ section, onClose, onDone }: Props) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const action = useAction();
  const noteId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await action.run(() => api.lockSection(section.id, note.trim()))) {
      onDone(t('wf.lock.done'));
    }
  }

  return (
    <Dialog
      open
      title={t('wf.lock.dialog', { number: section.number })}
      onClose={onClose}
      testId="lock-dialog"
    >
      <form className="dialog__body" onSubmit={(e) => void submit(e)}>
        <p>{t('wf.lock.explain')}</p>
        <label htmlFor={noteId}>{t('wf.lock.note')}</label>
        <textarea
          id={noteId}
          rows={3}
          value={note}
          maxLength={2000}
          onChange={(e) => setNote(e.target.value)}
          data-testid="lock-note"
        />
        <ActionError message={action.error} />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('wf.cancel')}
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={action.pending}
            data-testid="lock-submit"
          >
            {action.pending ? t('wf.saving') : t('wf.lock.action')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export function UnlockDialog({ section, onClose, onDone }: Props) {
  const { t, lang } = useI18n();
  const action = useAction();

  async function confirm() {
    if (await action.run(() => api.unlockSection(section.id))) onDone(t('wf.unlock.done'));
  }

  return (
    <Dialog
      open
      title={t('wf.unlock.dialog', { number: section.number })}
      onClose={onClose}
      testId="unlock-dialog"
      initialFocus="[data-testid='unlock-submit']"
    >
      <div className="dialog__body">
        <p>{t('wf.unlock.explain')}</p>
        {section.status === 'DA_DUYET_KHOA' && (
          <p>
            {t('wf.unlock.explainApproved', {
              status: statusName(lang, 'HOAN_THIEN_SAU_THAM_DINH'),
            })}
          </p>
        )}
        <ActionError message={action.error} />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('wf.cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={action.pending}
            onClick={() => void confirm()}
            data-testid="unlock-submit"
          >
            {action.pending ? t('wf.saving') : t('wf.unlock.action')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
