/** The administration pages, one tab each. */
import { useT } from '../i18n/context.js';
import { Link } from '../router/Link.js';
import { paths } from '../router/routes.js';

const TABS = [
  { page: 'users', to: paths.adminUsers(), label: 'admin.users.title' },
  { page: 'agencies', to: paths.adminAgencies(), label: 'admin.agencies.title' },
  { page: 'plans', to: paths.adminPlans(), label: 'admin.plans.title' },
] as const;

export type AdminTab = (typeof TABS)[number]['page'];

export function AdminNav({ current }: { current: AdminTab }) {
  const t = useT();
  return (
    <nav className="admin-nav" aria-label={t('admin.nav')}>
      {TABS.map((tab) => (
        <Link
          key={tab.page}
          to={tab.to}
          className="admin-nav__link"
          aria-current={tab.page === current ? 'page' : undefined}
          data-testid={`admin-tab-${tab.page}`}
        >
          {t(tab.label)}
        </Link>
      ))}
    </nav>
  );
}
