/** Create an account: the server answers with a one-time temporary password. */
import { useId, useState, type FormEvent } from 'react';
import { ROLES, type Agency, type Role, type UserAccount } from '../../../shared/model.js';
import { useAction } from '../api/useAction.js';
import { useT } from '../i18n/context.js';
import { AgencyOptions } from '../plan/AgencyOptions.js';
import { ActionError } from '../workflow/ActionError.js';
import { accountsApi } from './api.js';

export function NewUserForm({
  agencies,
  onCreated,
}: {
  agencies: readonly Agency[];
  onCreated: (user: UserAccount, temporaryPassword: string) => void;
}) {
  const t = useT();
  const action = useAction();
  const id = useId();
  const [username, setUsername] = useState('');
  const [name, setName] = useState('');
  const [agency, setAgency] = useState(agencies[0]?.code ?? '');
  const [role, setRole] = useState<Role>('editor');
  const [email, setEmail] = useState('');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await action.run(async () => {
      const created = await accountsApi.create({ username, name, agency, role, email });
      onCreated(created.user, created.temporaryPassword);
      setUsername('');
      setName('');
      setEmail('');
    });
  }

  return (
    <form className="admin-form" onSubmit={(e) => void submit(e)} data-testid="new-user-form">
      <h2>{t('admin.users.create')}</h2>
      <div className="admin-form__fields">
        <label>
          {t('admin.users.username')}
          <input
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            autoCapitalize="none"
            spellCheck={false}
            required
            data-testid="new-user-username"
          />
        </label>
        <label>
          {t('admin.users.name')}
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            data-testid="new-user-name"
          />
        </label>
        <label htmlFor={`${id}-agency`}>
          {t('admin.users.agency')}
          <select
            id={`${id}-agency`}
            value={agency}
            onChange={(e) => setAgency(e.target.value)}
            data-testid="new-user-agency"
          >
            <AgencyOptions agencies={agencies} />
          </select>
        </label>
        <label>
          {t('admin.users.role')}
          <select
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
            data-testid="new-user-role"
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('admin.users.email')}
          <input
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            data-testid="new-user-email"
          />
        </label>
      </div>
      <ActionError message={action.error} testId="new-user-error" />
      <button
        type="submit"
        className="button button--primary"
        disabled={action.pending}
        data-testid="new-user-submit"
      >
        {action.pending ? t('admin.users.creating') : t('admin.users.create')}
      </button>
    </form>
  );
}
