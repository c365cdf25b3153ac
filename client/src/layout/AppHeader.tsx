import { useState } from 'react';
import { can } from '../../../shared/policy.js';
import { useSession, useUser } from '../auth/context.js';
import { useI18n } from '../i18n/context.js';
import { LanguageSwitch } from '../i18n/LanguageSwitch.js';
import { Link } from '../router/Link.js';
import { paths } from '../router/routes.js';
import { WorkflowNav } from '../workflow/WorkflowNav.js';
import { InboxLink } from '../review/InboxLink.js';
import { SearchBox } from '../search/SearchBox.js';

/** The bar on every signed-in screen: product, plan title, who is signed in, language, logout. */
export function AppHeader({ planTitle }: { planTitle?: string | undefined }) {
  const { t } = useI18n();
  const { logout } = useSession();
  const user = useUser();
  const [leaving, setLeaving] = useState(false);

  function onLogout() {
    setLeaving(true);
    void logout().finally(() => setLeaving(false));
  }

  return (
    <header className="app-header" data-testid="app-header">
      <div className="app-header__brand">
        <Link to={paths.home()} className="app-header__name">
          {t('app.name')}
        </Link>
        {planTitle && <span className="app-header__plan">{planTitle}</span>}
      </div>
      <div className="app-header__tools">
        <SearchBox />
        <InboxLink />
        {can(user, 'manageUsers', null) && (
          <Link to={paths.adminUsers()} className="app-header__link" data-testid="nav-admin">
            {t('admin.nav')}
          </Link>
        )}
        <LanguageSwitch />
        <div className="app-header__user" aria-label={t('header.user')} data-testid="current-user">
          <Link to={paths.account()} className="app-header__user-name" data-testid="nav-account">
            {user.name}
          </Link>
          <span className="app-header__user-meta">
            {user.agency} · {t(`role.${user.role}`)}
          </span>
        </div>
        <button
          type="button"
          className="button button--ghost"
          onClick={onLogout}
          disabled={leaving}
          data-testid="logout"
        >
          {leaving ? t('header.loggingOut') : t('header.logout')}
        </button>
      </div>
      <WorkflowNav />
    </header>
  );
}
