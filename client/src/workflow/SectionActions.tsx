/**
 * The section's workflow controls, each shown only when the shared policy allows it:
 * change status, lock / unlock (coordinator), assign (coordinator). The result shows up live
 * through the plan room; this only announces it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { can } from '../../../shared/policy.js';
import { useUser } from '../auth/context.js';
import { useT } from '../i18n/context.js';
import type { MessageKey } from '../i18n/vi.js';
import type { AgencyDirectory } from '../plan/agencies.js';
import type { PlanSection } from '../plan/types.js';
import { AssignmentDialog } from './AssignmentDialog.js';
import { LockDialog, UnlockDialog } from './LockDialogs.js';
import { allowedStatuses, StatusDialog } from './StatusDialog.js';

type Open = 'status' | 'lock' | 'unlock' | 'assign' | null;

interface Control {
  opens: Exclude<Open, null>;
  allowed: boolean;
  label: MessageKey;
  /** Lock and unlock replace each other: focus follows (see keepFocus). */
  lockToggle?: true;
}

const OPENER_TEST_IDS: Record<Control['opens'], string> = {
  status: 'status-change-open',
  lock: 'lock-open',
  unlock: 'unlock-open',
  assign: 'assign-open',
};

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
  // Only on a swap: when the section opens, focus belongs to the text or title (useOpeningFocus).
  const lockControls = useRef({ mayLock, mayUnlock });
  useEffect(() => {
    const before = lockControls.current;
    lockControls.current = { mayLock, mayUnlock };
    if (before.mayLock !== mayLock || before.mayUnlock !== mayUnlock) keepFocus();
  }, [mayLock, mayUnlock, keepFocus]);

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

  const allControls: Control[] = [
    { opens: 'status', allowed: statuses.length > 0, label: 'wf.status.change' },
    { opens: 'lock', allowed: mayLock, label: 'wf.lock.action', lockToggle: true },
    { opens: 'unlock', allowed: mayUnlock, label: 'wf.unlock.action', lockToggle: true },
    { opens: 'assign', allowed: mayAssign, label: 'wf.assign.action' },
  ];
  const controls = allControls.filter((control) => control.allowed);
  const dialog = { section, onClose: close, onDone: done };

  return (
    <>
      {controls.length > 0 && (
        <div
          ref={toolbarRef}
          className="section-actions"
          role="group"
          aria-label={t('wf.section.actions')}
          data-testid="section-actions"
        >
          {controls.map((control) => (
            <button
              key={control.opens}
              type="button"
              className="button"
              onClick={() => show(control.opens)}
              data-lock-toggle={control.lockToggle}
              data-testid={OPENER_TEST_IDS[control.opens]}
            >
              {t(control.label)}
            </button>
          ))}
        </div>
      )}
      <p className="workflow-notice" role="status" aria-live="polite" data-testid="workflow-notice">
        {notice}
      </p>
      {open === 'status' && <StatusDialog {...dialog} options={statuses} />}
      {open === 'lock' && <LockDialog {...dialog} />}
      {open === 'unlock' && <UnlockDialog {...dialog} />}
      {open === 'assign' && <AssignmentDialog {...dialog} agencies={agencies} />}
    </>
  );
}
