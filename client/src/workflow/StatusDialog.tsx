/** "Chuyển trạng thái": only the statuses the policy lets this person set, and a note. */
import { useId, useState } from 'react';
import type { PublicUser } from '../../../shared/model.js';
import { can } from '../../../shared/policy.js';
import { STATUS_CODES, statusDefinition, type StatusCode } from '../../../shared/statuses.js';
import { useI18n } from '../i18n/context.js';
import { statusName } from '../i18n/localized.js';
import { StatusBadge } from '../plan/StatusBadge.js';
import type { PlanSection } from '../plan/types.js';
import { workflowApi } from './api.js';
import { DialogForm, NoteField, type DialogProps } from './DialogForm.js';

/** The statuses `user` may move `section` to (never its current one). */
export function allowedStatuses(user: PublicUser, section: PlanSection): StatusCode[] {
  return STATUS_CODES.filter(
    (to) => to !== section.status && can(user, 'setStatus', { section, to }),
  );
}

interface Props extends DialogProps {
  section: PlanSection;
  options: StatusCode[];
}

export function StatusDialog({ section, options, ...dialog }: Props) {
  const { t, lang } = useI18n();
  const [to, setTo] = useState<StatusCode | ''>(options[0] ?? '');
  const [note, setNote] = useState('');
  const selectId = useId();
  const hintId = useId();
  const chosen = to === '' ? null : statusDefinition(to);

  return (
    <DialogForm
      {...dialog}
      title={t('wf.status.dialog', { number: section.number })}
      testId="status-dialog"
      send={to === '' ? null : () => workflowApi.setStatus(section.id, to, note.trim())}
      done={t('wf.status.done', { status: to && statusName(lang, to) })}
      submitLabel={t('wf.status.submit')}
      submitTestId="status-submit"
    >
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
      <NoteField label={t('wf.status.note')} value={note} onChange={setNote} testId="status-note" />
    </DialogForm>
  );
}
