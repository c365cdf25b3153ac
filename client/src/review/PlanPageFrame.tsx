/** The page around a plan-wide review screen: header with the plan title, loading and failure. */
import { useEffect, type ReactNode } from 'react';
import { useI18n } from '../i18n/context.js';
import { pick } from '../i18n/localized.js';
import { Page } from '../layout/Page.js';
import { LoadFailed, Loading } from '../layout/Status.js';
import type { LoadState } from '../plan/useLoad.js';
import type { PlanPageData } from './usePlanPage.js';

interface Props {
  state: LoadState<PlanPageData>;
  retry: () => void;
  title: string;
  className: string;
  children: (data: PlanPageData, planTitle: string) => ReactNode;
}

export function PlanPageFrame({ state, retry, title, className, children }: Props) {
  const { t, lang } = useI18n();
  const planTitle =
    state.status === 'ready' ? pick(lang, state.data.plan.titleVi, state.data.plan.titleEn) : '';

  useEffect(() => {
    document.title = `${title} — ${t('app.name')}`;
  }, [title, t]);

  return (
    <Page planTitle={planTitle || undefined}>
      <main id="main" className={`page__main ${className}`} tabIndex={-1}>
        {state.status === 'ready' ? (
          children(state.data, planTitle)
        ) : state.status === 'error' ? (
          <LoadFailed message={state.message} onRetry={retry} />
        ) : (
          <Loading />
        )}
      </main>
    </Page>
  );
}
