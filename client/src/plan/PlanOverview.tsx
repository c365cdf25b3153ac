/** The plan's front page: title, period, and the whole outline. */
import { useI18n } from '../i18n/context.js';
import { pick } from '../i18n/localized.js';
import { Link } from '../router/Link.js';
import { paths } from '../router/routes.js';
import type { AgencyDirectory } from './agencies.js';
import type { OutlineNode } from './outline.js';
import { OutlineTree } from './OutlineTree.js';
import type { PlanView } from './types.js';

interface Props {
  plan: PlanView;
  outline: OutlineNode[];
  agencies: AgencyDirectory;
  sectionCount: number;
  live: boolean;
}

export function PlanOverview({ plan, outline, agencies, sectionCount, live }: Props) {
  const { t, lang, number } = useI18n();
  return (
    <div className="plan-overview">
      <h1 className="plan-overview__title">{pick(lang, plan.titleVi, plan.titleEn)}</h1>
      <p className="muted">
        {plan.code} ·{' '}
        {t('plans.period', { start: plan.periodStart, end: plan.periodEnd, vision: plan.vision })} ·{' '}
        {t('plan.sectionCount', { count: number(sectionCount) })}
      </p>
      <div className="section-heading-row">
        <h2>{t('plan.outline')}</h2>
        <span className={live ? 'live-dot live-dot--on' : 'live-dot'} data-testid="plan-live">
          {live ? t('plan.live') : t('plan.liveOff')}
        </span>
      </div>
      <p>
        <Link to={paths.planPage(plan.id, 'read')} data-testid="open-reader">
          {t('rd.openFromPlan')}
        </Link>
      </p>
      <OutlineTree planId={plan.id} outline={outline} agencies={agencies} />
    </div>
  );
}
