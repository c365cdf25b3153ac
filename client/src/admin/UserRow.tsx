/** One account: name, agency and role edited in place; disable, enable, temporary password. */
import { useState } from 'react';
import { ROLES, type Agency, type Role, type UserAccount } from '../../../shared/model.js';
import { useAction } from '../api/useAction.js';
import { useT } from '../i18n/context.js';
import { AgencyOptions } from '../plan/AgencyOptions.js';
import type { UserPatchBody } from '../../../shared/api/users.js';
import { accountsApi } from './api.js';
import { RowActions } from './RowActions.js';

export interface RowEvents {
  changed: (user: UserAccount) => void;
  temporaryPassword: (user: UserAccount, password: string) => void;
}

export function UserRow({
  user,
  agencies,
  events,
}: {
  user: UserAccount;
  agencies: readonly Agency[];
  events: RowEvents;
}) {
  const t = useT();
  const action = useAction();
  const [name, setName] = useState(user.name);
  const [agency, setAgency] = useState(user.agency);
  const [role, setRole] = useState<Role>(user.role);
  const edited = name !== user.name || agency !== user.agency || role !== user.role;

  const patch = (change: UserPatchBody) =>
    action.run(async () => events.changed(await accountsApi.update(user.id, change)));
  const reset = () =>
    action.run(async () =>
      events.temporaryPassword(user, await accountsApi.resetPassword(user.id)),
    );
  const state = user.disabled
    ? t('admin.users.disabled')
    : user.mustChangePassword
      ? t('admin.users.mustChange')
      : t('admin.users.active');

  return (
    <tr data-testid={`user-row-${user.username}`} className={user.disabled ? 'is-disabled' : ''}>
      <td>
        <code>{user.username}</code>
      </td>
      <td>
        <input
          aria-label={t('admin.users.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </td>
      <td>
        <select
          aria-label={t('admin.users.agency')}
          value={agency}
          onChange={(e) => setAgency(e.target.value)}
          data-testid="user-agency"
        >
          <AgencyOptions agencies={agencies} />
        </select>
      </td>
      <td>
        <select
          aria-label={t('admin.users.role')}
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
          data-testid="user-role"
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </td>
      <td>{state}</td>
      <RowActions
        testPrefix="user"
        edited={edited}
        pending={action.pending}
        error={action.error}
        onSave={() => void patch({ name, agency, role })}
        toggle={{
          label: user.disabled ? t('admin.users.enable') : t('admin.users.disable'),
          switchesOff: !user.disabled,
          onClick: () => void patch({ disabled: !user.disabled }),
        }}
      >
        <button
          type="button"
          className="button"
          disabled={action.pending || user.disabled}
          onClick={() => void reset()}
          data-testid="user-reset"
        >
          {t('admin.users.reset')}
        </button>
      </RowActions>
    </tr>
  );
}
