/** The frame of a plan-wide page: header with the plan title, a way back, the heading, the content. */
import { useEffect, type ReactNode } from 'react';
import { useI18n } from '../i18n/context.js';
import { pick } from '../i18n/localized.js';
import { LoadFailed, Loading } from '../layout/Status.js';
import { Page } from '../layout/Page.js';
import { Link } from '../router/Link.js';
import { paths } from '../router/routes.js';
import { usePlanPage, type PlanPageData } from './usePlanPage.js';

interface Props {
  planId: string;
  title: string;
  /** A line under the heading. */
  intro?: string;
  testId: string;
  /** Extra controls at the right of the heading (export links). */
  actions?: ReactNode;
  children: (data: PlanPageData) => ReactNode;
}

export function PlanPageLayout({ planId, title, intro, testId, actions, children }: Props) {
  const { t, lang } = useI18n();
  const { state, retry, data } = usePlanPage(planId);
  const planTitle = data ? pick(lang, data.plan.titleVi, data.plan.titleEn) : undefined;

  useEffect(() => {
    document.title = `${title} — ${t('app.name')}`;
  }, [title, t]);

  return (
    <Page planTitle={planTitle}>
      <main id="main" className="page__main workflow-page" tabIndex={-1} data-testid={testId}>
        <p className="workflow-page__back">
          <Link to={paths.plan(planId)}>← {t('plan.backToOutline')}</Link>
        </p>
        <div className="workflow-page__heading">
          <div>
            <h1>{title}</h1>
            {intro && <p className="muted workflow-page__intro">{intro}</p>}
          </div>
          {actions}
        </div>
        {state.status === 'error' && <LoadFailed message={state.message} onRetry={retry} />}
        {state.status === 'loading' && <Loading />}
        {data && children(data)}
      </main>
    </Page>
  );
}
