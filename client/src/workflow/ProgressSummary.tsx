/** Overall progress: a bar with the percentage, and the headline figures. */
import { useI18n } from '../i18n/context.js';
import type { DashboardData } from './wire.js';

export function ProgressSummary({ totals }: { totals: DashboardData['totals'] }) {
  const { t, number } = useI18n();
  const progress = Math.min(1, Math.max(0, totals.progress));
  const percent = number(progress, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <section className="dash-card dash-progress" aria-labelledby="dash-progress-heading">
      <h2 id="dash-progress-heading" className="dash-card__heading">
        {t('wf.dash.progress')}
      </h2>
      <div
        className="progress"
        role="progressbar"
        aria-labelledby="dash-progress-heading"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(progress * 100)}
        aria-valuetext={percent}
        data-testid="dash-progress"
      >
        <div className="progress__fill" style={{ width: `${progress * 100}%` }} />
      </div>
      <p className="dash-progress__value" data-testid="dash-progress-value">
        {t('wf.dash.progressValue', { percent })}
      </p>
      <dl className="figures">
        <div className="figures__item">
          <dt>{t('wf.dash.sections')}</dt>
          <dd>{number(totals.sections)}</dd>
        </div>
        <div
          className={totals.overdue > 0 ? 'figures__item figures__item--alert' : 'figures__item'}
        >
          <dt>{t('wf.dash.overdueCount')}</dt>
          <dd data-testid="dash-overdue-count">{number(totals.overdue)}</dd>
        </div>
        <div className="figures__item">
          <dt>{t('wf.dash.openThreads')}</dt>
          <dd>{number(totals.openThreads)}</dd>
        </div>
      </dl>
    </section>
  );
}
