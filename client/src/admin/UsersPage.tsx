/** `/admin/users`: the administrator's list of accounts, searched, created and changed. */
import { useMemo, useState } from 'react';
import type { Agency, UserAccount } from '../../../shared/model.js';
import { can } from '../../../shared/policy.js';
import { api } from '../api/client.js';
import { useUser } from '../auth/context.js';
import { useT } from '../i18n/context.js';
import { Page } from '../layout/Page.js';
import { LoadFailed, Loading } from '../layout/Status.js';
import { useLoad } from '../plan/useLoad.js';
import { AdminNav } from './AdminNav.js';
import { accountsApi } from './api.js';
import { NewUserForm } from './NewUserForm.js';
import { UserRow, type RowEvents } from './UserRow.js';

interface Loaded {
  users: UserAccount[];
  agencies: Agency[];
}

const matches = (user: UserAccount, needle: string): boolean =>
  [user.username, user.name, user.email ?? '', user.agency].some((field) =>
    field.toLowerCase().includes(needle),
  );

export function UsersPage() {
  const t = useT();
  const me = useUser();
  const [state, retry] = useLoad<Loaded>('admin-users', async () => {
    const [users, agencies] = await Promise.all([accountsApi.list(), api.agencies()]);
    return { users, agencies };
  });
  const [changes, setChanges] = useState<Map<string, UserAccount>>(new Map());
  const [query, setQuery] = useState('');
  const [notice, setNotice] = useState<string | null>(null);

  const users = useMemo(() => {
    if (state.status !== 'ready') return [];
    const known = state.data.users.map((u) => changes.get(u.id) ?? u);
    const added = [...changes.values()].filter((u) => !state.data.users.some((k) => k.id === u.id));
    const needle = query.trim().toLowerCase();
    return [...known, ...added].filter((u) => matches(u, needle));
  }, [state, changes, query]);

  const remember = (user: UserAccount) => setChanges((m) => new Map(m).set(user.id, user));
  const showPassword = (user: UserAccount, password: string) =>
    setNotice(t('admin.users.temporary', { username: user.username, password }));
  const events: RowEvents = {
    changed: (user) => {
      remember(user);
      setNotice(t('admin.users.saved', { username: user.username }));
    },
    temporaryPassword: (user, password) => {
      remember({ ...user, mustChangePassword: true });
      showPassword(user, password);
    },
  };

  if (!can(me, 'manageUsers', null)) {
    return (
      <Page>
        <main id="main" className="page__main page__main--narrow">
          <p>{t('error.forbidden')}</p>
        </main>
      </Page>
    );
  }

  return (
    <Page>
      <main id="main" className="page__main admin-page" data-testid="users-page">
        <AdminNav current="users" />
        <h1>{t('admin.users.title')}</h1>
        {state.status === 'loading' && <Loading />}
        {state.status === 'error' && <LoadFailed message={state.message} onRetry={retry} />}
        {state.status === 'ready' && (
          <>
            <p role="status" className="admin-notice" data-testid="admin-notice">
              {notice}
            </p>
            <NewUserForm
              agencies={state.data.agencies}
              onCreated={(user, password) => {
                remember(user);
                showPassword(user, password);
              }}
            />
            <label className="admin-search">
              {t('admin.users.search')}
              <input
                type="search"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                data-testid="user-search"
              />
            </label>
            <p className="muted">{t('admin.users.count', { count: users.length })}</p>
            <div className="table-scroll">
              <table className="admin-table">
                <thead>
                  <tr>
                    <th scope="col">{t('admin.users.username')}</th>
                    <th scope="col">{t('admin.users.name')}</th>
                    <th scope="col">{t('admin.users.agency')}</th>
                    <th scope="col">{t('admin.users.role')}</th>
                    <th scope="col">{t('admin.users.state')}</th>
                    <th scope="col">{t('admin.users.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {users.map((user) => (
                    <UserRow
                      key={user.id}
                      user={user}
                      agencies={state.data.agencies}
                      events={events}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </main>
    </Page>
  );
}
