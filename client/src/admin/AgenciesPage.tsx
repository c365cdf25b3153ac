/** `/admin/agencies`: the administrator's list of agencies, created, renamed and retired. */
import { useMemo, useState } from 'react';
import type { ManagedAgency } from '../../../shared/model.js';
import { can } from '../../../shared/policy.js';
import { api } from '../api/client.js';
import { useUser } from '../auth/context.js';
import { useT } from '../i18n/context.js';
import { Page } from '../layout/Page.js';
import { LoadFailed, Loading } from '../layout/Status.js';
import { useLoad } from '../plan/useLoad.js';
import { AdminNav } from './AdminNav.js';
import { AgencyRow } from './AgencyRow.js';
import { NewAgencyForm } from './NewAgencyForm.js';

export function AgenciesPage() {
  const t = useT();
  const me = useUser();
  const [state, retry] = useLoad('admin-agencies', () => api.agencies());
  const [changes, setChanges] = useState<Map<string, ManagedAgency>>(new Map());
  const [notice, setNotice] = useState<string | null>(null);

  const agencies = useMemo(() => {
    if (state.status !== 'ready') return [];
    const known = state.data.map((a) => changes.get(a.code) ?? a);
    const added = [...changes.values()].filter((a) => !state.data.some((k) => k.code === a.code));
    return [...known, ...added];
  }, [state, changes]);

  const remember = (agency: ManagedAgency, message: string) => {
    setChanges((m) => new Map(m).set(agency.code, agency));
    setNotice(message);
  };

  if (!can(me, 'manageAgencies', null)) {
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
      <main id="main" className="page__main admin-page" data-testid="agencies-page">
        <AdminNav current="agencies" />
        <h1>{t('admin.agencies.title')}</h1>
        <p className="muted">{t('admin.agencies.intro')}</p>
        {state.status === 'loading' && <Loading />}
        {state.status === 'error' && <LoadFailed message={state.message} onRetry={retry} />}
        {state.status === 'ready' && (
          <>
            <p role="status" className="admin-notice" data-testid="admin-notice">
              {notice}
            </p>
            <NewAgencyForm
              onCreated={(agency) =>
                remember(agency, t('admin.agencies.created', { code: agency.code }))
              }
            />
            <p className="muted">{t('admin.agencies.count', { count: agencies.length })}</p>
            <div className="table-scroll">
              <table className="admin-table">
                <thead>
                  <tr>
                    <th scope="col">{t('admin.agencies.code')}</th>
                    <th scope="col">{t('admin.agencies.nameVi')}</th>
                    <th scope="col">{t('admin.agencies.nameEn')}</th>
                    <th scope="col">{t('admin.agencies.kind')}</th>
                    <th scope="col">{t('admin.users.state')}</th>
                    <th scope="col">{t('admin.users.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {agencies.map((agency) => (
                    <AgencyRow
                      key={agency.code}
                      agency={agency}
                      onChanged={(a) => remember(a, t('admin.agencies.saved', { code: a.code }))}
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
