/** `/`: the plans a user can see; the only one opens directly. Archived plans on asking. */
import { useEffect, useState } from 'react';
import { can } from '../../../shared/policy.js';
import { api } from '../api/client.js';
import { useUser } from '../auth/context.js';
import { useI18n } from '../i18n/context.js';
import { pick } from '../i18n/localized.js';
import { LoadFailed, Loading } from '../layout/Status.js';
import { Page } from '../layout/Page.js';
import { navigate } from '../router/history.js';
import { Link } from '../router/Link.js';
import { paths } from '../router/routes.js';
import { useLoad } from './useLoad.js';

export function HomeScreen() {
  const { t, lang } = useI18n();
  const user = useUser();
  const [withArchived, setWithArchived] = useState(false);
  const [state, retry] = useLoad(withArchived ? 'plans+archived' : 'plans', () =>
    api.plans(withArchived),
  );
  const only =
    state.status === 'ready' && !withArchived && state.data.length === 1
      ? state.data[0]
      : undefined;

  useEffect(() => {
    if (only) navigate(paths.plan(only.id), { replace: true });
  }, [only]);

  return (
    <Page>
      <main id="main" className="page__main page__main--narrow">
        <h1>{t('plans.title')}</h1>
        <label className="plan-list__archived">
          <input
            type="checkbox"
            checked={withArchived}
            onChange={(e) => setWithArchived(e.target.checked)}
            data-testid="plans-show-archived"
          />{' '}
          {t('plans.showArchived')}
        </label>
        {state.status === 'loading' && <Loading />}
        {state.status === 'error' && <LoadFailed message={state.message} onRetry={retry} />}
        {state.status === 'ready' && state.data.length === 0 && (
          <p>
            {t('plans.empty')}{' '}
            {can(user, 'managePlans', null) && (
              <Link to={paths.adminPlans()}>{t('admin.plans.create')}</Link>
            )}
          </p>
        )}
        {state.status === 'ready' && !only && state.data.length > 0 && (
          <ul className="plan-list" data-testid="plan-list">
            {state.data.map((plan) => (
              <li key={plan.id} data-testid={`plan-item-${plan.id}`}>
                <Link to={paths.plan(plan.id)}>{pick(lang, plan.titleVi, plan.titleEn)}</Link>
                {plan.archived && <span className="badge">{t('plans.archivedMark')}</span>}
                <span className="muted">
                  {t('plans.period', {
                    start: plan.periodStart,
                    end: plan.periodEnd,
                    vision: plan.vision,
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </main>
    </Page>
  );
}
