/** Nothing else until a temporary password is replaced (the server refuses everything else). */
import { useI18n } from '../i18n/context.js';
import { LanguageSwitch } from '../i18n/LanguageSwitch.js';
import { ChangePasswordForm } from './ChangePasswordForm.js';
import { useSession } from './context.js';

export function ForcedPasswordChange() {
  const { t } = useI18n();
  const { logout } = useSession();
  return (
    <div className="login-page">
      <div className="login-page__lang">
        <LanguageSwitch />
      </div>
      <main id="main" className="login-card" data-testid="forced-password-change">
        <p className="login-card__brand">{t('app.name')}</p>
        <h1>{t('account.password.forcedTitle')}</h1>
        <p className="muted">{t('account.password.forcedIntro')}</p>
        <ChangePasswordForm />
        <button type="button" className="button" onClick={() => void logout()}>
          {t('header.logout')}
        </button>
      </main>
    </div>
  );
}
