/** The overdue sections, latest first: section, lead agency, due date, days late. */
import { useI18n } from '../i18n/context.js';
import { pick, statusName } from '../i18n/localized.js';
import { agencyName, type AgencyDirectory } from '../plan/agencies.js';
import { Link } from '../router/Link.js';
import { paths } from '../router/routes.js';
import { localDate } from './overdue.js';
import type { OverdueRow } from './wire.js';

interface Props {
  planId: string;
  rows: OverdueRow[];
  agencies: AgencyDirectory;
}

export function OverdueList({ planId, rows, agencies }: Props) {
  const { t, lang, number, date } = useI18n();
  return (
    <section className="dash-section" aria-labelledby="dash-overdue-heading">
      <h2 id="dash-overdue-heading">{t('wf.dash.overdue')}</h2>
      {rows.length === 0 ? (
        <p className="muted" data-testid="dash-overdue-empty">
          {t('wf.dash.overdueEmpty')}
        </p>
      ) : (
        <table className="data-table" data-testid="dash-overdue">
          <thead>
            <tr>
              <th scope="col">{t('wf.dash.col.section')}</th>
              <th scope="col">{t('wf.dash.col.owner')}</th>
              <th scope="col">{t('plan.col.status')}</th>
              <th scope="col">{t('wf.dash.col.due')}</th>
              <th scope="col" className="num">
                {t('wf.dash.col.daysLate')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.sectionId} data-testid={`dash-overdue-${row.sectionId}`}>
                <td>
                  <Link to={paths.section(planId, row.sectionId)}>
                    {row.number} {pick(lang, row.titleVi, row.titleEn)}
                  </Link>
                </td>
                <td>{agencyName(agencies, row.owner, lang)}</td>
                <td>{statusName(lang, row.status)}</td>
                <td className="data-table__date">{date(localDate(row.dueDate))}</td>
                <td className="num">
                  <strong className="late">
                    {t('wf.dash.daysLate', { days: number(row.daysLate) })}
                  </strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
