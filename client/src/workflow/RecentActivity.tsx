/** The latest status changes, locks, assignments, outline changes and edits. */
import { useI18n } from '../i18n/context.js';
import { agencyName, type AgencyDirectory } from '../plan/agencies.js';
import type { PlanSection } from '../plan/types.js';
import { Link } from '../router/Link.js';
import { paths } from '../router/routes.js';
import { actionLabel } from './auditActions.js';
import { auditDetail } from './auditDetail.js';
import type { ActivityRow } from './wire.js';

interface Props {
  planId: string;
  items: ActivityRow[];
  sections: ReadonlyMap<string, PlanSection>;
  agencies: AgencyDirectory;
}

export function RecentActivity({ planId, items, sections, agencies }: Props) {
  const { t, lang, dateTime } = useI18n();
  return (
    <section className="dash-section" aria-labelledby="dash-recent-heading">
      <h2 id="dash-recent-heading">{t('wf.dash.recent')}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('wf.dash.recentEmpty')}</p>
      ) : (
        <ol className="activity" data-testid="dash-recent">
          {items.map((item, index) => {
            const section = item.sectionId ? sections.get(item.sectionId) : undefined;
            return (
              <li key={`${item.at}-${index}`} className="activity__item">
                <time className="activity__time" dateTime={item.at}>
                  {dateTime(item.at)}
                </time>
                <span className="activity__what">
                  <strong>{item.actorName ?? '—'}</strong>
                  {item.agency && (
                    <span className="muted"> · {agencyName(agencies, item.agency, lang)}</span>
                  )}
                  {' — '}
                  {actionLabel(t, item.action)}
                  {section && (
                    <>
                      {' '}
                      <Link to={paths.section(planId, section.id)}>{section.number}</Link>
                    </>
                  )}
                  {item.detail && (
                    <span className="activity__detail">
                      {' '}
                      {auditDetail(t, lang, item.action, item.detail)}
                    </span>
                  )}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
