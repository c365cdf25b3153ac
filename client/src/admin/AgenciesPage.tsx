/** `/admin/agencies`: the administrator's list of agencies, created, renamed and retired. */
import type { ManagedAgency } from '../../../shared/model.js';
import { api } from '../api/client.js';
import { useT } from '../i18n/context.js';
import { useLoad } from '../plan/useLoad.js';
import { AdminPage } from './AdminPage.js';
import { AgencyRow } from './AgencyRow.js';
import { NewAgencyForm } from './NewAgencyForm.js';
import { useEditedList } from './useEditedList.js';

const codeOf = (agency: ManagedAgency) => agency.code;

export function AgenciesPage() {
  const t = useT();
  const [state, retry] = useLoad('admin-agencies', () => api.agencies());
  const {
    items: agencies,
    remember,
    notice,
  } = useEditedList(state.status === 'ready' ? state.data : null, codeOf);

  return (
    <AdminPage
      tab="agencies"
      permission="manageAgencies"
      title="admin.agencies.title"
      intro="admin.agencies.intro"
      state={state}
      retry={retry}
      notice={notice}
    >
      {() => (
        <>
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
    </AdminPage>
  );
}
