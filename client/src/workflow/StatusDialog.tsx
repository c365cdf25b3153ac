/**
 * "Chuyển trạng thái": only the statuses the policy lets this person set, and a note. The dialog
 * proposes the next step forward (or nothing): accepting the default must never send a section
 * back. A backwards move is listed apart and needs a reason, which goes into the status history.
 */
import { useId, useState } from 'react';
import type { PublicUser } from '../../../shared/model.js';
import { can } from '../../../shared/policy.js';
import {
  STATUS_CODES,
  statusDefinition,
  statusIndex,
  type StatusCode,
} from '../../../shared/statuses.js';
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

/** The first status after `current` among `options`, or '' when none lies forward. */
export function nextStepForward(current: StatusCode, options: StatusCode[]): StatusCode | '' {
  return options.find((code) => statusIndex(code) > statusIndex(current)) ?? '';
}

interface Props extends DialogProps {
  section: PlanSection;
  options: StatusCode[];
}

export function StatusDialog({ section, options, ...dialog }: Props) {
  const { t, lang } = useI18n();
  const [to, setTo] = useState<StatusCode | ''>(() => nextStepForward(section.status, options));
  const [note, setNote] = useState('');
  const selectId = useId();
  const hintId = useId();
  const chosen = to === '' ? null : statusDefinition(to);
  const isBack = (code: StatusCode) => statusIndex(code) < statusIndex(section.status);
  const forward = options.filter((code) => !isBack(code));
  const backward = options.filter(isBack);
  const goingBack = to !== '' && isBack(to);
  const complete = to !== '' && (!goingBack || note.trim() !== '');
  const option = (code: StatusCode) => (
    <option key={code} value={code}>
      {statusName(lang, code)}
    </option>
  );

  return (
    <DialogForm
      {...dialog}
      title={t('wf.status.dialog', { number: section.number })}
      testId="status-dialog"
      send={complete ? () => workflowApi.setStatus(section.id, to, note.trim()) : null}
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
        {to === '' && (
          <option value="" disabled>
            {t('wf.status.choose')}
          </option>
        )}
        {forward.length > 0 && (
          <optgroup label={t('wf.status.forward')}>{forward.map(option)}</optgroup>
        )}
        {backward.length > 0 && (
          <optgroup label={t('wf.status.back')}>{backward.map(option)}</optgroup>
        )}
      </select>
      <p id={hintId} className="field-hint" data-testid="status-hint">
        {goingBack
          ? t('wf.status.backHint')
          : chosen?.locks
            ? t('wf.status.locksHint')
            : chosen?.editableBy.length === 0
              ? t('wf.status.frozenHint')
              : ''}
      </p>
      <NoteField
        label={t(goingBack ? 'wf.status.reason' : 'wf.status.note')}
        value={note}
        onChange={setNote}
        required={goingBack}
        testId="status-note"
      />
    </DialogForm>
  );
}
