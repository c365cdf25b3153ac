/**
 * The actions cell of an administration row: save the edited fields, switch the row on or off
 * (retire, archive, disable — the "off" move is the dangerous one), any extra actions, and the
 * error of the last attempt.
 */
import type { ReactNode } from 'react';
import { useT } from '../i18n/context.js';
import { ActionError } from '../workflow/ActionError.js';

interface Props {
  /** Test ids are `<testPrefix>-save`, `-toggle`, `-error`. */
  testPrefix: string;
  edited: boolean;
  pending: boolean;
  error: string | null;
  onSave: () => void;
  toggle: { label: string; switchesOff: boolean; onClick: () => void };
  children?: ReactNode;
}

export function RowActions({
  testPrefix,
  edited,
  pending,
  error,
  onSave,
  toggle,
  children,
}: Props) {
  const t = useT();
  return (
    <td>
      <div className="admin-table__actions">
        <button
          type="button"
          className="button"
          disabled={!edited || pending}
          onClick={onSave}
          data-testid={`${testPrefix}-save`}
        >
          {t('admin.users.save')}
        </button>
        <button
          type="button"
          className={toggle.switchesOff ? 'button button--danger' : 'button'}
          disabled={pending}
          onClick={toggle.onClick}
          data-testid={`${testPrefix}-toggle`}
        >
          {toggle.label}
        </button>
        {children}
      </div>
      <ActionError message={error} testId={`${testPrefix}-error`} />
    </td>
  );
}
