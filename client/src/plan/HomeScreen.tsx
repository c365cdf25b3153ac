/** `/`: the only plan opens directly; several are listed. */
import { useEffect } from 'react';
import { api } from '../api/client.js';
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
  const [state, retry] = useLoad('plans', () => api.plans());
  const only = state.status === 'ready' && state.data.length === 1 ? state.data[0] : undefined;

  useEffect(() => {
    if (only) navigate(paths.plan(only.id), { replace: true });
  }, [only]);

  return (
    <Page>
      <main id="main" className="page__main page__main--narrow">
        <h1>{t('plans.title')}</h1>
        {state.status === 'loading' && <Loading />}
        {state.status === 'error' && <LoadFailed message={state.message} onRetry={retry} />}
        {state.status === 'ready' && state.data.length === 0 && <p>{t('plans.empty')}</p>}
        {state.status === 'ready' && state.data.length > 1 && (
          <ul className="plan-list">
            {state.data.map((plan) => (
              <li key={plan.id}>
                <Link to={paths.plan(plan.id)}>{pick(lang, plan.titleVi, plan.titleEn)}</Link>
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
