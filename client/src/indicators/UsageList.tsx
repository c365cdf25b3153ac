/** Where an indicator is cited: the sections whose text refers to it, linked, with how often. */
import { useI18n } from '../i18n/context.js';
import { pick } from '../i18n/localized.js';
import type { PlanSection } from '../plan/types.js';
import { Link } from '../router/Link.js';
import { paths } from '../router/routes.js';
import { LoadError } from '../workflow/ActionError.js';
import { useRefreshing } from '../workflow/useRefreshing.js';
import { indicatorApi } from './api.js';

export function UsageList({
  planId,
  indicatorId,
  sections,
}: {
  planId: string;
  indicatorId: string;
  sections: ReadonlyMap<string, PlanSection>;
}) {
  const { t, lang } = useI18n();
  // Read once per indicator chosen: it scans every section's text, which live typing keeps moving.
  const usage = useRefreshing(`usage:${indicatorId}`, 0, () => indicatorApi.usage(indicatorId));
  return (
    <section className="ind-usage" data-testid="ind-usage" aria-labelledby="ind-usage-title">
      <h2 id="ind-usage-title">{t('ind.usage.title')}</h2>
      <LoadError message={usage.error} />
      {!usage.data && !usage.error && <p className="loading">{t('app.loading')}</p>}
      {usage.data?.length === 0 && <p className="muted">{t('ind.usage.none')}</p>}
      <ul>
        {usage.data?.map(({ sectionId, count }) => {
          const section = sections.get(sectionId);
          return (
            <li key={sectionId}>
              <Link to={paths.section(planId, sectionId)}>
                {section
                  ? `${section.number} ${pick(lang, section.titleVi, section.titleEn)}`
                  : sectionId}
              </Link>{' '}
              <span className="muted">{t('ind.usage.count', { count })}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
