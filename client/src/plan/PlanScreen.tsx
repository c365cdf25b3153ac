/** A plan: sidebar contents plus either the outline or one section's editor. Live via the plan room. */
import { lazy, Suspense, useEffect } from 'react';
import { useI18n } from '../i18n/context.js';
import { pick } from '../i18n/localized.js';
import { LoadFailed, Loading } from '../layout/Status.js';
import { Page } from '../layout/Page.js';
import { Link } from '../router/Link.js';
import { paths } from '../router/routes.js';
import { EditionsPanel } from '../versions/EditionsPanel.js';
import { PlanOverview } from './PlanOverview.js';
import { TableOfContents } from './TableOfContents.js';
import { usePlanPage } from './usePlanPage.js';

/** The editor (Tiptap, ProseMirror) is the heavy part: load it when a section opens. */
const SectionScreen = lazy(() =>
  import('../editor/SectionScreen.js').then((module) => ({ default: module.SectionScreen })),
);

export function PlanScreen({ planId, sectionId }: { planId: string; sectionId: string | null }) {
  const { t, lang } = useI18n();
  const [state, retry] = usePlanPage(planId);
  const plan = state.status === 'ready' ? state.data.plan : null;

  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [sectionId]);

  const planTitle = plan ? pick(lang, plan.titleVi, plan.titleEn) : undefined;
  useEffect(() => {
    document.title = planTitle ? `${planTitle} — ${t('app.name')}` : t('app.name');
  }, [planTitle, t]);

  if (state.status !== 'ready') {
    return (
      <Page>
        <main id="main" className="page__main page__main--narrow">
          {state.status === 'error' ? (
            <LoadFailed message={state.message} onRetry={retry} />
          ) : (
            <Loading />
          )}
        </main>
      </Page>
    );
  }

  const { agencies, sections, outline, live } = state.data;
  const section = sectionId === null ? null : (sections.get(sectionId) ?? null);
  return (
    <Page planTitle={planTitle}>
      <div className="plan-layout">
        <aside className="plan-layout__toc">
          <TableOfContents planId={planId} outline={outline} activeId={sectionId} />
        </aside>
        <main id="main" className="plan-layout__main" tabIndex={-1}>
          {plan?.archived && (
            <p className="banner banner--readonly" data-testid="plan-archived">
              {t('plans.archivedBanner')}
            </p>
          )}
          {sectionId === null && (
            <>
              <PlanOverview
                plan={state.data.plan}
                outline={outline}
                agencies={agencies}
                sectionCount={sections.size}
                live={live}
              />
              <EditionsPanel planId={planId} sections={sections} />
            </>
          )}
          {sectionId !== null && section && (
            <Suspense fallback={<Loading />}>
              <SectionScreen
                key={section.id}
                planId={planId}
                section={section}
                agencies={agencies}
                archived={plan?.archived ?? false}
              />
            </Suspense>
          )}
          {sectionId !== null && !section && (
            <div className="alert" role="alert">
              <p>{t('plan.sectionNotFound')}</p>
              <Link to={paths.plan(planId)}>{t('plan.backToOutline')}</Link>
            </div>
          )}
        </main>
      </div>
    </Page>
  );
}
