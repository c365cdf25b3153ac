/** The audit entries: time to the second, person, agency, action, section, detail, address. */
import type { AuditEntryWire } from '../api/auditWire.js';
import { useI18n } from '../i18n/context.js';
import { agencyName, type AgencyDirectory } from '../plan/agencies.js';
import type { PlanSection } from '../plan/types.js';
import { Link } from '../router/Link.js';
import { paths } from '../router/routes.js';
import { actionLabel } from './auditActions.js';
import { auditDetail } from './auditDetail.js';
import { formatDateTimeSeconds } from './time.js';

interface Props {
  planId: string;
  entries: AuditEntryWire[];
  sections: ReadonlyMap<string, PlanSection>;
  agencies: AgencyDirectory;
}

export function AuditTable({ planId, entries, sections, agencies }: Props) {
  const { t, lang } = useI18n();
  return (
    <div className="table-scroll" tabIndex={0} aria-label={t('wf.audit.title')} role="region">
      <table className="data-table data-table--dense" data-testid="audit-table">
        <caption className="visually-hidden">{t('wf.audit.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('wf.audit.col.time')}</th>
            <th scope="col">{t('wf.audit.col.person')}</th>
            <th scope="col">{t('wf.audit.col.agency')}</th>
            <th scope="col">{t('wf.audit.col.action')}</th>
            <th scope="col">{t('wf.audit.col.section')}</th>
            <th scope="col">{t('wf.audit.col.detail')}</th>
            <th scope="col">{t('wf.audit.col.address')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const section = entry.sectionId ? sections.get(entry.sectionId) : undefined;
            return (
              <tr
                key={String(entry.id)}
                data-testid="audit-row"
                data-action={entry.action}
                data-section={entry.sectionId ?? ''}
              >
                <td className="data-table__date">
                  <time dateTime={entry.at}>{formatDateTimeSeconds(lang, entry.at)}</time>
                </td>
                <td>{entry.actorName ?? '—'}</td>
                <td>{entry.agency ? agencyName(agencies, entry.agency, lang) : '—'}</td>
                <td>
                  <span className="audit-action" data-action={entry.action}>
                    {actionLabel(t, entry.action)}
                  </span>
                </td>
                <td>
                  {section ? (
                    <Link to={paths.section(planId, section.id)}>{section.number}</Link>
                  ) : (
                    (entry.sectionId ?? '—')
                  )}
                </td>
                <td className="data-table__detail">
                  {auditDetail(t, lang, entry.action, entry.detail)}
                </td>
                <td className="data-table__mono">{entry.address ?? '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
