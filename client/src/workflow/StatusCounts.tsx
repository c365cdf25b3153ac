/** "Số mục theo trạng thái": every status in process order, its colour and how many sections. */
import { STATUS_CODES, type StatusCode } from '../../../shared/statuses.js';
import { useI18n } from '../i18n/context.js';
import { statusName } from '../i18n/localized.js';
import { STATUS_COLORS } from './statusColors.js';

export function StatusCounts({ byStatus }: { byStatus: Partial<Record<string, number>> }) {
  const { t, lang, number } = useI18n();
  return (
    <section className="dash-card" aria-labelledby="dash-status-heading">
      <h2 id="dash-status-heading" className="dash-card__heading">
        {t('wf.dash.byStatus')}
      </h2>
      <ul className="status-counts" data-testid="dash-status-counts">
        {STATUS_CODES.map((code: StatusCode) => (
          <li key={code} className="status-counts__item" data-status={code}>
            <span
              className="swatch"
              style={{ backgroundColor: STATUS_COLORS[code] }}
              aria-hidden="true"
            />
            <span className="status-counts__name">{statusName(lang, code)}</span>
            <span className="status-counts__value">{number(byStatus[code] ?? 0)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
