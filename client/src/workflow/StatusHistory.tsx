/** "Lịch sử trạng thái": who moved the section, from what to what, when, and why. */
import { useI18n } from '../i18n/context.js';
import { statusName } from '../i18n/localized.js';
import { agencyName, type AgencyDirectory } from '../plan/agencies.js';
import type { PlanSection } from '../plan/types.js';
import { LoadError } from './ActionError.js';
import { workflowApi } from './api.js';
import { useRefreshing } from './useRefreshing.js';

interface Props {
  section: PlanSection;
  agencies: AgencyDirectory;
}

export function StatusHistory({ section, agencies }: Props) {
  const { t, lang, dateTime } = useI18n();
  // A new status (or lock) in the plan room means a new history row: ask again.
  const version = `${section.status}|${section.lock?.at ?? ''}`;
  const { data, error } = useRefreshing(`history:${section.id}`, version, () =>
    workflowApi.history(section.id),
  );

  return (
    <section
      className="panel status-history"
      aria-labelledby="status-history-heading"
      data-testid="status-history"
    >
      <h2 id="status-history-heading" className="panel__heading">
        {t('wf.history.title')}
      </h2>
      <LoadError message={error} />
      {data === null && !error && <p className="muted">{t('app.loading')}</p>}
      {data?.length === 0 && <p className="muted">{t('wf.history.empty')}</p>}
      {data && data.length > 0 && (
        <ol className="status-history__list">
          {data.map((change, index) => (
            <li key={`${change.at}-${index}`} className="status-history__item">
              <p className="status-history__change">
                {t('wf.history.change', {
                  from: statusName(lang, change.from),
                  to: statusName(lang, change.to),
                })}
              </p>
              <p className="status-history__meta">
                <time dateTime={change.at}>{dateTime(change.at)}</time>
                {' · '}
                {change.actorName
                  ? t('wf.history.by', {
                      name: change.actorName,
                      agency: agencyName(agencies, change.agency, lang),
                    })
                  : t('wf.history.system')}
              </p>
              {change.note && <p className="status-history__note">{change.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
