/**
 * The frame of a plan-wide page (dashboard, my sections, outline, audit, inbox, summary): the plan
 * title in the header, the document title, loading, failure and, for a page the policy keeps from
 * this person, a refusal. The content gets the loaded, live plan (usePlanPage).
 */
import { useEffect, type ReactNode } from 'react';
import { can, type Action, type ActionResources } from '../../../shared/policy.js';
import { useUser } from '../auth/context.js';
import { useI18n } from '../i18n/context.js';
import { pick } from '../i18n/localized.js';
import { Page } from '../layout/Page.js';
import { Forbidden, LoadFailed, Loading } from '../layout/Status.js';
import { Link } from '../router/Link.js';
import { paths } from '../router/routes.js';
import { usePlanPage, type PlanPageData } from './usePlanPage.js';

/** The plan-wide actions (asked about no particular resource). */
type PageAction = { [A in Action]: ActionResources[A] extends null ? A : never }[Action];

interface Props {
  planId: string;
  /** The page's name: in the document title, and the heading with `heading`. */
  title: string;
  /** The class of <main> (next to page__main). */
  className: string;
  testId?: string;
  /** Above the content, whatever its state: a way back to the outline and `title` as <h1>. */
  heading?: boolean;
  /** A line under the heading. */
  intro?: string;
  /** The policy action this page needs. */
  requires?: PageAction;
  children: (data: PlanPageData, planTitle: string) => ReactNode;
}

export function PlanPageFrame(props: Props) {
  const { planId, title, className, testId, heading, intro, requires, children } = props;
  const { t, lang } = useI18n();
  const user = useUser();
  const [state, retry] = usePlanPage(planId);
  const planTitle =
    state.status === 'ready' ? pick(lang, state.data.plan.titleVi, state.data.plan.titleEn) : '';

  useEffect(() => {
    document.title = `${title} — ${t('app.name')}`;
  }, [title, t]);

  return (
    <Page planTitle={planTitle || undefined}>
      <main id="main" className={`page__main ${className}`} tabIndex={-1} data-testid={testId}>
        {heading && (
          <>
            <p className="workflow-page__back">
              <Link to={paths.plan(planId)}>← {t('plan.backToOutline')}</Link>
            </p>
            <div className="workflow-page__heading">
              <div>
                <h1>{title}</h1>
                {intro && <p className="muted workflow-page__intro">{intro}</p>}
              </div>
            </div>
          </>
        )}
        {state.status === 'ready' ? (
          requires && !can(user, requires, null) ? (
            <Forbidden />
          ) : (
            children(state.data, planTitle)
          )
        ) : state.status === 'error' ? (
          <LoadFailed message={state.message} onRetry={retry} />
        ) : (
          <Loading />
        )}
      </main>
    </Page>
  );
}
