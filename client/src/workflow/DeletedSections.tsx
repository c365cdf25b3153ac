/** "Đã xóa": sections taken out of the outline, each with Restore. */
import { useI18n } from '../i18n/context.js';
import { pick } from '../i18n/localized.js';
import { agencyName, type AgencyDirectory } from '../plan/agencies.js';
import { LoadError } from './ActionError.js';
import { workflowApi } from './api.js';
import type { Perform } from './OutlineEditRow.js';
import { useRefreshing } from './useRefreshing.js';

interface Props {
  planId: string;
  /** The plan room's revision: a delete or a restore shows up there first. */
  version: number;
  agencies: AgencyDirectory;
  perform: Perform;
}

export function DeletedSections({ planId, version, agencies, perform }: Props) {
  const { t, lang } = useI18n();
  const { data, error } = useRefreshing(`deleted:${planId}`, version, () =>
    workflowApi.deletedSections(planId),
  );

  return (
    <section
      className="dash-section"
      aria-labelledby="deleted-heading"
      data-testid="deleted-sections"
    >
      <h2 id="deleted-heading">{t('wf.outline.trash')}</h2>
      <p className="muted">{t('wf.outline.trashIntro')}</p>
      <LoadError message={error} />
      {data?.length === 0 && <p className="muted">{t('wf.outline.trashEmpty')}</p>}
      {data && data.length > 0 && (
        <ul className="deleted-list">
          {data.map((section) => (
            <li
              key={section.id}
              className="deleted-list__item"
              data-testid={`deleted-${section.id}`}
            >
              <span>
                <strong>{section.number}</strong> {pick(lang, section.titleVi, section.titleEn)}
                <span className="muted"> · {agencyName(agencies, section.owner, lang)}</span>
              </span>
              <button
                type="button"
                className="button button--small"
                aria-label={t('wf.outline.restoreLabel', { number: section.number })}
                onClick={() =>
                  void perform(
                    () => workflowApi.restoreSection(section.id),
                    t('wf.outline.restored', { number: section.number }),
                  )
                }
                data-testid={`restore-${section.id}`}
              >
                {t('wf.outline.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
