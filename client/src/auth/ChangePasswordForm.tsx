/** Current password, new one twice; the shared policy's rules said before the server checks. */
import { useId, useState, type FormEvent } from 'react';
import { passwordProblem } from '../../../shared/passwordPolicy.js';
import { api } from '../api/client.js';
import { useAction } from '../api/useAction.js';
import { useT } from '../i18n/context.js';
import { ActionError } from '../workflow/ActionError.js';
import { useSession, useUser } from './context.js';

export function ChangePasswordForm() {
  const t = useT();
  const user = useUser();
  const { update } = useSession();
  const action = useAction();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const id = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const local = passwordProblem(next, user.username);
    if (local) return setProblem(t(`error.password-${local}`));
    if (next !== again) return setProblem(t('account.password.mismatch'));
    setProblem(null);
    if (await action.run(() => api.changePassword(current, next))) {
      setCurrent('');
      setNext('');
      setAgain('');
      setDone(true);
      update(user, false);
    }
  }

  return (
    <form className="stack-form" onSubmit={(e) => void submit(e)} data-testid="password-form">
      <label htmlFor={`${id}-current`}>{t('account.password.current')}</label>
      <input
        id={`${id}-current`}
        type="password"
        autoComplete="current-password"
        value={current}
        onChange={(e) => setCurrent(e.target.value)}
        data-testid="password-current"
        required
      />
      <label htmlFor={`${id}-new`}>{t('account.password.new')}</label>
      <input
        id={`${id}-new`}
        type="password"
        autoComplete="new-password"
        aria-describedby={`${id}-rules`}
        value={next}
        onChange={(e) => setNext(e.target.value)}
        data-testid="password-new"
        required
      />
      <p id={`${id}-rules`} className="muted">
        {t('account.password.rules')}
      </p>
      <label htmlFor={`${id}-again`}>{t('account.password.confirm')}</label>
      <input
        id={`${id}-again`}
        type="password"
        autoComplete="new-password"
        value={again}
        onChange={(e) => setAgain(e.target.value)}
        data-testid="password-again"
        required
      />
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : (
        <ActionError message={action.error} testId="password-error" />
      )}
      {done && <p role="status">{t('account.password.done')}</p>}
      <button
        type="submit"
        className="button button--primary"
        disabled={action.pending}
        data-testid="password-submit"
      >
        {t('account.password.submit')}
      </button>
    </form>
  );
}
