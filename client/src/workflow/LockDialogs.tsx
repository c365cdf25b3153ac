/** "Khóa mục" with a note, and "Mở khóa" with what unlocking will do. */
import { useState } from 'react';
import { api } from '../api/client.js';
import { useI18n } from '../i18n/context.js';
import { statusName } from '../i18n/localized.js';
import type { PlanSection } from '../plan/types.js';
import { DialogForm, NoteField, type DialogProps } from './DialogForm.js';

interface Props extends DialogProps {
  section: PlanSection;
}

export function LockDialog({ section, ...dialog }: Props) {
  const { t } = useI18n();
  const [note, setNote] = useState('');

  return (
    <DialogForm
      {...dialog}
      title={t('wf.lock.dialog', { number: section.number })}
      testId="lock-dialog"
      send={() => api.lockSection(section.id, note.trim())}
      done={t('wf.lock.done')}
      submitLabel={t('wf.lock.action')}
      submitTestId="lock-submit"
    >
      <p>{t('wf.lock.explain')}</p>
      <NoteField label={t('wf.lock.note')} value={note} onChange={setNote} testId="lock-note" />
    </DialogForm>
  );
}

export function UnlockDialog({ section, ...dialog }: Props) {
  const { t, lang } = useI18n();

  return (
    <DialogForm
      {...dialog}
      title={t('wf.unlock.dialog', { number: section.number })}
      testId="unlock-dialog"
      send={() => api.unlockSection(section.id)}
      done={t('wf.unlock.done')}
      submitLabel={t('wf.unlock.action')}
      submitTestId="unlock-submit"
      focus="submit"
    >
      <p>{t('wf.unlock.explain')}</p>
      {section.status === 'DA_DUYET_KHOA' && (
        <p>
          {t('wf.unlock.explainApproved', {
            status: statusName(lang, 'HOAN_THIEN_SAU_THAM_DINH'),
          })}
        </p>
      )}
    </DialogForm>
  );
}
