/** The panel's title with the number of open threads, and a way to the summary table. */
import { useT } from '../../i18n/context.js';
import { Link } from '../../router/Link.js';
import { CountBadge } from '../CountBadge.js';
import { summaryPath, useCurrentPlanId } from '../planRoute.js';

export function PanelHeader({ sectionId, count }: { sectionId: string; count: number }) {
  const t = useT();
  const planId = useCurrentPlanId();
  return (
    <div className="comments__header">
      <h2 id="comments-heading" className="panel__heading comments__title">
        {t('review.panel.title')}
        {count > 0 && <CountBadge count={count} label={t('review.outline.open', { count })} />}
      </h2>
      {planId && (
        <Link to={summaryPath(planId, sectionId)} className="comments__summary-link">
          {t('review.panel.summary')}
        </Link>
      )}
    </div>
  );
}
