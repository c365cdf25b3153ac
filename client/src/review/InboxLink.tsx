/** Header link "Góp ý cần trả lời" with how many threads wait for my agency, on plan pages. */
import { useT } from '../i18n/context.js';
import { usePathname } from '../router/history.js';
import { Link } from '../router/Link.js';
import { paths } from '../router/routes.js';
import { CountBadge } from './CountBadge.js';
import { useCurrentPlanId } from './planRoute.js';
import { useInbox } from './useInbox.js';

function PlanInboxLink({ planId }: { planId: string }) {
  const t = useT();
  const [inbox] = useInbox(planId);
  const count = inbox.status === 'ready' ? inbox.items.length : 0;
  const to = paths.planPage(planId, 'inbox');
  const here = usePathname() === to;
  return (
    <Link
      to={to}
      className="app-header__inbox"
      aria-current={here ? 'page' : undefined}
      aria-label={count > 0 ? t('review.inbox.navCount', { count }) : undefined}
      data-testid="inbox-link"
    >
      {t('review.inbox.nav')}
      {count > 0 && <CountBadge count={count} label={`(${count})`} testId="inbox-count" />}
    </Link>
  );
}

export function InboxLink() {
  const planId = useCurrentPlanId();
  return planId ? <PlanInboxLink key={planId} planId={planId} /> : null;
}
