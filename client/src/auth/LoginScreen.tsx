import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/context.js';
import { LanguageSwitch } from '../i18n/LanguageSwitch.js';
import { useSession } from './context.js';
import { loginErrorMessage } from './loginError.js';

export function LoginScreen() {
  const { t } = useI18n();
  const { login } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const errorId = `${id}-error`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError(t('login.required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await login(username.trim(), password);
    } catch (failure) {
      setError(loginErrorMessage(t, failure));
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="login-page">
      <div className="login-page__lang">
        <LanguageSwitch />
      </div>
      <main id="main" className="login-card">
        <p className="login-card__brand">{t('app.name')}</p>
        <h1>{t('login.title')}</h1>
        <p className="muted">{t('login.intro')}</p>
        <form
          onSubmit={(event) => void submit(event)}
          noValidate
          data-testid="login-form"
          aria-describedby={error ? errorId : undefined}
        >
          <label htmlFor={`${id}-username`}>{t('login.username')}</label>
          <input
            id={`${id}-username`}
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            data-testid="login-username"
            aria-invalid={error ? true : undefined}
            required
          />
          <label htmlFor={`${id}-password`}>{t('login.password')}</label>
          <input
            id={`${id}-password`}
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            data-testid="login-password"
            aria-invalid={error ? true : undefined}
            required
          />
          <div id={errorId} role="alert" className="form-error" data-testid="login-error">
            {error}
          </div>
          <button
            type="submit"
            className="button button--primary"
            disabled={busy}
            data-testid="login-submit"
          >
            {busy ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
