/**
 * The section's workflow controls, each shown only when the shared policy allows it:
 * change status, lock / unlock (coordinator), assign (coordinator). The result shows up live
 * through the plan room; this only announces it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { can } from '../../../shared/policy.js';
import { useUser } from '../auth/context.js';
import { useT } from '../i18n/context.js';
import type { AgencyDirectory } from '../plan/agencies.js';
import type { PlanSection } from '../plan/types.js';
import { AssignmentDialog } from './AssignmentDialog.js';
import { LockDialog, UnlockDialog } from './LockDialogs.js';
import { allowedStatuses, StatusDialog } from './StatusDialog.js';

type Open = 'status' | 'lock' | 'unlock' | 'assign' | null;

interface Props {
  section: PlanSection;
  agencies: AgencyDirectory;
}

export function SectionActions({ section, agencies }: Props) {
  const t = useT();
  const user = useUser();
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState('');

  const statuses = allowedStatuses(user, section);
  const mayLock = can(user, 'lock', section);
  const mayUnlock = can(user, 'unlock', section);
  const mayAssign = can(user, 'assign', section);
  const toolbarRef = useRef<HTMLDivElement>(null);

  // A lock or unlock swaps the button that opened the dialog: put keyboard focus on the new one.
  const keepFocus = useCallback(() => {
    if (document.activeElement !== document.body) return;
    const toolbar = toolbarRef.current;
    (
      toolbar?.querySelector<HTMLElement>('[data-lock-toggle]') ??
      toolbar?.querySelector<HTMLElement>('button')
    )?.focus();
  }, []);
  useEffect(keepFocus, [mayLock, mayUnlock, keepFocus]);

  const close = () => setOpen(null);
  const done = (message: string) => {
    setOpen(null);
    setNotice(message);
    // The plan room may have swapped the opener while the dialog was open.
    setTimeout(keepFocus, 0);
  };
  const show = (which: Open) => {
    setNotice('');
    setOpen(which);
  };

  const hasControls = statuses.length > 0 || mayLock || mayUnlock || mayAssign;
  return (
    <>
      {hasControls && (
        <div
          ref={toolbarRef}
          className="section-actions"
          role="group"
          aria-label={t('wf.section.actions')}
          data-testid="section-actions"
        >
          {statuses.length > 0 && (
            <button
              type="button"
              className="button"
              onClick={() => show('status')}
              data-testid="status-change-open"
            >
              {t('wf.status.change')}
            </button>
          )}
          {mayLock && (
            <button
              type="button"
              className="button"
              onClick={() => show('lock')}
              data-lock-toggle
              data-testid="lock-open"
            >
              {t('wf.lock.action')}
            </button>
          )}
          {mayUnlock && (
            <button
              type="button"
              className="button"
              onClick={() => show('unlock')}
              data-lock-toggle
              data-testid="unlock-open"
            >
              {t('wf.unlock.action')}
            </button>
          )}
          {mayAssign && (
            <button
              type="button"
              className="button"
              onClick={() => show('assign')}
              data-testid="assign-open"
            >
              {t('wf.assign.action')}
            </button>
          )}
        </div>
      )}
      <p className="workflow-notice" role="status" aria-live="polite" data-testid="workflow-notice">
        {notice}
      </p>
      {open === 'status' && (
        <StatusDialog section={section} options={statuses} onClose={close} onDone={done} />
      )}
      {open === 'lock' && <LockDialog section={section} onClose={close} onDone={done} />}
      {open === 'unlock' && <UnlockDialog section={section} onClose={close} onDone={done} />}
      {open === 'assign' && (
        <AssignmentDialog section={section} agencies={agencies} onClose={close} onDone={done} />
      )}
    </>
  );
}
