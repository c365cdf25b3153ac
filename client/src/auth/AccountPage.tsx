/** `/account`: everyone changes their own name and password. */
import { useId, useState, type FormEvent } from 'react';
import { api } from '../api/client.js';
import { useAction } from '../api/useAction.js';
import { useT } from '../i18n/context.js';
import { Page } from '../layout/Page.js';
import { ActionError } from '../workflow/ActionError.js';
import { ChangePasswordForm } from './ChangePasswordForm.js';
import { useSession, useUser } from './context.js';

export function AccountPage() {
  const t = useT();
  const user = useUser();
  const { update } = useSession();
  const action = useAction();
  const [name, setName] = useState(user.name);
  const [saved, setSaved] = useState(false);
  const id = useId();

  async function saveName(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    let renamed = user;
    if (await action.run(async () => (renamed = await api.rename(name)))) {
      update(renamed, false);
      setSaved(true);
    }
  }

  return (
    <Page>
      <main id="main" className="page__main page__main--narrow">
        <h1>{t('account.title')}</h1>
        <p className="muted">
          {user.username} · {user.agency} · {t(`role.${user.role}`)}
        </p>
        <form className="stack-form" onSubmit={(e) => void saveName(e)}>
          <label htmlFor={`${id}-name`}>{t('account.name')}</label>
          <input
            id={`${id}-name`}
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoComplete="name"
            required
          />
          <ActionError message={action.error} />
          {saved && <p role="status">{t('account.nameSaved')}</p>}
          <button type="submit" className="button" disabled={action.pending}>
            {t('account.saveName')}
          </button>
        </form>
        <h2>{t('account.password.title')}</h2>
        <ChangePasswordForm />
      </main>
    </Page>
  );
}
