/** `/admin/plans`: every plan, archived ones included; created, renamed, archived, restored. */
import type { PlanSummary } from '../../../shared/model.js';
import { api } from '../api/client.js';
import { useT } from '../i18n/context.js';
import { useLoad } from '../plan/useLoad.js';
import { AdminPage } from './AdminPage.js';
import { NewPlanForm } from './NewPlanForm.js';
import { PlanRow } from './PlanRow.js';
import { useEditedList } from './useEditedList.js';

const idOf = (plan: PlanSummary) => plan.id;

export function PlansPage() {
  const t = useT();
  const [state, retry] = useLoad('admin-plans', () => api.plans(true));
  const {
    items: plans,
    remember,
    notice,
  } = useEditedList(state.status === 'ready' ? state.data : null, idOf);

  return (
    <AdminPage
      tab="plans"
      permission="managePlans"
      title="admin.plans.title"
      intro="admin.plans.intro"
      state={state}
      retry={retry}
      notice={notice}
    >
      {() => (
        <>
          <NewPlanForm
            onCreated={(plan) => remember(plan, t('admin.plans.created', { code: plan.code }))}
          />
          <div className="table-scroll">
            <table className="admin-table">
              <thead>
                <tr>
                  <th scope="col">{t('admin.plans.code')}</th>
                  <th scope="col">{t('admin.plans.titles')}</th>
                  <th scope="col">{t('admin.plans.province')}</th>
                  <th scope="col">{t('admin.users.state')}</th>
                  <th scope="col">{t('admin.users.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {plans.map((plan) => (
                  <PlanRow
                    key={plan.id}
                    plan={plan}
                    onChanged={(p) => remember(p, t('admin.plans.saved', { code: p.code }))}
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
