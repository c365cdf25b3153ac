/** `/admin/plans`: every plan, archived ones included; created, renamed, archived, restored. */
import { useMemo, useState } from 'react';
import type { PlanSummary } from '../../../shared/model.js';
import { can } from '../../../shared/policy.js';
import { api } from '../api/client.js';
import { useUser } from '../auth/context.js';
import { useT } from '../i18n/context.js';
import { Page } from '../layout/Page.js';
import { LoadFailed, Loading } from '../layout/Status.js';
import { useLoad } from '../plan/useLoad.js';
import { AdminNav } from './AdminNav.js';
import { NewPlanForm } from './NewPlanForm.js';
import { PlanRow } from './PlanRow.js';

export function PlansPage() {
  const t = useT();
  const me = useUser();
  const [state, retry] = useLoad('admin-plans', () => api.plans(true));
  const [changes, setChanges] = useState<Map<string, PlanSummary>>(new Map());
  const [notice, setNotice] = useState<string | null>(null);

  const plans = useMemo(() => {
    if (state.status !== 'ready') return [];
    const known = state.data.map((p) => changes.get(p.id) ?? p);
    const added = [...changes.values()].filter((p) => !state.data.some((k) => k.id === p.id));
    return [...known, ...added];
  }, [state, changes]);

  const remember = (plan: PlanSummary, message: string) => {
    setChanges((m) => new Map(m).set(plan.id, plan));
    setNotice(message);
  };

  if (!can(me, 'managePlans', null)) {
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
      <main id="main" className="page__main admin-page" data-testid="plans-page">
        <AdminNav current="plans" />
        <h1>{t('admin.plans.title')}</h1>
        <p className="muted">{t('admin.plans.intro')}</p>
        {state.status === 'loading' && <Loading />}
        {state.status === 'error' && <LoadFailed message={state.message} onRetry={retry} />}
        {state.status === 'ready' && (
          <>
            <p role="status" className="admin-notice" data-testid="admin-notice">
              {notice}
            </p>
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
      </main>
    </Page>
  );
}
