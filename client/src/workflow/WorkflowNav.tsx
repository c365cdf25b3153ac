/** The plan-wide pages in the header, each shown only when the shared policy allows it. */
import { can } from '../../../shared/policy.js';
import { useUser } from '../auth/context.js';
import { useT } from '../i18n/context.js';
import type { MessageKey } from '../i18n/vi.js';
import { useRoute } from '../router/history.js';
import { Link } from '../router/Link.js';
import { paths, type PlanPage } from '../router/routes.js';

interface Entry {
  page: PlanPage;
  label: MessageKey;
  allowed: boolean;
}

export function WorkflowNav() {
  const t = useT();
  const user = useUser();
  const route = useRoute();
  if (!('planId' in route)) return null;
  const { planId } = route;

  const entries: Entry[] = [
    { page: 'dashboard', label: 'wf.nav.dashboard', allowed: can(user, 'viewDashboard', null) },
    { page: 'mine', label: 'wf.nav.mine', allowed: true },
    { page: 'read', label: 'rd.nav', allowed: true },
    { page: 'indicators', label: 'wf.nav.indicators', allowed: true },
    { page: 'outline', label: 'wf.nav.outline', allowed: can(user, 'manageOutline', null) },
    { page: 'audit', label: 'wf.nav.audit', allowed: can(user, 'viewAudit', null) },
  ];

  return (
    <nav className="workflow-nav" aria-label={t('wf.nav.label')} data-testid="workflow-nav">
      <ul className="workflow-nav__list">
        {entries
          .filter((entry) => entry.allowed)
          .map((entry) => (
            <li key={entry.page}>
              <Link
                to={paths.planPage(planId, entry.page)}
                className="workflow-nav__link"
                aria-current={route.name === entry.page ? 'page' : undefined}
                data-testid={`nav-${entry.page}`}
              >
                {t(entry.label)}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}
