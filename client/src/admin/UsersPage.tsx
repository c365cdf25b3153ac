/** `/admin/users`: the administrator's list of accounts, searched, created and changed. */
import { useMemo, useState } from 'react';
import type { Agency, UserAccount } from '../../../shared/model.js';
import { api } from '../api/client.js';
import { useT } from '../i18n/context.js';
import { useLoad } from '../plan/useLoad.js';
import { AdminPage } from './AdminPage.js';
import { accountsApi } from './api.js';
import { NewUserForm } from './NewUserForm.js';
import { UserRow, type RowEvents } from './UserRow.js';
import { useEditedList } from './useEditedList.js';

interface Loaded {
  users: UserAccount[];
  agencies: Agency[];
}

const idOf = (user: UserAccount) => user.id;

const matches = (user: UserAccount, needle: string): boolean =>
  [user.username, user.name, user.email ?? '', user.agency].some((field) =>
    field.toLowerCase().includes(needle),
  );

export function UsersPage() {
  const t = useT();
  const [state, retry] = useLoad<Loaded>('admin-users', async () => {
    const [users, agencies] = await Promise.all([accountsApi.list(), api.agencies()]);
    return { users, agencies };
  });
  const [query, setQuery] = useState('');
  const { items, remember, notice, setNotice } = useEditedList(
    state.status === 'ready' ? state.data.users : null,
    idOf,
  );
  const users = useMemo(() => {
    const needle = query.trim().toLowerCase();
    return items.filter((u) => matches(u, needle));
  }, [items, query]);

  const showPassword = (user: UserAccount, password: string) =>
    setNotice(t('admin.users.temporary', { username: user.username, password }));
  const events: RowEvents = {
    changed: (user) => remember(user, t('admin.users.saved', { username: user.username })),
    temporaryPassword: (user, password) => {
      remember({ ...user, mustChangePassword: true });
      showPassword(user, password);
    },
  };

  return (
    <AdminPage
      tab="users"
      permission="manageUsers"
      title="admin.users.title"
      state={state}
      retry={retry}
      notice={notice}
    >
      {(data) => (
        <>
          <NewUserForm
            agencies={data.agencies}
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
                  <UserRow key={user.id} user={user} agencies={data.agencies} events={events} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </AdminPage>
  );
}
