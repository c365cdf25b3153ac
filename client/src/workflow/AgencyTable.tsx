/** Per-agency progress: sections led, by status, overdue, comments to answer, activity, words. */
import { useI18n } from '../i18n/context.js';
import { statusName } from '../i18n/localized.js';
import { agencyName, type AgencyDirectory } from '../plan/agencies.js';
import { STATUS_COLORS } from './statusColors.js';
import { statusParts } from './statusParts.js';
import type { AgencyRow } from './wire.js';

interface Props {
  rows: AgencyRow[];
  agencies: AgencyDirectory;
}

export function AgencyTable({ rows, agencies }: Props) {
  const { t, lang, number, date } = useI18n();
  return (
    <section className="dash-section" aria-labelledby="dash-agencies-heading">
      <h2 id="dash-agencies-heading">{t('wf.dash.agencies')}</h2>
      <div
        className="table-scroll"
        role="region"
        aria-labelledby="dash-agencies-heading"
        tabIndex={0}
      >
        <table className="data-table" data-testid="dash-agencies">
          <thead>
            <tr>
              <th scope="col">{t('wf.dash.col.agency')}</th>
              <th scope="col" className="num">
                {t('wf.dash.col.owned')}
              </th>
              <th scope="col">{t('wf.dash.col.byStatus')}</th>
              <th scope="col" className="num">
                {t('wf.dash.col.overdue')}
              </th>
              <th scope="col" className="num">
                {t('wf.dash.col.toAnswer')}
              </th>
              <th scope="col">{t('wf.dash.col.lastActivity')}</th>
              <th scope="col" className="num">
                {t('wf.dash.col.words')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.agency}
                data-testid={`dash-agency-${row.agency}`}
                className={row.overdue > 0 ? 'data-table__row--late' : undefined}
              >
                <th scope="row">{agencyName(agencies, row.agency, lang)}</th>
                <td className="num">{number(row.owned)}</td>
                <td>
                  <ul className="inline-counts">
                    {statusParts(row.byStatus).map(({ status, count }) => (
                      <li key={status}>
                        <span
                          className="swatch swatch--small"
                          style={{ backgroundColor: STATUS_COLORS[status] }}
                          aria-hidden="true"
                        />
                        {number(count)} {statusName(lang, status)}
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="num" data-testid="dash-agency-overdue">
                  {row.overdue > 0 ? (
                    <strong className="late">{number(row.overdue)}</strong>
                  ) : (
                    number(0)
                  )}
                </td>
                <td className="num">{number(row.toAnswer)}</td>
                <td className="data-table__date">
                  {row.lastActivity ? (
                    date(row.lastActivity)
                  ) : (
                    <span className="muted">{t('wf.dash.never')}</span>
                  )}
                </td>
                <td className="num">{number(row.words)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
