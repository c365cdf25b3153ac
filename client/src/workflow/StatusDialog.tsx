/** "Chuyển trạng thái": only the statuses the policy lets this person set, and a note. */
import { useId, useState, type FormEvent } from 'react';
import type { PublicUser } from '../../../shared/model.js';
import { can } from '../../../shared/policy.js';
import { STATUS_CODES, statusDefinition, type StatusCode } from '../../../shared/statuses.js';
import { useI18n } from '../i18n/context.js';
import { statusName } from '../i18n/localized.js';
import { StatusBadge } from '../plan/StatusBadge.js';
import type { PlanSection } from '../plan/types.js';
import { ActionError } from './ActionError.js';
import { workflowApi } from './api.js';
import { Dialog } from './Dialog.js';
import { useAction } from './useAction.js';

/** The statuses `user` may move `section` to (never its current one). */
export function allowedStatuses(user: PublicUser, section: PlanSection): StatusCode[] {
  return STATUS_CODES.filter(
    (to) => to !== section.status && can(user, 'setStatus', { section, to }),
  );
}

interface Props {
  section: PlanSection;
  options: StatusCode[];
  onClose: () => void;
  onDone: (message: string) => void;
}

export function StatusDialog({ section, options, onClose, onDone }: Props) {
  const { t, lang } = useI18n();
  const [to, setTo] = useState<StatusCode | ''>(options[0] ?? '');
  const [note, setNote] = useState('');
  const action = useAction();
  const selectId = useId();
  const noteId = useId();
  const hintId = useId();
  const chosen = to === '' ? null : statusDefinition(to);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (to === '') return;
    const target = to;
    if (await action.run(() => workflowApi.setStatus(section.id, target, note.trim()))) {
      onDone(t('wf.status.done', { status: statusName(lang, target) }));
    }
  }

  return (
    <Dialog
      open
      title={t('wf.status.dialog', { number: section.number })}
      onClose={onClose}
      testId="status-dialog"
    >
      <form className="dialog__body" onSubmit={(e) => void submit(e)}>
        <p className="dialog__current">
          {t('wf.status.current')}: <StatusBadge status={section.status} />
        </p>
        <label htmlFor={selectId}>{t('wf.status.to')}</label>
        <select
          id={selectId}
          value={to}
          onChange={(e) => setTo(options.find((o) => o === e.target.value) ?? '')}
          aria-describedby={hintId}
          data-testid="status-select"
        >
          {options.map((code) => (
            <option key={code} value={code}>
              {statusName(lang, code)}
            </option>
          ))}
        </select>
        <p id={hintId} className="field-hint">
          {chosen?.locks
            ? t('wf.status.locksHint')
            : chosen?.editableBy.length === 0
              ? t('wf.status.frozenHint')
              : ''}
        </p>
        <label htmlFor={noteId}>{t('wf.status.note')}</label>
        <textarea
          id={noteId}
          rows={3}
          value={note}
          maxLength={2000}
          onChange={(e) => setNote(e.target.value)}
          data-testid="status-note"
        />
        <ActionError message={action.error} />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('wf.cancel')}
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={action.pending || to === ''}
            data-testid="status-submit"
          >
            {action.pending ? t('wf.saving') : t('wf.status.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
